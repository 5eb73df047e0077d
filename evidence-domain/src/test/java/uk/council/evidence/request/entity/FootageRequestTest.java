package uk.council.evidence.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.Role;

/** Logging a request from what was typed, and its clock as the request keeps it. */
class FootageRequestTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  static RequestForm form(String kind, String received, String requesterKind) {
    return new RequestForm(
        kind,
        received,
        "LETTER",
        requesterKind,
        "Ann Example",
        "1 High Street, Anytown",
        "",
        "",
        window(received) + "T14:00",
        window(received) + "T15:00",
        "Market Square",
        "Woman in a red coat",
        "",
        "",
        "",
        "",
        "",
        "",
        false);
  }

  /** The day before the request arrived, when what it asks about happened; 20 November if none. */
  static String window(String received) {
    try {
      return LocalDate.parse(received).minusDays(1).toString();
    } catch (java.time.format.DateTimeParseException e) {
      return "2026-11-20";
    }
  }

  /** The form {@code f} as if it had arrived on {@code received}, waiting for identity or not. */
  static RequestForm with(RequestForm f, String received, boolean identityNeeded) {
    return new RequestForm(
        f.kind(),
        received,
        f.channel(),
        f.requesterKind(),
        f.name(),
        f.address(),
        f.email(),
        f.phone(),
        f.from(),
        f.until(),
        f.place(),
        f.person(),
        f.camera(),
        f.officer(),
        f.details(),
        f.cameraId(),
        f.wearerId(),
        f.areaId(),
        identityNeeded);
  }

  static FootageRequest logged(String kind, String received, String requesterKind) {
    RequestForm.Checked checked = form(kind, received, requesterKind).check(TODAY, NOW);
    String reference = checked.kind().reference(2026, 1);
    return new FootageRequest(checked, reference, "dpo", NOW);
  }

  static List<String> fields(InvalidInput e) {
    return e.problems().stream().map(InvalidInput.Problem::field).toList();
  }

  @Test
  void aRequestIsReadFromWhatWasTyped() {
    FootageRequest r = logged("SUBJECT_ACCESS", "2026-12-05", "PERSON");
    assertEquals("SAR-2026-0001", r.getReference());
    assertEquals(LocalDate.of(2026, 12, 5), r.getReceivedOn());
    assertEquals(Instant.parse("2026-12-04T14:00:00Z"), r.sought().orElseThrow().from());
    assertEquals("Market Square", r.sought().orElseThrow().place());
    // Received on a Saturday: a month, 5 January 2027, a Tuesday.
    assertEquals(LocalDate.of(2027, 1, 5), r.deadline(Calendars.UK).due());
  }

  @Test
  void everyMistakeIsNamedAtOnce() {
    RequestForm bad =
        new RequestForm(
            "",
            "2026-12-08",
            "",
            "",
            "",
            "",
            "not an address",
            "call me",
            "2026-11-20T14:00",
            "yesterday",
            "",
            "",
            "",
            "",
            "",
            "x",
            "",
            "",
            false);
    InvalidInput e = assertThrows(InvalidInput.class, () -> bad.check(TODAY, NOW));
    assertEquals(
        List.of(
            "kind",
            "received",
            "channel",
            "requesterKind",
            "name",
            "email",
            "phone",
            "until",
            "cameraId"),
        fields(e));
  }

  @Test
  void aReceivedDayThatIsNotADateIsRefused() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class, () -> form("FOI", "31/11/2026", "PERSON").check(TODAY, NOW));
    assertEquals(List.of("received"), fields(e));
    assertTrue(e.getMessage().contains("real date"), e.getMessage());
  }

  @Test
  void aReceivedDayInTheFutureIsRefused() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class, () -> form("FOI", "2026-12-08", "PERSON").check(TODAY, NOW));
    assertTrue(e.getMessage().contains("cannot be in the future"), e.getMessage());
  }

  @Test
  void aThirdPartyRequestComesFromAThirdParty() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () -> form("THIRD_PARTY", "2026-12-01", "PERSON").check(TODAY, NOW));
    assertEquals(List.of("requesterKind"), fields(e));
    assertThrows(
        InvalidInput.class, () -> form("SUBJECT_ACCESS", "2026-12-01", "POLICE").check(TODAY, NOW));
  }

  @Test
  void anFoiRequestNeedsNoWindowButSaysWhatItAsks() {
    RequestForm noWindow =
        new RequestForm(
            "FOI",
            "2026-12-01",
            "EMAIL",
            "OTHER",
            "A Journalist",
            "",
            "news@example.org",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "How many cameras does the council have?",
            "",
            "",
            "",
            false);
    RequestForm.Checked checked = noWindow.check(TODAY, NOW);
    assertNull(checked.sought());
    FootageRequest r = new FootageRequest(checked, "FOI-2026-0001", "dpo", NOW);
    assertTrue(r.sought().isEmpty());
    assertEquals("How many cameras does the council have?", r.getSoughtDetails());

    RequestForm nothing =
        new RequestForm(
            "FOI",
            "2026-12-01",
            "EMAIL",
            "OTHER",
            "A Journalist",
            "",
            "news@example.org",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            false);
    assertEquals(
        List.of("details"),
        fields(assertThrows(InvalidInput.class, () -> nothing.check(TODAY, NOW))));
  }

  @Test
  void theTimeAskedForCannotBeginAfterTheRequestArrived() {
    RequestForm f = form("SUBJECT_ACCESS", "2026-11-21", "PERSON");
    RequestForm early = with(f, "2026-11-19", false);
    // It asks about 20 November; a request that arrived on the 19th cannot.
    InvalidInput e = assertThrows(InvalidInput.class, () -> early.check(TODAY, NOW));
    assertEquals(List.of("from"), fields(e));
    assertTrue(e.getMessage().contains("after the request arrived"), e.getMessage());
    form("SUBJECT_ACCESS", "2026-11-20", "PERSON").check(TODAY, NOW);
    // Arriving the same day as what it asks about is fine.
    with(f, "2026-11-20", false).check(TODAY, NOW);
  }

  @Test
  void aSubjectAccessRequestNeedsAWindow() {
    RequestForm noWindow =
        new RequestForm(
            "SUBJECT_ACCESS",
            "2026-12-01",
            "EMAIL",
            "PERSON",
            "Ann",
            "",
            "ann@example.org",
            "",
            "",
            "",
            "High Street",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            false);
    assertEquals(
        List.of("from"),
        fields(assertThrows(InvalidInput.class, () -> noWindow.check(TODAY, NOW))));
  }

  @Test
  void onlyASubjectAccessRequestWaitsForIdentity() {
    RequestForm f = form("FOI", "2026-12-01", "PERSON");
    RequestForm waiting = with(f, f.received(), true);
    assertEquals(
        List.of("identityNeeded"),
        fields(assertThrows(InvalidInput.class, () -> waiting.check(TODAY, NOW))));
  }

  @Test
  void aRequestWaitingForIdentityHasNoDeadlineUntilItArrives() {
    RequestForm f = form("SUBJECT_ACCESS", "2026-11-02", "PERSON");
    RequestForm waiting = with(f, f.received(), true);
    FootageRequest r = new FootageRequest(waiting.check(TODAY, NOW), "SAR-2026-0002", "dpo", NOW);
    assertEquals(Deadline.State.WAITING, r.deadline(Calendars.UK).state());
    assertEquals(Urgency.WAITING, r.urgency(TODAY, Calendars.UK));
    r.identityArrived(LocalDate.of(2026, 11, 10), TODAY);
    assertEquals(LocalDate.of(2026, 12, 10), r.deadline(Calendars.UK).due());
  }

  @Test
  void aPausedClockMovesTheDeadlineByTheDaysItStood() {
    FootageRequest r = logged("SUBJECT_ACCESS", "2026-11-02", "PERSON");
    assertEquals(LocalDate.of(2026, 12, 2), r.deadline(Calendars.UK).due());
    r.pause(LocalDate.of(2026, 11, 5), "Which day of the week was it?", TODAY);
    assertEquals(Urgency.PAUSED, r.urgency(TODAY, Calendars.UK));
    r.resume(LocalDate.of(2026, 11, 12), TODAY);
    assertEquals(LocalDate.of(2026, 12, 9), r.deadline(Calendars.UK).due());
    assertEquals(1, r.pauseList().size());
    // A second pause may not overlap the first.
    assertThrows(InvalidInput.class, () -> r.pause(LocalDate.of(2026, 11, 10), "Again?", TODAY));
  }

  @Test
  void aPauseCannotEndBeforeItStarted() {
    FootageRequest r = logged("SUBJECT_ACCESS", "2026-11-02", "PERSON");
    r.pause(LocalDate.of(2026, 11, 5), "Which day?", TODAY);
    InvalidInput e =
        assertThrows(InvalidInput.class, () -> r.resume(LocalDate.of(2026, 11, 4), TODAY));
    assertEquals("until", e.field());
  }

  @Test
  void anExtensionNeedsAReasonAndTheFirstMonthStillRunning() {
    FootageRequest r = logged("SUBJECT_ACCESS", "2026-09-01", "PERSON");
    assertThrows(
        InvalidInput.class, () -> r.extend(" ", null, LocalDate.of(2026, 9, 20), Calendars.UK));
    InvalidInput late =
        assertThrows(
            InvalidInput.class,
            () -> r.extend("Forty hours of footage", null, TODAY, Calendars.UK));
    assertTrue(late.getMessage().contains("first month ended"), late.getMessage());
    FootageRequest inTime = logged("SUBJECT_ACCESS", "2026-11-20", "PERSON");
    inTime.extend("Forty hours of footage", null, TODAY, Calendars.UK);
    assertEquals(LocalDate.of(2027, 2, 22), inTime.deadline(Calendars.UK).due());
  }

  @Test
  void anFoiExtensionSetsItsDateAndIsFlaggedPastFortyWorkingDays() {
    FootageRequest r = logged("FOI", "2026-11-02", "PERSON");
    // St Andrew's Day, Monday 30 November, is a bank holiday in Scotland: not an FOI working day.
    assertEquals(LocalDate.of(2026, 12, 1), r.deadline(Calendars.UK).due());
    r.extend("s.31 public-interest test", LocalDate.of(2026, 12, 14), TODAY, Calendars.UK);
    assertEquals(LocalDate.of(2026, 12, 14), r.deadline(Calendars.UK).due());
    assertFalse(r.isExtendedPastUsual(Calendars.UK));
    FootageRequest longer = logged("FOI", "2026-11-02", "PERSON");
    longer.extend("s.31 public-interest test", LocalDate.of(2027, 2, 1), TODAY, Calendars.UK);
    assertTrue(longer.isExtendedPastUsual(Calendars.UK));
  }

  @Test
  void anFoiClarificationStartsTheCountAgain() {
    FootageRequest r = logged("FOI", "2026-11-02", "PERSON");
    r.clarified(LocalDate.of(2026, 11, 9), TODAY);
    assertEquals(LocalDate.of(2026, 12, 8), r.deadline(Calendars.UK).due());
    FootageRequest sar = logged("SUBJECT_ACCESS", "2026-11-02", "PERSON");
    assertThrows(InvalidInput.class, () -> sar.clarified(LocalDate.of(2026, 11, 9), TODAY));
  }

  @Test
  void nothingHappensToAClosedRequest() {
    FootageRequest r = logged("THIRD_PARTY", "2026-11-02", "POLICE");
    r.close("dpo", NOW, TODAY, Calendars.UK);
    assertEquals(Urgency.CLOSED, r.urgency(TODAY, Calendars.UK));
    InvalidInput e =
        assertThrows(
            InvalidInput.class, () -> r.pause(LocalDate.of(2026, 12, 1), "Authority?", TODAY));
    assertTrue(e.getMessage().contains("was closed on 7 December 2026"), e.getMessage());
    assertThrows(InvalidInput.class, () -> r.close("dpo", NOW, TODAY, Calendars.UK));
  }

  @Test
  void aClosedRequestsFootageIsHeldThroughItsReviewWindow() {
    FootageRequest r = logged("FOI", "2026-11-02", "PERSON");
    assertEquals(null, r.holdsKeptUntil(40, Calendars.UK), "open: held until it closes");
    r.close("dpo", NOW, LocalDate.of(2026, 11, 30), Calendars.UK);
    // Forty working days in England and Wales from Monday 30 November 2026, over Christmas, Boxing
    // Day (Saturday, so Monday 28th) and New Year's Day.
    assertEquals(LocalDate.of(2027, 1, 28), r.holdsKeptUntil(40, Calendars.UK));
    assertEquals(LocalDate.of(2026, 12, 1), r.holdsKeptUntil(1, Calendars.UK));
  }

  @Test
  void aThirdPartyRequestHasTheCouncilsTargetAndNoExtension() {
    FootageRequest r = logged("THIRD_PARTY", "2025-12-18", "POLICE");
    // Ten working days in England and Wales, over Christmas, Boxing Day and New Year's Day;
    // 2 January is Scotland's, not England's.
    assertEquals(LocalDate.of(2026, 1, 6), r.deadline(Calendars.UK).due());
    assertEquals(3, r.deadline(Calendars.UK).skipped().size());
    assertThrows(
        InvalidInput.class, () -> r.extend("Busy", null, LocalDate.of(2025, 12, 19), Calendars.UK));
  }

  @Test
  void aThirdPartyRequestsPauseStopsItsCount() {
    FootageRequest r = logged("THIRD_PARTY", "2026-11-02", "POLICE");
    assertEquals(LocalDate.of(2026, 11, 16), r.deadline(Calendars.UK).due());
    r.pause(LocalDate.of(2026, 11, 4), "The inspector's authority", TODAY);
    Deadline paused = r.deadline(Calendars.UK);
    assertEquals(Deadline.State.PAUSED, paused.state());
    assertEquals(9, paused.left());
    r.resume(LocalDate.of(2026, 11, 6), TODAY);
    // 4th, 5th and 6th not counted: three more working days.
    assertEquals(LocalDate.of(2026, 11, 19), r.deadline(Calendars.UK).due());
  }

  @Test
  void theDpoHandlesEveryRequestAndEvidenceOfficersThePolices() {
    Caller dpo = new Caller("dpo", 1L, null, Set.of(Role.DPO));
    Caller officer = new Caller("eo", 2L, null, Set.of(Role.EVIDENCE_OFFICER));
    Caller supervisor = new Caller("sup", 3L, 1L, Set.of(Role.SUPERVISOR));
    FootageRequest sar = logged("SUBJECT_ACCESS", "2026-11-02", "PERSON");
    FootageRequest police = logged("THIRD_PARTY", "2026-11-02", "POLICE");
    FootageRequest insurer = logged("THIRD_PARTY", "2026-11-02", "INSURER");
    assertTrue(sar.mayBeHandledBy(dpo));
    assertTrue(police.mayBeHandledBy(dpo));
    assertFalse(sar.mayBeHandledBy(officer));
    assertTrue(police.mayBeHandledBy(officer));
    assertFalse(insurer.mayBeHandledBy(officer));
    assertFalse(police.mayBeHandledBy(supervisor));
  }

  /**
   * The clock kept on the row matches the one counted, and every change to the clock empties it.
   */
  @Test
  void theClockKeptOnTheRowIsCountedAgainAfterEveryChange() {
    FootageRequest sar = logged("SUBJECT_ACCESS", "2026-11-02", "PERSON");
    assertNull(sar.getClockCalendar(), "never counted");
    sar.stampClock(Calendars.UK, "1:0:0");
    assertStamped(sar, "1:0:0");
    assertEquals(LocalDate.of(2026, 12, 2), sar.getClockDueOn());

    List<java.util.function.Consumer<FootageRequest>> changes =
        List.of(
            r -> r.pause(LocalDate.of(2026, 11, 10), "Which day?", TODAY),
            r -> r.resume(LocalDate.of(2026, 11, 12), TODAY),
            r -> r.extend("Numerous recordings", null, LocalDate.of(2026, 11, 20), Calendars.UK));
    for (var change : changes) {
      change.accept(sar);
      assertNull(sar.getClockCalendar(), "a change empties the stamp");
      assertNull(sar.getClockState());
      sar.stampClock(Calendars.UK, "1:0:0");
      assertStamped(sar, "1:0:0");
    }

    FootageRequest waiting =
        new FootageRequest(
            with(form("SUBJECT_ACCESS", "2026-12-01", "PERSON"), "2026-12-01", true)
                .check(TODAY, NOW),
            "SAR-2026-0002",
            "dpo",
            NOW);
    waiting.stampClock(Calendars.UK, "2:0:0");
    assertStamped(waiting, "2:0:0");
    assertEquals(Deadline.State.WAITING, waiting.getClockState());
    waiting.identityArrived(LocalDate.of(2026, 12, 3), TODAY);
    assertNull(waiting.getClockCalendar());

    FootageRequest foi = logged("FOI", "2026-11-02", "PERSON");
    foi.stampClock(Calendars.UK, "1:0:0");
    foi.clarified(LocalDate.of(2026, 11, 9), TODAY);
    assertNull(foi.getClockCalendar());
  }

  private static void assertStamped(FootageRequest r, String calendar) {
    Deadline d = r.deadline(Calendars.UK);
    assertEquals(calendar, r.getClockCalendar());
    assertEquals(d.state(), r.getClockState());
    assertEquals(d.due(), r.getClockDueOn());
    assertEquals(d.since(), r.getClockSince());
  }
}
