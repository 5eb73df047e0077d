package uk.council.evidence.accreditation.entity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.ServiceArea;

class RegistersRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  static List<String> fields(InvalidInput e) {
    return e.problems().stream().map(InvalidInput.Problem::field).toList();
  }

  @Test
  void aDocumentNeedsEveryFieldAnApprovalNotInTheFutureAndAReviewAfterIt() {
    InvalidInput empty =
        assertThrows(
            InvalidInput.class,
            () ->
                new GovernanceDocument(
                    new GovernanceDocument.Form("", " ", "", new Approval.Form("", "", "")),
                    "c",
                    NOW,
                    TODAY));
    assertEquals(
        List.of("kind", "title", "version", "approvedBy", "approvedOn", "reviewDue"),
        fields(empty));
    InvalidInput order =
        assertThrows(
            InvalidInput.class,
            () ->
                new GovernanceDocument(
                    new GovernanceDocument.Form(
                        "DPIA",
                        "BWV DPIA",
                        "3",
                        new Approval.Form("SIRO", "2026-12-08", "2026-12-08")),
                    "c",
                    NOW,
                    TODAY));
    assertEquals(List.of("approvedOn", "reviewDue"), fields(order));

    var dpia =
        new GovernanceDocument(
            new GovernanceDocument.Form(
                "DPIA", " BWV DPIA ", "3.0", new Approval.Form("SIRO", "2026-03-01", "2027-03-01")),
            "c",
            NOW,
            TODAY);
    assertEquals(DocumentKind.DPIA, dpia.getKind());
    assertEquals("BWV DPIA", dpia.getTitle());
    assertFalse(dpia.reviewOverdue(TODAY));
    assertTrue(dpia.reviewOverdue(LocalDate.of(2027, 3, 1)));
  }

  @Test
  void aTrainingRecordExpiresAfterItWasCompletedOrNever() {
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () ->
                new TrainingRecord(
                    new TrainingRecord.Form("sam", "BWV use", "2026-13-01", "not a day"),
                    "c",
                    NOW,
                    TODAY));
    assertEquals(List.of("completed", "expires"), fields(e));
    assertEquals(
        List.of("expires"),
        fields(
            assertThrows(
                InvalidInput.class,
                () ->
                    new TrainingRecord(
                        new TrainingRecord.Form("sam", "BWV use", "2026-01-10", "2026-01-10"),
                        "c",
                        NOW,
                        TODAY))));

    var lasting =
        new TrainingRecord(
            new TrainingRecord.Form("sam", "BWV use", "2025-01-10", ""), "c", NOW, TODAY);
    assertTrue(lasting.getExpiresOn().isEmpty());
    assertTrue(lasting.currentOn(TODAY));
    var lapsed =
        new TrainingRecord(
            new TrainingRecord.Form("sam", "BWV use", "2025-01-10", "2026-01-10"), "c", NOW, TODAY);
    assertFalse(lapsed.currentOn(TODAY));
    assertTrue(lapsed.currentOn(LocalDate.of(2026, 1, 9)));
    assertTrue(lapsed.sameAs(lasting));
  }

  @Test
  void aPurposeNeedsItsAreaWordsAndAnApprovalBeforeItsReview() {
    InvalidInput empty =
        assertThrows(
            InvalidInput.class,
            () ->
                new AreaPurpose(
                    null,
                    new AreaPurpose.Form("", "", new Approval.Form("", "", "")),
                    "c",
                    NOW,
                    TODAY));
    assertEquals(
        List.of("serviceArea", "purpose", "need", "approvedBy", "approvedOn", "reviewDue"),
        fields(empty));
    var parking = new ServiceArea("PARKING", "Parking Services");
    InvalidInput tooLong =
        assertThrows(
            InvalidInput.class,
            () ->
                new AreaPurpose(
                    parking,
                    new AreaPurpose.Form(
                        "x".repeat(2001),
                        "Assaults on wardens",
                        new Approval.Form("Cabinet", "2026-12-08", "2026-12-01")),
                    "c",
                    NOW,
                    TODAY));
    assertEquals(List.of("purpose", "approvedOn", "reviewDue"), fields(tooLong));
    var purpose =
        new AreaPurpose(
            parking,
            new AreaPurpose.Form(
                " Deter aggression ",
                "42 assaults in 2025",
                new Approval.Form("Cabinet", "2026-01-15", "2027-01-15")),
            "c",
            NOW,
            TODAY);
    assertEquals("Deter aggression", purpose.getPurpose());
    assertFalse(purpose.reviewOverdue(TODAY));
    assertTrue(purpose.reviewOverdue(LocalDate.of(2027, 1, 15)));
  }

  @Test
  void anAgreementMayStartLaterButEndsAfterItStartsAndIsInForceInBetween() {
    InvalidInput empty =
        assertThrows(
            InvalidInput.class,
            () ->
                new SharingAgreement(
                    new SharingAgreement.Form(" ", "", "r".repeat(61), "", "", "soon"), "c", NOW));
    assertEquals(
        List.of("partner", "purpose", "reference", "signedBy", "startsOn", "endsOn"),
        fields(empty));
    assertEquals(
        List.of("endsOn"),
        fields(
            assertThrows(
                InvalidInput.class,
                () ->
                    new SharingAgreement(
                        new SharingAgreement.Form(
                            "Police", "Evidence", "", "DPO", "2027-01-01", "2027-01-01"),
                        "c",
                        NOW))));

    var later =
        new SharingAgreement(
            new SharingAgreement.Form(
                "Metropolitan Police", "Evidence", " ", "DPO", "2027-01-01", "2028-01-01"),
            "c",
            NOW);
    assertTrue(later.getReference().isEmpty());
    assertFalse(later.inForceOn(TODAY));
    assertTrue(later.inForceOn(LocalDate.of(2027, 1, 1)));
    assertFalse(later.inForceOn(LocalDate.of(2028, 1, 1)));
    assertTrue(later.inForceDuring(LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 1)));
    assertFalse(later.inForceDuring(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    assertTrue(later.endingBefore(LocalDate.of(2027, 11, 1), LocalDate.of(2028, 1, 2)));
    assertFalse(later.endingBefore(TODAY, LocalDate.of(2028, 1, 2)));
  }

  @Test
  void aNoticeReviewSaysWhatWasFoundAndIsNotDatedInTheFuture() {
    InvalidInput empty =
        assertThrows(
            InvalidInput.class,
            () ->
                new NoticeReview(
                    new NoticeReview.Form("POSTER", "", "", "", "MAYBE", "", ""), "c", NOW, TODAY));
    assertEquals(
        List.of(
            "subject", "lookedAt", "reviewedBy", "reviewedOn", "outcome", "findings", "nextReview"),
        fields(empty));
    assertEquals(
        List.of("reviewedOn", "nextReview"),
        fields(
            assertThrows(
                InvalidInput.class,
                () ->
                    new NoticeReview(
                        new NoticeReview.Form(
                            "SIGNAGE",
                            "Car parks",
                            "Team leader",
                            "2026-12-08",
                            "ADEQUATE",
                            "Fine",
                            "2026-12-08"),
                        "c",
                        NOW,
                        TODAY))));
    var review =
        new NoticeReview(
            new NoticeReview.Form(
                "ANNOUNCEMENT",
                "Parking team north",
                "Team leader",
                "2026-11-30",
                "CHANGES_NEEDED",
                "Two of six wardens did not say they were recording.",
                "2027-02-28"),
            "c",
            NOW,
            TODAY);
    assertEquals(NoticeSubject.ANNOUNCEMENT, review.getSubject());
    assertEquals(NoticeOutcome.CHANGES_NEEDED, review.getOutcome());
    assertFalse(review.reviewOverdue(TODAY));
  }

  @Test
  void aCsvFileIsReadWithQuotesBlankLinesAndAByteOrderMark() {
    String csv =
        "\uFEFFUsername,Course,Completed,Expires\r\n"
            + "camera.user,\"Body-worn video, the council's policy\",2026-02-01,2027-02-01\r\n"
            + "\r\n"
            + "parking.warden,\"Conflict \"\"de-escalation\"\"\",2026-03-04,\r\n";
    List<TrainingCsv.Line> lines = TrainingCsv.read(csv.getBytes(UTF_8));
    assertEquals(2, lines.size());
    assertEquals(
        new TrainingCsv.Line(
            2,
            new TrainingRecord.Form(
                "camera.user",
                "Body-worn video, the council's policy",
                "2026-02-01",
                "2027-02-01")),
        lines.get(0));
    assertEquals(4, lines.get(1).number());
    assertEquals("Conflict \"de-escalation\"", lines.get(1).form().course());
    assertEquals("", lines.get(1).form().expires());
  }

  @Test
  void aCsvFileThatCannotBeReadIsRefusedSayingWhereAndWhy() {
    assertTrue(message("").contains("Choose a CSV file"));
    assertTrue(message("name,course\nsam,x\n").contains("first line must be the header"));
    assertTrue(message("username,course,completed,expires\n").contains("no records"));
    assertTrue(
        message("username,course,completed,expires\nsam,x,2026-01-01\n")
            .contains("Line 2 has 3 fields"));
    assertTrue(
        message("username,course,completed,expires\nsam,\"x,2026-01-01,\n")
            .contains("Line 2 has a quote that is not closed"));
    byte[] latin1 = {'u', 's', 'e', 'r', (byte) 0xE9};
    assertTrue(
        assertThrows(InvalidInput.class, () -> TrainingCsv.read(latin1))
            .getMessage()
            .contains("UTF-8"));
  }

  private static String message(String csv) {
    return assertThrows(InvalidInput.class, () -> TrainingCsv.read(csv.getBytes(UTF_8)))
        .getMessage();
  }
}
