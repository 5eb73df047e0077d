package uk.council.evidence.platform.entity;

import java.util.Locale;

/**
 * Counts in plain English: "1 recording", "4 recordings", never "4 recording(s)". Every count that
 * people read, on a page, in a notice or in the server's log, goes through here, so the wording is
 * decided once.
 */
public final class Plural {

  private Plural() {}

  /** "1 recording", "4 recordings", "1,250 recordings": the noun takes an s when not one. */
  public static String of(long count, String one) {
    return of(count, one, one + "s");
  }

  /** "1 active hold", "2 copies": the count and the right form of the noun. */
  public static String of(long count, String one, String many) {
    return String.format(Locale.UK, "%,d %s", count, word(count, one, many));
  }

  /**
   * The form of a word that agrees with a count: {@code word(n, "was", "were")}, {@code word(n,
   * "falls", "fall")}.
   */
  public static String word(long count, String one, String many) {
    return count == 1 ? one : many;
  }
}
