package uk.council.evidence.request.entity;

import java.time.LocalDate;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;

/** The days a request's events happened on: never in the future. */
final class Received {

  private Received() {}

  static void check(LocalDate day, LocalDate today) {
    check(day, today, "received");
  }

  /** The same, naming {@code field} in a refusal. */
  static void check(LocalDate day, LocalDate today, String field) {
    if (day == null) {
      throw new InvalidInput(field, "Enter the day it arrived, as a date.");
    }
    if (day.isAfter(today)) {
      throw new InvalidInput(
          field,
          "The day it arrived cannot be in the future: today is " + CouncilTime.date(today) + ".");
    }
  }
}
