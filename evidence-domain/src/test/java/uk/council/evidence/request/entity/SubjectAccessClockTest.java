package uk.council.evidence.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.council.evidence.platform.entity.InvalidInput;

class SubjectAccessClockTest {

  static final LocalDate TODAY = LocalDate.of(2028, 12, 31);

  static LocalDate due(SubjectAccessClock clock) {
    Deadline d = clock.deadline(Calendars.UK);
    assertTrue(d.isRunning(), d.toString());
    return d.due();
  }

  static SubjectAccessClock received(String day) {
    return SubjectAccessClock.receivedOn(LocalDate.parse(day), TODAY);
  }

  @ParameterizedTest(name = "received {0}: due {1} ({2})")
  @CsvSource({
    // The corresponding day of the next month, on a working day.
    "2026-09-02, 2026-10-02, an ordinary month",
    "2026-09-03, 2026-10-05, the 3rd of October is a Saturday: Monday",
    // Month ends: a month without the day has its last day instead.
    "2026-01-31, 2026-03-02, 28 February 2026 is a Saturday: Monday 2 March",
    "2024-01-31, 2024-02-29, a leap year's 29 February",
    "2025-01-29, 2025-02-28, 29 February 2025 does not exist",
    "2028-01-30, 2028-02-29, a leap year after the published data",
    "2026-03-31, 2026-04-30, 31 April does not exist",
    "2026-05-31, 2026-06-30, received on a Sunday; 31 June does not exist",
    "2026-08-31, 2026-09-30, 31 September does not exist",
    "2026-10-31, 2026-11-30, 31 November does not exist; St Andrew's Day is Scotland's only",
    "2026-02-28, 2026-03-30, 28 March 2026 is a Saturday: Monday 30",
    // Weekend receipt.
    "2026-02-07, 2026-03-09, received on a Saturday, due on a Saturday: Monday",
    // Christmas and New Year.
    "2026-11-25, 2026-12-29, Christmas Day then Boxing Day's substitute on Monday 28th",
    "2026-12-01, 2027-01-04, New Year's Day on a Friday; Scotland's 2nd January is not England's",
    "2027-11-27, 2027-12-29, 27 and 28 December 2027 are substitute days",
    // Easter.
    "2026-03-03, 2026-04-07, Good Friday then Easter Monday",
    "2027-02-26, 2027-03-30, Good Friday then Easter Monday 2027",
    // Another part of the UK's holidays do not move a subject access deadline.
    "2026-06-13, 2026-07-13, the Battle of the Boyne is Northern Ireland's",
    "2026-05-15, 2026-06-15, Scotland's World Cup holiday is Scotland's",
    // The one-off days.
    "2022-08-19, 2022-09-20, the state funeral of Queen Elizabeth II",
    "2023-04-08, 2023-05-09, received on a Saturday; the coronation of King Charles III",
    "2022-05-03, 2022-06-06, Spring bank holiday and the Platinum Jubilee"
  })
  void aMonthFromReceiptOnAWorkingDay(String received, String due, String why) {
    assertEquals(LocalDate.parse(due), due(received(received)), why);
  }

  @Test
  void theHolidaysSteppedOverAreNamed() {
    Deadline d = received("2026-11-25").deadline(Calendars.UK);
    assertEquals(
        List.of("Christmas Day", "Boxing Day"),
        d.skipped().stream().map(BankHoliday::title).toList());
  }

  @Test
  void aReceiptInTheFutureOrNoDateIsRefused() {
    var future =
        assertThrows(
            InvalidInput.class, () -> SubjectAccessClock.receivedOn(TODAY.plusDays(1), TODAY));
    assertTrue(future.getMessage().contains("cannot be in the future"), future.getMessage());
    assertEquals("received", future.field());
    assertThrows(InvalidInput.class, () -> SubjectAccessClock.receivedOn(null, TODAY));
  }

  @Test
  void theMonthWaitsForProofOfIdentityAndStartsWhenItArrives() {
    SubjectAccessClock waiting = received("2026-02-02").waitForIdentity();
    Deadline d = waiting.deadline(Calendars.UK);
    assertEquals(Deadline.State.WAITING, d.state());
    assertEquals(LocalDate.parse("2026-02-02"), d.since());
    SubjectAccessClock started = waiting.identityArrivedOn(LocalDate.parse("2026-02-10"), TODAY);
    assertEquals(LocalDate.parse("2026-03-10"), due(started));
    assertThrows(
        InvalidInput.class,
        () -> waiting.identityArrivedOn(LocalDate.parse("2026-02-01"), TODAY),
        "before the request");
    assertThrows(
        InvalidInput.class,
        () -> received("2026-02-02").identityArrivedOn(LocalDate.parse("2026-02-10"), TODAY),
        "not waiting");
  }

  @Test
  void anExtensionGivesThreeMonthsFromTheStartWithTheSameRules() {
    SubjectAccessClock clock = received("2026-01-31");
    SubjectAccessClock extended =
        clock.extend("Forty hours of footage", LocalDate.parse("2026-02-20"), Calendars.UK);
    assertEquals(LocalDate.parse("2026-04-30"), due(extended));
    SubjectAccessClock late =
        received("2026-11-30").extend("Many cameras", LocalDate.parse("2026-12-01"), Calendars.UK);
    assertEquals(LocalDate.parse("2027-03-01"), due(late), "28 February 2027 is a Sunday");
    SubjectAccessClock fromIdentity =
        received("2026-02-02")
            .waitForIdentity()
            .identityArrivedOn(LocalDate.parse("2026-02-10"), TODAY)
            .extend("Complex", LocalDate.parse("2026-02-11"), Calendars.UK);
    assertEquals(LocalDate.parse("2026-05-11"), due(fromIdentity), "10 May 2026 is a Sunday");
  }

