package uk.council.evidence.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.entity.FoiClock.Lateness;

class FoiClockTest {

  static final LocalDate TODAY = LocalDate.of(2028, 12, 31);

  static FoiClock received(String day) {
    return FoiClock.receivedOn(LocalDate.parse(day), TODAY);
  }

  static LocalDate due(FoiClock clock) {
    Deadline d = clock.deadline(Calendars.UK);
    assertTrue(d.isRunning(), d.toString());
    return d.due();
  }

  static LocalDate day(String day) {
    return LocalDate.parse(day);
  }

  @ParameterizedTest(name = "received {0}: due {1} ({2})")
  @CsvSource({
    "2026-10-05, 2026-11-02, four plain weeks",
    "2026-10-03, 2026-10-30, received on a Saturday: day 0 all the same",
    "2026-11-02, 2026-12-01, St Andrew's Day (Scotland's) is not a working day for FOI",
    "2026-12-10, 2027-01-13, Christmas, Boxing Day, New Year and Scotland's 2nd January",
    "2026-06-29, 2026-07-28, the Battle of the Boyne (Northern Ireland's) is not either",
    "2026-03-20, 2026-04-21, Good Friday and Easter Monday",
    "2022-09-01, 2022-09-30, the state funeral of Queen Elizabeth II",
    "2023-04-21, 2023-05-23, Early May and the coronation of King Charles III",
    "2028-12-01, 2029-01-04, after the published data: Christmas, New Year and 2 January"
  })
  void twentyWorkingDaysFollowingReceipt(String received, String due, String why) {
    assertEquals(day(due), due(received(received)), why);
  }

  @Test
  void theHolidaysSteppedOverAreNamedOnceEach() {
    Deadline d = received("2026-11-02").deadline(Calendars.UK);
    assertEquals(
        java.util.List.of("St Andrew’s Day"),
        d.skipped().stream().map(BankHoliday::title).toList());
    Deadline christmas = received("2026-12-10").deadline(Calendars.UK);
    assertEquals(
        java.util.List.of("Christmas Day", "Boxing Day", "New Year’s Day", "2nd January"),
        christmas.skipped().stream().map(BankHoliday::title).toList());
  }

  @Test
  void aClarificationStartsTheTwentyDaysAgain() {
    FoiClock clock = received("2026-11-02").clarifiedOn(day("2026-11-16"), TODAY);
    assertEquals(day("2026-12-15"), due(clock));
    assertThrows(
        InvalidInput.class,
        () -> received("2026-11-02").clarifiedOn(day("2026-11-01"), TODAY),
        "before the request");
  }

  @Test
  void aFeesNoticeStopsTheClockUntilTheFeeArrives() {
    FoiClock waiting =
        received("2026-11-02").feeNoticeGiven(day("2026-11-09"), "£25 for copies", TODAY);
    Deadline paused = waiting.deadline(Calendars.UK);
    assertEquals(Deadline.State.PAUSED, paused.state());
    assertEquals(16, paused.left(), "four working days counted before the notice");
    assertEquals(Lateness.IN_TIME, waiting.lateness(day("2027-03-01"), Calendars.UK));
    FoiClock paid = waiting.feePaid(day("2026-11-13"), TODAY);
    assertEquals(day("2026-12-08"), due(paid), "9 to 13 November not counted");
    var backwards =
        assertThrows(InvalidInput.class, () -> waiting.feePaid(day("2026-11-08"), TODAY));
    assertEquals("until", backwards.field());
    assertThrows(
        InvalidInput.class, () -> received("2026-11-02").feePaid(day("2026-11-13"), TODAY));
  }

  @Test
  void aPublicInterestExtensionSetsANewDateWithAReason() {
    FoiClock clock = received("2026-11-02");
    FoiClock extended = clock.extend(day("2026-12-31"), "s.31 public interest test", Calendars.UK);
    assertEquals(day("2026-12-31"), due(extended));
    assertFalse(extended.isExtendedPastUsual(Calendars.UK), "the fortieth working day");
    FoiClock longer = clock.extend(day("2027-01-05"), "s.30: police consulted", Calendars.UK);
    assertTrue(longer.isExtendedPastUsual(Calendars.UK), "past forty working days");
    var noReason =
        assertThrows(InvalidInput.class, () -> clock.extend(day("2026-12-31"), "", Calendars.UK));
    assertEquals("reason", noReason.field());
    var earlier =
        assertThrows(
            InvalidInput.class, () -> clock.extend(day("2026-11-30"), "s.31", Calendars.UK));
    assertTrue(earlier.getMessage().contains("1 December 2026"), earlier.getMessage());
  }

  @Test
  void lateRepliesAreMarkedOverdueThenVeryOverdue() {
    FoiClock clock = received("2026-11-02");
    assertEquals(Lateness.IN_TIME, clock.lateness(day("2026-12-01"), Calendars.UK));
    assertEquals(Lateness.OVERDUE, clock.lateness(day("2026-12-02"), Calendars.UK));
    assertEquals(Lateness.OVERDUE, clock.lateness(day("2026-12-31"), Calendars.UK));
    assertEquals(Lateness.VERY_OVERDUE, clock.lateness(day("2027-01-01"), Calendars.UK));
  }

  @Test
  void anInternalReviewHasTwentyWorkingDaysToo() {
    assertEquals(day("2026-12-01"), FoiClock.internalReviewDue(day("2026-11-02"), Calendars.UK));
  }

  @Test
  void aReceiptInTheFutureIsRefused() {
    var future =
        assertThrows(InvalidInput.class, () -> FoiClock.receivedOn(TODAY.plusDays(1), TODAY));
    assertTrue(future.getMessage().contains("future"), future.getMessage());
  }
}
