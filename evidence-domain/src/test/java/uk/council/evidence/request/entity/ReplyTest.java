package uk.council.evidence.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.evidence.request.entity.FootageRequestTest.NOW;
import static uk.council.evidence.request.entity.FootageRequestTest.TODAY;
import static uk.council.evidence.request.entity.FootageRequestTest.fields;
import static uk.council.evidence.request.entity.FootageRequestTest.logged;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

/** Deciding and replying to a request, and the letters that say so. */
class ReplyTest {

  static InvalidInput refused(
      FootageRequest r, Outcome o, String reason, String test, String others, long matching) {
    return assertThrows(
        InvalidInput.class,
        () ->
            r.reply(
                o, reason, test, others, Delivery.POST, matching, "dpo", NOW, TODAY, Calendars.UK));
  }

  @Test
  void aRefusalNeedsItsReasonAndTheRequesterIsToldIt() {
    FootageRequest r = logged("SUBJECT_ACCESS", "2026-11-20", "PERSON");
    assertEquals(
        List.of("reason"), fields(refused(r, Outcome.SAR_REFUSE_EXCESSIVE, " ", null, null, 0)));
    r.reply(
        Outcome.SAR_REFUSE_EXCESSIVE,
        "It is the twelfth request this month for the same footage",
        null,
        null,
        Delivery.EMAIL,
        0,
        "dpo",
        NOW,
        TODAY,
        Calendars.UK);
    assertTrue(r.isClosed());
    Letter letter = Letter.reply(r, 0, null, List.of(), TODAY);
    String body = String.join("\n", letter.paragraphs());
    assertTrue(body.contains("manifestly excessive (UK GDPR Article 12(5))"), body);
    assertTrue(body.contains("the twelfth request this month"), body);
    assertTrue(body.contains("Information Commissioner's Office"), body);
  }

  @Test
  void anFoiInternalReviewHasItsOwnTargetAndKeepsTheFootageHeld() {
    FootageRequest r = logged("FOI", "2026-11-02", "PERSON");
    InvalidInput unanswered =
        assertThrows(
            InvalidInput.class, () -> r.reviewAsked(java.time.LocalDate.of(2026, 11, 20), TODAY));
    assertEquals(List.of("reviewAsked"), fields(unanswered));
    r.reply(
        Outcome.FOI_S40_2, null, null, null, Delivery.EMAIL, 0, "dpo", NOW, TODAY, Calendars.UK);
    assertThrows(
        InvalidInput.class, () -> r.reviewAsked(java.time.LocalDate.of(2026, 12, 6), TODAY));
    r.reviewAsked(TODAY, TODAY);
    // Twenty working days across the UK from Monday 7 December: over Christmas, Boxing Day (on
    // Saturday, so Monday 28th), New Year's Day and Scotland's 2 January (Monday 4th).
    assertEquals(java.time.LocalDate.of(2027, 1, 8), r.reviewDue(Calendars.UK));
    assertEquals(null, r.getClockCalendar(), "the queue counts it again");
    r.stampClock(Calendars.UK, "1:0:0");
    assertEquals(java.time.LocalDate.of(2027, 1, 8), r.getReviewDueOn(), "kept for the queue");
    assertEquals(null, r.holdsKeptUntil(40, Calendars.UK), "held while the review is under way");
    assertEquals(
        List.of("reviewResult"),
        fields(
            assertThrows(
                InvalidInput.class,
                () -> r.reviewDone(java.time.LocalDate.of(2026, 12, 7), " ", TODAY))));
    r.reviewDone(TODAY, "The s.40(2) exemption was rightly applied.", TODAY);
    assertEquals(null, r.reviewDue(Calendars.UK));
    assertEquals(null, r.getReviewDueOn());
    assertEquals(java.time.LocalDate.of(2027, 2, 4), r.holdsKeptUntil(40, Calendars.UK));
  }

  @Test
  void aReplyAfterClosureIsRefused() {
    FootageRequest r = logged("FOI", "2026-11-20", "PERSON");
    r.reply(
        Outcome.FOI_S40_2, null, null, null, Delivery.EMAIL, 0, "dpo", NOW, TODAY, Calendars.UK);
    InvalidInput e = refused(r, Outcome.FOI_DISCLOSE, null, null, null, 0);
    assertTrue(e.getMessage().contains("was closed on"), e.getMessage());
  }

  @Test
  void aQualifiedExemptionNeedsThePublicInterestTestWrittenDown() {
    FootageRequest r = logged("FOI", "2026-11-20", "PERSON");
    assertEquals(List.of("publicInterest"), fields(refused(r, Outcome.FOI_S31, null, "", null, 0)));
    r.reply(
        Outcome.FOI_S31,
        null,
        "Disclosure would show where enforcement officers patrol; that outweighs transparency.",
        null,
        Delivery.EMAIL,
        0,
        "dpo",
        NOW,
        TODAY,
        Calendars.UK);
    String body = String.join("\n", Letter.reply(r, 0, null, List.of(), TODAY).paragraphs());
    assertTrue(body.contains("section 31 (law enforcement)"), body);
    assertTrue(body.contains("internal review within 40 working days"), body);
  }

