package uk.council.evidence.request.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days as GOV.UK writes them in messages: "4 January 2027". */
final class Dates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Dates() {}

  static String day(LocalDate day) {
    return DAY.format(day);
  }
}
