package uk.council.evidence.request.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * The clock of an FOI request (FOIA 2000 s.10).
 *
 * <ul>
 *   <li>The reply is due by the twentieth working day following the day of receipt, which is day 0
 *       even when it is not a working day.
 *   <li>Working days exclude Saturdays, Sundays, Christmas Day, Good Friday and a bank holiday in
 *       any part of the UK (s.10(6), as the ICO reads it).
 *   <li>A clarification asked under s.1(3) starts the twenty days again from the day it arrives.
 *   <li>A fees notice stops the clock: the working days from the day it is given to the day the fee
 *       arrives are not counted (s.10(2)).
 *   <li>A public-interest extension (s.10(3)) sets a new date with a reason; past forty working
 *       days in all the ICO expects an exceptional reason.
 * </ul>
 *
 * @param received the day the request arrived
 * @param clarified the day a clarification asked for arrived, which restarts the count; null if
 *     none
 * @param feeNotices the fees notices, each from the day given to the day paid
 * @param extendedTo the date set by a public-interest extension; null if none
 * @param extendedBecause its reason; null if none
 */
public record FoiClock(
    LocalDate received,
    LocalDate clarified,
    List<Pause> feeNotices,
    LocalDate extendedTo,
    String extendedBecause) {

  /** Working days to reply (s.10(1)), and to finish an internal review (the ICO's target). */
  public static final int WORKING_DAYS = 20;

  /** Past this many working days in all an extension needs an exceptional reason (ICO). */
  public static final int LONGEST_USUAL = 40;

  /** How late a reply is, as FOI users mark it. */
  public enum Lateness {
    IN_TIME,
    /** Past the twentieth working day. */
    OVERDUE,
    /** Past the fortieth. */
    VERY_OVERDUE
  }

  public FoiClock {
    Objects.requireNonNull(received, "received");
    feeNotices = List.copyOf(feeNotices);
    Pause.checkApart(feeNotices);
    if ((extendedTo == null) != (extendedBecause == null)) {
      throw new IllegalArgumentException("An extension has both a date and a reason.");
    }
  }

  /**
   * A request received on a day, checked against today.
   *
   * @throws InvalidInput if the day is in the future
   */
  public static FoiClock receivedOn(LocalDate received, LocalDate today) {
    Received.check(received, today);
    return new FoiClock(received, null, List.of(), null, null);
  }

  /** The day the count runs from: the day of receipt, or of the clarification. */
  public LocalDate start() {
    return clarified != null ? clarified : received;
  }

  /** The clarification asked for under s.1(3) arrived: the twenty days start again. */
  public FoiClock clarifiedOn(LocalDate day, LocalDate today) {
    Received.check(day, today);
    if (day.isBefore(received)) {
      throw new InvalidInput(
          "clarified",
          "A clarification cannot arrive before the request did, on "
              + CouncilTime.date(received)
              + ".");
    }
    return new FoiClock(received, day, feeNotices, extendedTo, extendedBecause);
  }

  /** A fees notice given on {@code day} stops the clock until the fee arrives. */
  public FoiClock feeNoticeGiven(LocalDate day, String fee, LocalDate today) {
    Received.check(day, today);
    if (day.isBefore(start())) {
      throw new InvalidInput(
          "from",
          "The count began on " + CouncilTime.date(start()) + ": a notice cannot come before it.");
    }
    return new FoiClock(
        received,
        clarified,
        Pause.with(feeNotices, new Pause(day, null, fee)),
        extendedTo,
        extendedBecause);
  }

  /** The fee arrived on {@code day}: the clock runs again from the next working day. */
  public FoiClock feePaid(LocalDate day, LocalDate today) {
    List<Pause> paid = Pause.ending(feeNotices, day, "No fee is waited for.");
    Received.check(day, today);
    return new FoiClock(received, clarified, paid, extendedTo, extendedBecause);
  }

  /**
   * A public-interest extension (s.10(3)) to a new date.
   *
   * @throws InvalidInput without a reason, or with a date not after the current deadline
   */
  public FoiClock extend(LocalDate to, String reason, BankHolidays holidays) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput(
          "reason", "Say which exemption's public-interest test needs the extra time, and why.");
    }
    if (to == null) {
      throw new InvalidInput("extendedTo", "Enter the new date, as a date.");
    }
    Deadline now = deadline(holidays);
    if (now.isRunning() && !to.isAfter(now.due())) {
      throw new InvalidInput(
          "extendedTo",
          "The reply is due by " + CouncilTime.date(now.due()) + " already: choose a later date.");
    }
    return new FoiClock(received, clarified, feeNotices, to, reason.strip());
  }

  /**
   * Whether the extension runs past forty working days in all, which needs an exceptional reason.
   */
  public boolean isExtendedPastUsual(BankHolidays holidays) {
    return extendedTo != null && extendedTo.isAfter(workingDay(LONGEST_USUAL, holidays));
  }

  /** Where the clock stands: the twentieth working day, or the extension's date. */
  public Deadline deadline(BankHolidays holidays) {
    var open = Pause.open(feeNotices);
    if (open.isPresent()) {
      int counted = countedBefore(open.get().from(), holidays);
      return Deadline.paused(open.get().from(), Math.max(0, WORKING_DAYS - counted));
    }
    LocalDate due = workingDay(WORKING_DAYS, holidays);
    if (extendedTo != null && extendedTo.isAfter(due)) {
      return Deadline.running(extendedTo, holidaysBetween(start(), extendedTo, holidays));
    }
    return Deadline.running(due, holidaysBetween(start(), due, holidays));
  }

  /** How late a reply still not sent is on {@code today}, counting from the twenty days. */
  public Lateness lateness(LocalDate today, BankHolidays holidays) {
    if (Pause.open(feeNotices).isPresent()) {
      return Lateness.IN_TIME;
    }
    if (today.isAfter(workingDay(LONGEST_USUAL, holidays))) {
      return Lateness.VERY_OVERDUE;
    }
    Deadline d = deadline(holidays);
    return today.isAfter(d.due()) ? Lateness.OVERDUE : Lateness.IN_TIME;
  }

  /** The day an internal review asked for on {@code asked} should finish by (ICO: 20 days). */
  public static LocalDate internalReviewDue(LocalDate asked, BankHolidays holidays) {
    return new FoiClock(asked, null, List.of(), null, null).workingDay(WORKING_DAYS, holidays);
  }

  /** The {@code n}th counted working day after the start, fee-notice days not counted. */
  LocalDate workingDay(int n, BankHolidays holidays) {
    LocalDate day = start();
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (counts(day, holidays)) {
        counted++;
      }
    }
    return day;
  }

  private int countedBefore(LocalDate end, BankHolidays holidays) {
    int counted = 0;
    for (LocalDate day = start().plusDays(1); day.isBefore(end); day = day.plusDays(1)) {
      if (counts(day, holidays)) {
        counted++;
      }
    }
    return counted;
  }

  private boolean counts(LocalDate day, BankHolidays holidays) {
    return holidays.isFoiWorkingDay(day) && feeNotices.stream().noneMatch(p -> p.covers(day));
  }

  private static List<BankHoliday> holidaysBetween(
      LocalDate start, LocalDate due, BankHolidays holidays) {
    List<BankHoliday> skipped = new ArrayList<>();
    for (LocalDate day = start.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
      if (!BankHolidays.isWeekend(day)) {
        skipped.addAll(holidays.distinctOn(day));
      }
    }
    return skipped;
  }
}
