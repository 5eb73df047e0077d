package uk.council.evidence.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The first thing due on a request in the queue, which orders it there. */
class RequestRowTest {

  static final LocalDate TODAY = FootageRequestTest.TODAY;

  static RequestRow row(FootageRequest r, LocalDate complaint, LocalDate review) {
    Deadline d = r.deadline(Calendars.UK);
    return new RequestRow(r, d, r.urgency(TODAY, Calendars.UK), 0, complaint, review);
  }

  @Test
  void theFirstDueIsTheSoonestOfReplyComplaintAndReview() {
    FootageRequest open = FootageRequestTest.logged("SUBJECT_ACCESS", "2026-11-02", "PERSON");
    LocalDate reply = LocalDate.of(2026, 12, 2);
    assertEquals(reply, row(open, null, null).firstDue());
    assertEquals(reply, row(open, LocalDate.of(2026, 12, 20), null).firstDue());
    assertEquals(
        LocalDate.of(2026, 11, 30), row(open, LocalDate.of(2026, 11, 30), null).firstDue());
    assertEquals(
        LocalDate.of(2026, 11, 29),
        row(open, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 29)).firstDue());
  }

  @Test
  void aStoppedClockHasNothingDueButAComplaintOrReview() {
    FootageRequest paused = FootageRequestTest.logged("SUBJECT_ACCESS", "2026-11-02", "PERSON");
    paused.pause(LocalDate.of(2026, 11, 10), "Which entrance?", TODAY);
    assertNull(row(paused, null, null).firstDue());
    assertEquals(LocalDate.of(2027, 1, 8), row(paused, null, LocalDate.of(2027, 1, 8)).firstDue());
  }
}
