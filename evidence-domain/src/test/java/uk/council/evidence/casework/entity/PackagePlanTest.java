package uk.council.evidence.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.device.entity.Dock;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.RecordedTimes;
import uk.council.evidence.footage.entity.Recording;

/**
 * A package's source is a case or a request: what it holds, what its manifest says and what the
 * council records of it follow from which.
 */
class PackagePlanTest {

  static final Instant NOW = CaseDetailsTest.NOW;
  static final String SHA = "ab".repeat(32);
  static final RequestSource SAR = new RequestSource(31, "SAR-2027-0004", "Subject access request");

  static Recording recording(long id) {
    var camera = new Camera("VB400-018822", "Motorola", "VB400", null, null, NOW);
    var dock = new Dock("riverside-dock-2", "Riverside depot", NOW);
    var times = new RecordedTimes(NOW.minusSeconds(600), NOW.minusSeconds(330));
    var media = new MediaInfo(Duration.ofSeconds(270), "h264", "aac", 1920, 1080, null);
    Recording r =
        new Recording(
            SHA, 187_654_321L, camera, null, times, dock, "isom", media, true, NOW, "DEFAULT", NOW);
    return withId(r, id);
  }

  /** Entities get their ids from the database; a plain test gives them one. */
  static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Recipient dataSubject() {
    return Recipient.check(
        new Recipient.Typed(
            "DATA_SUBJECT",
            "",
            "Sam Taylor",
            "SUBJECT_ACCESS",
            "Their subject access request.",
            "24/12/2026"),
        RecipientKind.FOR_REQUESTS,
        NOW,
        CaseDetailsTest.LONDON);
  }

  static PackagePlan.Item requestItem(Recording recording) {
    return new PackagePlan.Item(
        null,
        recording,
        null,
        Path.of("/footage/originals/ab/ab/" + SHA + ".mp4"),
        "recordings/recording-" + recording.getId() + "/VB400-018822_20261126-094000_original.mp4",
        List.of());
  }

  static PackagePlan requestPlan() {
    return new PackagePlan(
        "DP-2026-0009", SAR, dataSubject(), "Dana Price", NOW, List.of(requestItem(recording(42))));
  }

  @Test
  void aPackageCanBePlannedWithARequestAsItsSource() {
    PackagePlan plan = requestPlan();
    PackagePlan.Item item = plan.items().get(0);
    assertEquals(PackageSource.Kind.REQUEST, plan.source().kind());
    assertEquals("request SAR-2027-0004", plan.source().title());
    assertEquals("recording 42", item.label());
    assertEquals("recording-42", item.folder());
    assertEquals("recordings/recording-42/", item.directory());
    assertEquals(null, item.exhibitId());
  }

  @Test
  void aRequestsManifestNamesTheRequestAndTheDataSubject() {
    Map<String, Object> manifest = requestPlan().manifest();
    assertEquals(
        List.of(
            "package",
            "request",
            "requestType",
            "recipient",
            "person",
            "lawfulBasis",
            "purpose",
            "expires",
            "producedBy",
            "producedAt",
            "howToCheck"),
        List.copyOf(manifest.keySet()),
        "no organisation for the data subject, and no case");
    assertEquals("SAR-2027-0004", manifest.get("request"));
    assertEquals("Subject access request", manifest.get("requestType"));
    assertEquals("The data subject (the requester)", manifest.get("recipient"));
    assertEquals("Sam Taylor", manifest.get("person"));
    assertEquals(LawfulBasis.SUBJECT_ACCESS.title(), manifest.get("lawfulBasis"));
  }

