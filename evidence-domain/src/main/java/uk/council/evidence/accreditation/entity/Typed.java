package uk.council.evidence.accreditation.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.council.evidence.platform.entity.InputCheck;

/** Reading what a register's form or file gave, each problem named against its field. */
final class Typed {

  private Typed() {}

  /** The text, stripped; a problem if it is empty or longer than {@code max}. */
  static String text(InputCheck check, String field, String value, int max, String problem) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty() || text.length() > max) {
      check.add(field, problem);
    }
    return text;
  }

  /** The day, or null with a problem if it is missing (when {@code required}) or not a date. */
  static LocalDate day(
      InputCheck check, String field, String value, boolean required, String name) {
    if (value == null || value.isBlank()) {
      if (required) {
        check.add(field, "Enter " + name + ".");
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      check.add(field, "Enter " + name + " as a real date, for example 2026-03-31.");
      return null;
    }
  }
}