  @Test
  void anExtensionNeedsAReasonAndTheFirstMonthStillRunning() {
    SubjectAccessClock clock = received("2026-01-31");
    var noReason =
        assertThrows(
            InvalidInput.class,
            () -> clock.extend("  ", LocalDate.parse("2026-02-01"), Calendars.UK));
    assertEquals("reason", noReason.field());
    var tooLate =
        assertThrows(
            InvalidInput.class,
            () -> clock.extend("Complex", LocalDate.parse("2026-03-03"), Calendars.UK));
    assertTrue(tooLate.getMessage().contains("2 March 2026"), tooLate.getMessage());
    clock.extend("Complex", LocalDate.parse("2026-03-02"), Calendars.UK);
    var twice =
        assertThrows(
            InvalidInput.class,
            () ->
                clock
                    .extend("Complex", LocalDate.parse("2026-02-02"), Calendars.UK)
                    .extend("Again", LocalDate.parse("2026-02-03"), Calendars.UK));
    assertTrue(twice.getMessage().contains("already"), twice.getMessage());
    assertThrows(
        InvalidInput.class,
        () ->
            received("2026-02-02")
                .waitForIdentity()
                .extend("Complex", LocalDate.parse("2026-02-03"), Calendars.UK),
        "not started");
  }

  @Test
  void aStoppedClockMovesTheDeadlineByTheDaysItStood() {
    SubjectAccessClock clock = received("2026-09-01");
    assertEquals(LocalDate.parse("2026-10-01"), due(clock));
    SubjectAccessClock stopped =
        clock.pause(LocalDate.parse("2026-09-10"), "Which day: the 4th or the 5th?", TODAY);
    Deadline paused = stopped.deadline(Calendars.UK);
    assertEquals(Deadline.State.PAUSED, paused.state());
    assertEquals(LocalDate.parse("2026-09-10"), paused.since());
    assertEquals(21, paused.left(), "10 September to 1 October");
    SubjectAccessClock resumed = stopped.resume(LocalDate.parse("2026-09-15"), TODAY);
    assertEquals(LocalDate.parse("2026-10-06"), due(resumed), "five days later");
    SubjectAccessClock twice =
        resumed
            .pause(LocalDate.parse("2026-09-20"), "A photograph, please", TODAY)
            .resume(LocalDate.parse("2026-09-22"), TODAY);
    assertEquals(LocalDate.parse("2026-10-08"), due(twice), "seven days in all");
  }

  @Test
  void aPauseLandingOnAWeekendStillEndsOnAWorkingDay() {
    SubjectAccessClock clock =
        received("2026-09-01")
            .pause(LocalDate.parse("2026-09-10"), "Which camera?", TODAY)
            .resume(LocalDate.parse("2026-09-12"), TODAY);
    assertEquals(LocalDate.parse("2026-10-05"), due(clock), "3 October is a Saturday: Monday");
  }

  @Test
  void badPausesAreRefused() {
    SubjectAccessClock clock = received("2026-09-01");
    var early =
        assertThrows(
            InvalidInput.class,
            () -> clock.pause(LocalDate.parse("2026-08-31"), "Which day?", TODAY));
    assertTrue(early.getMessage().contains("1 September 2026"), early.getMessage());
    SubjectAccessClock stopped = clock.pause(LocalDate.parse("2026-09-10"), "Which day?", TODAY);
    var backwards =
        assertThrows(
            InvalidInput.class, () -> stopped.resume(LocalDate.parse("2026-09-09"), TODAY));
    assertEquals("until", backwards.field());
    var overlapping =
        assertThrows(
            InvalidInput.class,
            () -> stopped.pause(LocalDate.parse("2026-09-11"), "And which camera?", TODAY));
    assertTrue(overlapping.getMessage().contains("cannot overlap"), overlapping.getMessage());
    var inside =
        assertThrows(
            InvalidInput.class,
            () ->
                stopped
                    .resume(LocalDate.parse("2026-09-15"), TODAY)
                    .pause(LocalDate.parse("2026-09-12"), "Again", TODAY));
    assertTrue(inside.getMessage().contains("cannot overlap"), inside.getMessage());
    assertThrows(
        InvalidInput.class, () -> clock.resume(LocalDate.parse("2026-09-15"), TODAY), "running");
    var noQuestion =
        assertThrows(
            InvalidInput.class, () -> clock.pause(LocalDate.parse("2026-09-10"), " ", TODAY));
    assertEquals("asked", noQuestion.field());
    assertThrows(
        InvalidInput.class,
        () ->
            received("2026-09-01")
                .waitForIdentity()
                .pause(LocalDate.parse("2026-09-02"), "?", TODAY),
        "nothing to stop before the month starts");
  }

  @Test
  void aComplaintIsAcknowledgedWithinThirtyDays() {
    assertEquals(
        LocalDate.parse("2027-01-05"), Complaint.acknowledgeBy(LocalDate.parse("2026-12-06")));
  }
}