  @Test
  void theCouncilRecordsARequestsPackageAgainstTheRequest() {
    var recorded = new DisclosurePackage(requestPlan(), "dana.price", NOW, SHA, 1234);
    assertEquals(PackageSource.Kind.REQUEST, recorded.getSource());
    assertEquals(31L, recorded.getRequestId().get());
    assertTrue(recorded.getCaseId().isEmpty(), "exactly one source");
    assertEquals(31L, recorded.getSourceId());
    assertEquals("SAR-2027-0004", recorded.getSourceReference());
    assertEquals("request SAR-2027-0004", recorded.getSourceTitle());
    assertEquals("request", recorded.getSourceAuditTarget());
    assertEquals("Sam Taylor", recorded.getRecipient());
    assertTrue(recorded.getOrganisation().isEmpty());
    assertEquals(RecipientKind.DATA_SUBJECT, recorded.getRecipientKind());
    assertEquals("DP-2026-0009.zip", recorded.getFileName());
  }

  @Test
  void aCasesPackageIsRecordedAgainstTheCaseAndItsManifestNamesTheCase() {
    EvidenceCase evidenceCase =
        withId(
            new EvidenceCase(
                EvidenceCase.reference(2026, 7),
                CaseDetails.check(
                    CaseDetailsTest.typed("25/11/2026", "14:30", "cad/1234/26", null, null),
                    NOW,
                    CaseDetailsTest.LONDON),
                "evidence.officer",
                NOW),
            7);
    Exhibit exhibit = withId(ExhibitTest.exhibit(), 5);
    Recipient police =
        Recipient.check(
            new Recipient.Typed(
                "POLICE",
                "Metropolitan Police Service",
                "PC 4471 Jane Doe",
                "CRIME_PREVENTION",
                "Investigation of the assault.",
                "24/12/2026"),
            RecipientKind.FOR_CASES,
            NOW,
            CaseDetailsTest.LONDON);
    var item =
        new PackagePlan.Item(
            exhibit,
            recording(42),
            null,
            Path.of("/footage/originals/x.mp4"),
            "exhibits/JS-1/VB400-018822_20261126-094000_original.mp4",
            List.of());
    var plan =
        new PackagePlan(
            "DP-2026-0003",
            new CaseSource(evidenceCase),
            police,
            "Alex Morgan",
            NOW,
            List.of(item));

    assertEquals("exhibit JS/1", item.label());
    assertEquals("exhibits/JS-1/", item.directory());
    Map<String, Object> manifest = plan.manifest();
    assertEquals("BWV-2026-0007", manifest.get("case"));
    assertEquals(evidenceCase.getPoliceReference().get(), manifest.get("policeReference"));
    assertEquals("PC 4471 Jane Doe", manifest.get("officer"));
    assertEquals("Metropolitan Police Service", manifest.get("organisation"));
    assertFalse(manifest.containsKey("request"));

    var recorded = new DisclosurePackage(plan, "alex.morgan", NOW, SHA, 1234);
    assertEquals(7L, recorded.getCaseId().get());
    assertTrue(recorded.getRequestId().isEmpty(), "exactly one source");
    assertEquals("case", recorded.getSourceAuditTarget());
    assertEquals("case BWV-2026-0007", recorded.getSourceTitle());
    assertEquals("PC 4471 Jane Doe, Metropolitan Police Service", recorded.getRecipient());
  }

  @Test
  void itemsMustFitTheSource() {
    Exhibit exhibit = withId(ExhibitTest.exhibit(), 5);
    var exhibitItem =
        new PackagePlan.Item(
            exhibit, recording(42), null, Path.of("/x.mp4"), "exhibits/JS-1/x.mp4", List.of());
    assertThrows(
        IllegalArgumentException.class,
        () -> new PackagePlan("DP-2026-0010", SAR, dataSubject(), "D", NOW, List.of(exhibitItem)),
        "a request's package holds the request's recordings, not a case's exhibits");
    assertThrows(
        IllegalArgumentException.class,
        () -> new PackagePlan("DP-2026-0010", SAR, dataSubject(), "D", NOW, List.of()),
        "a package holds something");
  }

  @Test
  void aCasesPackageNeedsDiscloseAndARequestsDiscloseRequest() {
    assertEquals(Action.DISCLOSE, PackageSource.Kind.CASE.disclosing());
    assertEquals(Action.DISCLOSE_REQUEST, PackageSource.Kind.REQUEST.disclosing());
  }
}
