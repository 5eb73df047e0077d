package uk.council.evidence.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.council.evidence.request.entity.BankHolidays;

/**
 * The bank-holiday calendar the application counts on: the GOV.UK snapshot it ships and the rules
 * after it, read once.
 */
@ApplicationScoped
public class HolidayCalendar {

  private volatile BankHolidays calendar;

  public BankHolidays current() {
    BankHolidays c = calendar;
    if (c == null) {
      c = BankHolidayData.calendar(BankHolidayData.shipped(), List.of());
      calendar = c;
    }
    return c;
  }
}
