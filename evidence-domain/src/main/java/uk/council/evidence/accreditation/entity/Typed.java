package uk.council.evidence.accreditation.entity;

import java.time.LocalDate;
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

  /** The constant of {@code kind} named, or null with the problem if none or no such one. */
  static <E extends Enum<E>> E choice(
      InputCheck check, String field, String value, Class<E> kind, String problem) {
    if (value != null && !value.isBlank()) {
      try {
        return Enum.valueOf(kind, value.strip());
      } catch (IllegalArgumentException e) {
        // Said below.
      }
    }
    check.add(field, problem);
    return null;
  }

  /** A problem if the day is after today: what has happened cannot be dated in the future. */
  static void notFuture(
      InputCheck check, String field, LocalDate day, LocalDate today, String name) {
    if (day != null && day.isAfter(today)) {
      check.add(field, "The day " + name + " cannot be after today.");
    }
  }

  /** A problem unless {@code later} is after {@code earlier} (either missing: nothing to say). */
  static void after(
      InputCheck check, String field, LocalDate later, LocalDate earlier, String problem) {
    if (later != null && earlier != null && !later.isAfter(earlier)) {
      check.add(field, problem);
    }
  }

  /** The text stripped, or null if empty; a problem if longer than {@code max}. */
  static String optional(InputCheck check, String field, String value, int max, String problem) {
    String text = value == null ? "" : value.strip();
    if (text.length() > max) {
      check.add(field, problem);
    }
    return text.isEmpty() ? null : text;
  }
}
