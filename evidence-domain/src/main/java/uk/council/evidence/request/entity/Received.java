package uk.council.evidence.request.entity;

import java.time.LocalDate;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;

/** The days a request's events happened on: never in the future. */
final class Received {

  private Received() {}

  static void check(LocalDate day, LocalDate today) {
    if (day == null) {
      throw new InvalidInput("received", "Enter the day it arrived, as a date.");
    }
    if (day.isAfter(today)) {
      throw new InvalidInput(
          "received",
          "The day it arrived cannot be in the future: today is " + CouncilTime.date(today) + ".");
    }
  }
}
