package uk.council.evidence.request.entity;

import java.util.List;
import uk.council.evidence.request.control.BankHolidayData;

/** The calendar the application ships: GOV.UK's data, and the rules after it. */
final class Calendars {

  static final BankHolidays UK = BankHolidayData.calendar(BankHolidayData.shipped(), List.of());

  private Calendars() {}
}
