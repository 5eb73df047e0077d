package uk.council.evidence.casework.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.council.evidence.platform.entity.InputCheck;

/**
 * Who a disclosure is for and why: the kind of recipient, the organisation (a police force, a CPS
 * area, an insurer...) and the person named (the officer, a contact, or the data subject); the
 * lawful basis and purpose; and the end of the day until which the package may be downloaded. Built
 * from a form by {@link #check}, which names every problem at once.
 *
 * @param organisation the organisation, or null for the data subject
 * @param person the person named, or null when none is needed and none was given
 */
public record Recipient(
    RecipientKind kind,
    String organisation,
    String person,
    LawfulBasis basis,
    String purpose,
    Instant expiresAt) {

  /** The longest a package stays downloadable. */
  public static final int MAX_DAYS = 90;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** What the form holds, as typed. */
  public record Typed(
      String kind,
      String organisation,
      String person,
      String basis,
      String purpose,
      String expires) {}

  /**
   * Checks a form, as at {@code now} in {@code zone}; the package expires at the end of the day.
   *
   * @param offered the kinds of recipient the form offers: a case's packages go only to the police
   *     and the CPS ({@link RecipientKind#FOR_CASES})
   */
  public static Recipient check(Typed typed, Set<RecipientKind> offered, Instant now, ZoneId zone) {
    var check = new InputCheck();
    RecipientKind kind = null;
    try {
      kind = RecipientKind.valueOf(text(typed.kind()));
    } catch (IllegalArgumentException e) {
      // Not one of ours at all: an edited form, or nothing chosen.
    }
    if (kind == null || !offered.contains(kind)) {
      kind = null;
      check.add("recipientKind", "Choose whether the package is for " + either(offered) + ".");
    }
    boolean policeOrCps = kind == null || kind == RecipientKind.POLICE || kind == RecipientKind.CPS;
    String organisation = text(typed.organisation());
    if (organisation.length() > 120
        || organisation.isEmpty() && (kind == null || kind.needsOrganisation())) {
      check.add(
          "organisation",
          policeOrCps
              ? "Enter the police force or CPS area, for example Metropolitan Police Service."
              : "Enter the organisation the package is for, in up to 120 characters.");
    }
    // The police and the CPS name an officer; everyone else a person (a contact, the data subject).
    String personField = policeOrCps ? "officer" : "person";
    String person = text(typed.person());
    if (person.isEmpty() && kind == RecipientKind.POLICE) {
      check.add(personField, "Enter the officer the package is for, with their number.");
    } else if (person.isEmpty() && kind == RecipientKind.DATA_SUBJECT) {
      check.add(personField, "Enter the name of the person who asked for their footage.");
    }
    if (person.length() > 120) {
      check.add(
          personField,
          policeOrCps
              ? "Keep the officer's name and number to 120 characters."
              : "Keep the name to 120 characters.");
    }
    LawfulBasis basis = null;
    try {
      basis = LawfulBasis.valueOf(text(typed.basis()));
    } catch (IllegalArgumentException e) {
      check.add("lawfulBasis", "Choose the lawful basis for the disclosure.");
    }
    if (kind != null && basis != null && !kind.allows(basis)) {
      check.add(
          "lawfulBasis",
          "That lawful basis does not apply to a package for " + kind.inSentence() + ".");
    }
    String purpose = text(typed.purpose());
    if (purpose.isEmpty() || purpose.length() > 500) {
      check.add("purpose", "Say what the footage is for, in up to 500 characters.");
    }
    Instant expires = null;
    LocalDate today = now.atZone(zone).toLocalDate();
    try {
      LocalDate day = LocalDate.parse(text(typed.expires()), DATE);
      if (day.isBefore(today) || day.isAfter(today.plusDays(MAX_DAYS))) {
        check.add(
            "expires", "The package must expire between today and " + MAX_DAYS + " days from now.");
      } else {
        expires = day.plusDays(1).atStartOfDay(zone).toInstant();
      }
    } catch (DateTimeParseException e) {
      check.add("expires", "Enter the expiry as a date, like 24/12/2026.");
    }
    check.orThrow();
    return new Recipient(
        kind,
        organisation.isEmpty() ? null : organisation,
        person.isEmpty() ? null : person,
        basis,
        purpose,
        expires);
  }

  /**
   * The recipient as packages and the log name them: "PC 4471 Jane Doe, Metropolitan Police
   * Service", "CPS London South", or the data subject's name.
   */
  public String name() {
    return name(person, organisation);
  }

  /** The person and the organisation, whichever there are. */
  public static String name(String person, String organisation) {
    if (person == null) {
      return organisation;
    }
    return organisation == null ? person : person + ", " + organisation;
  }

  private static String either(Set<RecipientKind> offered) {
    List<String> names = new ArrayList<>();
    for (RecipientKind k : RecipientKind.values()) {
      if (offered.contains(k)) {
        names.add(k.inSentence());
      }
    }
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }
}
