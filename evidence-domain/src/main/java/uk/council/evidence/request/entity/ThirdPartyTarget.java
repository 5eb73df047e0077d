package uk.council.evidence.request.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The council's own target for a third party's request (the police, an insurer, a solicitor): no
 * law sets one, since DPA 2018 Sch. 2 para 2 only allows the disclosure. Ten working days in
 * England and Wales from the day it arrived, the days the clock stood still (waiting for the
 * requester's authority, say) added on.
 */
public final class ThirdPartyTarget {

  /** Working days in England and Wales to reply. */
  public static final int WORKING_DAYS = 10;

  private ThirdPartyTarget() {}

  /** Where the clock of a third party's request received on {@code received} stands. */
  public static Deadline deadline(LocalDate received, List<Pause> pauses, BankHolidays holidays) {
    var open = Pause.open(pauses);
    LocalDate day = received;
    int counted = 0;
    List<BankHoliday> skipped = new ArrayList<>();
    LocalDate stop = open.map(Pause::from).orElse(null);
    while (counted < WORKING_DAYS) {
      day = day.plusDays(1);
      if (stop != null && !day.isBefore(stop)) {
        return Deadline.paused(stop, WORKING_DAYS - counted);
      }
      final LocalDate d = day;
      if (pauses.stream().anyMatch(p -> !p.isOpen() && p.covers(d))) {
        continue;
      }
      if (holidays.isWorkingDayInEngland(day)) {
        counted++;
      } else {
        holidays.on(day).stream()
            .filter(h -> h.division() == Division.ENGLAND_AND_WALES)
            .forEach(skipped::add);
      }
    }
    return Deadline.running(day, skipped);
  }
}