  @Test
  void disclosingSomeonesFootageNeedsARecordingAndWhatWasDoneAboutOthers() {
    FootageRequest r = logged("SUBJECT_ACCESS", "2026-11-20", "PERSON");
    InvalidInput e = refused(r, Outcome.SAR_DISCLOSE, null, null, null, 0);
    assertEquals(List.of("outcome", "thirdParties"), fields(e).stream().sorted().toList());
    r.reply(
        Outcome.SAR_DISCLOSE,
        null,
        null,
        "Two passers-by were blurred.",
        Delivery.SECURE_DOWNLOAD,
        2,
        "dpo",
        NOW,
        TODAY,
        Calendars.UK);
    String body = String.join("\n", Letter.reply(r, 2, null, List.of(), TODAY).paragraphs());
    assertTrue(body.contains("We found 2 recordings of you"), body);
    assertTrue(body.contains("as a secure download"), body);
  }

  @Test
  void noneHeldIsRefusedWhileARecordingIsMarkedAsShowingIt() {
    FootageRequest r = logged("SUBJECT_ACCESS", "2026-11-20", "PERSON");
    InvalidInput e = refused(r, Outcome.NONE_HELD, null, null, null, 1);
    assertTrue(e.getMessage().contains("1 recording is marked"), e.getMessage());
  }

  @Test
  void noneHeldGivesTheDeletionRecordsOfTheTimeAskedFor() {
    FootageRequest r = logged("SUBJECT_ACCESS", "2026-12-05", "PERSON");
    r.reply(Outcome.NONE_HELD, null, null, null, Delivery.POST, 0, "dpo", NOW, TODAY, Calendars.UK);
    var deleted =
        new uk.council.evidence.retention.entity.DeletionRecord(
            42,
            "VB4-000101",
            "Sam Patel",
            "Parking Services",
            java.time.Instant.parse("2026-11-20T14:05:00Z"),
            java.time.Instant.parse("2026-11-20T14:20:00Z"),
            java.time.Instant.parse("2026-11-20T18:00:00Z"),
            1_000_000,
            "ab".repeat(32),
            "due: recorded start + 31 days",
            java.time.Instant.parse("2026-12-21T14:05:00Z"),
            java.time.Instant.parse("2026-12-21T14:20:00Z"));
    String body = String.join("\n", Letter.reply(r, 0, null, List.of(deleted), TODAY).paragraphs());
    assertTrue(body.contains("We hold no footage"), body);
    assertTrue(
        body.contains(
            "Camera VB4-000101, worn by Sam Patel, recorded 20 November 2026, 14:05 to 20 November"
                + " 2026, 14:20; deleted 21 December 2026, 14:20 (due: recorded start + 31 days);"
                + " SHA-256 "
                + "ab".repeat(32)),
        body);
  }

  @Test
  void aDecisionForAnotherKindOfRequestIsRefused() {
    FootageRequest r = logged("SUBJECT_ACCESS", "2026-11-20", "PERSON");
    assertEquals(List.of("outcome"), fields(refused(r, Outcome.FOI_S40_2, null, null, null, 0)));
    assertTrue(Outcome.forKind(RequestKind.THIRD_PARTY).contains(Outcome.NONE_HELD));
    assertTrue(!Outcome.forKind(RequestKind.THIRD_PARTY).contains(Outcome.SAR_DISCLOSE));
  }

  @Test
  void aPoliceRequestIsDisclosedOnlyWithAnInspectorsAuthority() {
    FootageRequest r = logged("THIRD_PARTY", "2026-11-20", "POLICE");
    InvalidInput noRecord = refused(r, Outcome.TPR_DISCLOSE, null, null, null, 1);
    assertTrue(noRecord.getMessage().contains("authorising officer"), noRecord.getMessage());
    InvalidInput constable =
        assertThrows(
            InvalidInput.class,
            () ->
                r.recordSchedule2(
                    PoliceRank.CONSTABLE,
                    "PC 99 Smith",
                    PoliceRank.SERGEANT,
                    "Assault on a civil enforcement officer, crime 12/3456/26",
                    "To identify the suspect"));
    assertEquals(List.of("authoriserRank"), fields(constable));
    InvalidInput missing =
        assertThrows(
            InvalidInput.class, () -> r.recordSchedule2(null, " ", null, "", "To identify"));
    assertEquals(
        List.of("purpose", "requesterRank", "authoriserName", "authoriserRank"), fields(missing));
    r.recordSchedule2(
        PoliceRank.CONSTABLE,
        "Insp. 12 Patel",
        PoliceRank.INSPECTOR,
        "Assault on a civil enforcement officer, crime 12/3456/26",
        "To identify the suspect");
    r.reply(
        Outcome.TPR_DISCLOSE,
        null,
        null,
        null,
        Delivery.IN_PERSON,
        1,
        "eo",
        NOW,
        TODAY,
        Calendars.UK);
    String body = String.join("\n", Letter.reply(r, 1, null, List.of(), TODAY).paragraphs());
    assertTrue(body.contains("Schedule 2, Part 1, paragraph 2"), body);
  }

  @Test
  void theAcknowledgementGivesTheReferenceTheDeadlineAndWhatIsKept() {
    FootageRequest r = logged("SUBJECT_ACCESS", "2026-12-05", "PERSON");
    Letter letter = Letter.acknowledgement(r, r.deadline(Calendars.UK), TODAY);
    String body = String.join("\n", letter.paragraphs());
    assertEquals("SAR-2026-0001", letter.reference());
    assertEquals(List.of("Ann Example", "1 High Street, Anytown"), letter.to());
    assertTrue(body.contains("Our reference is SAR-2026-0001"), body);
    assertTrue(body.contains("We will reply by 5 January 2027"), body);
    assertTrue(
        body.contains("recorded between 4 December 2026, 13:30 and 4 December 2026, 15:30"), body);
  }
}
