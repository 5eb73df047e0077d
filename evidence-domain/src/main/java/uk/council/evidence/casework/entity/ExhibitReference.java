package uk.council.evidence.casework.entity;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * An exhibit's reference in the form courts and the police use: the producer's initials, a slash
 * and a number, e.g. {@code JS/1} for the first exhibit Jo Smith produces in a case. Unique within
 * a case; the next number for a producer follows the highest they already have in it.
 */
public record ExhibitReference(String initials, int number) {

  private static final Pattern FORM = Pattern.compile("([A-Z]{1,4})/([1-9][0-9]{0,3})");

  public ExhibitReference {
    if (initials == null || !initials.matches("[A-Z]{1,4}") || number < 1 || number > 9999) {
      throw new IllegalArgumentException("Not an exhibit reference: " + initials + "/" + number);
    }
  }

  /** Reads a reference someone typed; spaces around the slash and lower case are forgiven. */
  public static ExhibitReference parse(String typed) {
    String text = typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new InvalidInput(
          "exhibitReference",
          "Enter an exhibit reference like JS/1: the producer's initials, a slash and a number.");
    }
    return new ExhibitReference(m.group(1), Integer.parseInt(m.group(2)));
  }

  /**
   * The initials of a person's name: the first letter of their first and last names, accents
   * removed ("Seán O'Neill" is SO); a single name gives its first two letters.
   */
  public static String initialsOf(String displayName) {
    String plain =
        Normalizer.normalize(displayName == null ? "" : displayName, Normalizer.Form.NFD)
            .replaceAll("[^A-Za-z\\s]", "")
            .toUpperCase(Locale.ROOT)
            .strip();
    String[] words = plain.split("\\s+");
    if (plain.isEmpty()) {
      throw new IllegalArgumentException("A producer needs a name with letters: " + displayName);
    }
    if (words.length == 1) {
      return words[0].substring(0, Math.min(2, words[0].length()));
    }
    return words[0].substring(0, 1) + words[words.length - 1].substring(0, 1);
  }

  /** The producer's next reference in a case that already has {@code existing}. */
  public static ExhibitReference next(String initials, Collection<ExhibitReference> existing) {
    int highest =
        existing.stream()
            .filter(r -> r.initials().equals(initials))
            .mapToInt(ExhibitReference::number)
            .max()
            .orElse(0);
    return new ExhibitReference(initials, highest + 1);
  }

  /** Refuses a reference already used in the case, naming it. */
  public ExhibitReference unusedIn(Collection<ExhibitReference> existing) {
    if (existing.contains(this)) {
      throw new InvalidInput(
          "exhibitReference",
          "Exhibit " + this + " is already in this case: choose another reference.");
    }
    return this;
  }

  @Override
  public String toString() {
    return initials + "/" + number;
  }
}
