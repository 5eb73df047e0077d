package uk.council.evidence.reports.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.audit.entity.ChainVerification;
import uk.council.evidence.reports.ReportTemplates;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.DevelopmentKeys;
import uk.council.evidence.reports.pdf.PdfFinishing;
import uk.council.evidence.reports.pdf.SignedPdfs;
import uk.council.evidence.reports.pdf.SigningKey;

/**
 * Produces real extracts, from a real hash chain, signed with a development key made by the code
 * under test, and reads them back as a recipient would.
 */
class AuditLogExtractTest {

  static final String COUNCIL = DevelopmentKeys.COUNCIL;
  static final String NON_ASCII_NAME = "Siân O’Brien — café";

  /** 20 October 2026 00:00 BST to 1 November 2026 00:00 GMT: the clocks go back in between. */
  static final Instant FROM =
      LocalDate.of(2026, 10, 20).atStartOfDay(AuditLogExtract.UK_TIME).toInstant();

  static final Instant TO =
      LocalDate.of(2026, 11, 1).atStartOfDay(AuditLogExtract.UK_TIME).toInstant();

  static final Instant GENERATED_AT = Instant.parse("2026-11-23T17:30:05Z");

  static SigningKey key;
  static AuditLogExtract extract;
  static AuditTrail trail;
  static AuditLogExtract.Request request;
  static SignedReport report;
  static Path sample;

  @BeforeAll
  static void produceAnExtract() throws Exception {
    key = DevelopmentKeys.key();
    extract =
        new AuditLogExtract(
            new uk.council.evidence.reports.SignedPdfs(
                new ReportTemplates(), new PdfFinishing(key)));
    trail = auditTrail();
    request = requestFor(trail.between(FROM, TO), 60, trail.verify());
    report = extract.produce(request);

    // For people: look at it with any PDF reader, or pdftoppm -png -r 60.
    sample = Path.of(System.getProperty("basedir", "."), "target", "sample-audit-extract.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, report.pdf());
  }

  /**
   * Five events before the period, sixty in it (every four and a half hours, across the end of
   * British Summer Time) and five after.
   */
  static AuditTrail auditTrail() {
    AuditTrail t = new AuditTrail();
    Instant before = Instant.parse("2026-10-15T09:00:00Z");
    for (int i = 0; i < 5; i++) {
      t.append("alice.jones", AuditAction.LOGIN_SUCCEEDED, null, null, "", "10.0.0.5", before);
      before = before.plus(Duration.ofMinutes(20));
    }
    Instant at = Instant.parse("2026-10-20T05:30:00Z");
    for (int i = 0; i < 60; i++) {
      switch (i % 10) {
        case 0 ->
            t.append("alice.jones", AuditAction.LOGIN_SUCCEEDED, null, null, "", "10.0.0.5", at);
        case 1 ->
            t.append(
                "alice.jones",
                AuditAction.AUDIT_LOG_VIEWED,
                null,
                null,
                "first page",
                "10.0.0.5",
                at);
        case 2 ->
            t.append(
                "bob.smith",
                AuditAction.LOGIN_FAILED,
                "staff",
                "bob.smith",
                "wrong password (attempt 2 of 5)",
                "192.168.100.200",
                at);
        case 3 ->
            t.append(
                "alice.jones",
                AuditAction.STAFF_CREATED,
                "staff",
                Integer.toString(40 + i),
                "Created " + NON_ASCII_NAME + " (Llanelli team), role VIEWER",
                "10.0.0.5",
                at);
        case 4 ->
            t.append("siobhan.obrien", AuditAction.LOGIN_SUCCEEDED, null, null, "", "10.0.0.9", at);
        case 5 ->
            t.append(
                "bob.smith",
                AuditAction.ACCESS_DENIED,
                "recording",
                "REC-2026-000" + i,
                "Tried to open a recording held for the Anti-Social Behaviour team without the"
                    + " case role. The request came from a workstation outside the office network,"
                    + " so the denial was also sent to the information security mailbox for"
                    + " review. The officer was reminded of the access policy by their line"
                    + " manager on the following working day, and the supervisor confirmed that"
                    + " no footage had been viewed or downloaded before the refusal.",
                "192.168.100.200",
                at);
        case 6 ->
            t.append(
                "alice.jones",
                AuditAction.STAFF_UPDATED,
                "staff",
                Integer.toString(40 + i),
                "{\"field\":\"role\",\"from\":\"VIEWER\",\"to\":\"SUPERVISOR\"}",
                "10.0.0.5",
                at);
        case 7 -> t.append("siobhan.obrien", AuditAction.LOGOUT, null, null, "", "10.0.0.9", at);
        case 8 ->
            t.append(
                "alice.jones",
                AuditAction.REPORT_DOWNLOADED,
                "report",
                "audit-log-extract",
                "audit-log-extract-2026-09-01-to-2026-09-30.pdf",
                "10.0.0.5",
                at);
        default ->
            t.append(
                "dock:station-3",
                AuditAction.LOGIN_REFUSED_LOCKED,
                "staff",
                "carol.evans",
                "",
                "2001:db8:85a3::8a2e:370:7334",
                at);
      }
      at = at.plus(Duration.ofMinutes(270));
    }
    Instant after = Instant.parse("2026-11-02T09:00:00Z");
    for (int i = 0; i < 5; i++) {
      t.append("alice.jones", AuditAction.LOGOUT, null, null, "", "10.0.0.5", after);
      after = after.plus(Duration.ofMinutes(20));
    }
    return t;
  }

  static AuditLogExtract.Request requestFor(
      List<AuditEvent> events, long total, ChainVerification chain) {
    return new AuditLogExtract.Request(
        FROM,
        TO,
        AuditLogExtract.UK_TIME,
        COUNCIL,
        "alice.jones",
        GENERATED_AT,
        events,
        total,
        chain,
        null);
  }

  @Test
  void theTextSaysWhatTheExtractCoversAndListsTheEvents() throws Exception {
    String text = SignedPdfs.text(report.pdf());

    assertTrue(text.contains("Audit log extract"), text);
    assertTrue(text.contains(COUNCIL), "council");
    assertTrue(
        text.contains(
            "From 20/10/2026 00:00:00 BST up to, but not including, 01/11/2026 00:00:00 GMT"),
        "period in UK time, end excluded");
    assertTrue(text.contains("20 October 2026 to 31 October 2026"), "period headline");
    assertTrue(text.contains("23/11/2026 17:30:05 GMT by alice.jones"), "generated by, at");
    assertTrue(text.contains("Events in the period 60"), "event count");
    assertTrue(text.contains("All 60 events, oldest first."), "nothing left out");
    assertTrue(text.contains("6 to 65, with no gaps"), "sequence range");
    assertTrue(text.contains("Intact: 70 events checked, head is event 70."), "chain sentence");
    assertTrue(text.contains("Chain head Event 70"), "chain head");
    assertTrue(text.contains(trail.all().get(69).getHash()), "chain head hash in full");
    assertTrue(text.contains("LOGIN_SUCCEEDED 12"), "counts by action");
    assertTrue(text.contains(NON_ASCII_NAME), "non-ASCII details survive");
    assertTrue(text.contains("Page 1 of "), "page numbers");
    assertTrue(text.contains("OFFICIAL-SENSITIVE"), "protective marking");
    assertTrue(text.contains("End of extract. All 60 events in the period are listed."), "end");

    // Event 8: 20 October 14:30 UTC is 15:30 BST; event 65: 31 October 07:00 UTC is 07:00 GMT.
    assertTrue(
        text.lines()
            .anyMatch(
                line ->
                    line.startsWith("8 20/10/2026 15:30:00 bob.smith LOGIN_FAILED staff bob.smith")
                        && line.contains("192.168.100.200")
                        && line.contains(trail.all().get(7).getHash().substring(0, 12))),
        "the row of event 8");
    assertTrue(
        text.lines().anyMatch(line -> line.startsWith("65 31/10/2026 07:00:00 dock:station-3")),
        "the row of event 65, after the clocks went back");
    assertFalse(text.lines().anyMatch(line -> line.startsWith("5 ")), "event 5 is before");

    try (PDDocument document = Loader.loadPDF(report.pdf())) {
      int pages = document.getNumberOfPages();
      assertTrue(text.contains("Page " + pages + " of " + pages), "last page number");
    }
  }

  @Test
  void theMetadataSaysTheSameInXmpAndTheInformationDictionary() throws Exception {
    try (PDDocument document = Loader.loadPDF(report.pdf())) {
      PDDocumentInformation info = document.getDocumentInformation();
      String title = "Audit log extract: " + COUNCIL + ", 20 October 2026 to 31 October 2026";
      assertEquals(title, info.getTitle());
      assertEquals("alice.jones", info.getAuthor());
      assertEquals(AuditLogExtract.KIND, info.getCustomMetadataValue("ReportKind"));
      assertEquals(FROM.toString(), info.getCustomMetadataValue("PeriodStart"));
      assertEquals(GENERATED_AT, info.getCreationDate().toInstant());
      assertEquals(PdfFinishing.PRODUCER, info.getProducer());

      byte[] xmpBytes = document.getDocumentCatalog().getMetadata().toByteArray();
      DomXmpParser parser = new DomXmpParser();
      parser.setStrictParsing(false);
      XMPMetadata xmp = parser.parse(xmpBytes);
      DublinCoreSchema dc = xmp.getDublinCoreSchema();
      assertEquals(title, dc.getTitle());
      assertEquals(List.of("alice.jones"), dc.getCreators());
      assertTrue(dc.getDescription().contains("up to, but not including"), dc.getDescription());
      assertEquals(GENERATED_AT, xmp.getXMPBasicSchema().getCreateDate().toInstant());
      assertEquals(PdfFinishing.PRODUCER, xmp.getAdobePDFSchema().getProducer());
      assertEquals(info.getKeywords(), xmp.getAdobePDFSchema().getKeywords());

      String raw = new String(xmpBytes, UTF_8);
      assertTrue(raw.contains(PdfFinishing.XMP_NAMESPACE), raw);
      assertTrue(raw.contains(">" + AuditLogExtract.KIND + "<"), raw);
      assertTrue(raw.contains(">" + TO + "<"), raw);
    }
  }

  @Test
  void theFiguresAreAttachedAsJson() throws Exception {
    JsonNode figures;
    try (PDDocument document = Loader.loadPDF(report.pdf())) {
      PDComplexFileSpecification specification =
          SignedPdfs.attachment(document, "figures.json").orElseThrow();
      PDEmbeddedFile file = specification.getEmbeddedFile();
      assertEquals("application/json", file.getSubtype());
      assertEquals(
          "Data",
          specification.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")));
      COSArray associated =
          (COSArray)
              document
                  .getDocumentCatalog()
                  .getCOSObject()
                  .getDictionaryObject(COSName.getPDFName("AF"));
      assertNotNull(associated, "the catalogue's associated files");
      assertEquals(1, associated.size());
      byte[] json = file.toByteArray();
      assertEquals(json.length, file.getSize());
      figures = new ObjectMapper().readTree(new ByteArrayInputStream(json));
    }

    assertEquals(AuditLogExtract.KIND, figures.get("report").asText());
    assertEquals(FROM.toString(), figures.at("/period/from").asText());
    assertEquals(TO.toString(), figures.at("/period/to").asText());
    assertEquals("Europe/London", figures.at("/period/timeZone").asText());
    assertEquals(GENERATED_AT.toString(), figures.get("generatedAt").asText());
    assertEquals("alice.jones", figures.get("generatedBy").asText());
    assertEquals(COUNCIL, figures.get("council").asText());
    assertEquals(60, figures.get("total").asLong());
    assertEquals(60, figures.get("listed").asLong());
    assertFalse(figures.get("truncated").asBoolean());
    assertEquals(6, figures.at("/sequence/first").asLong());
    assertEquals(65, figures.at("/sequence/last").asLong());
    assertEquals(0, figures.at("/sequence/missing").asLong());
    JsonNode byAction = figures.get("countsByAction");
    assertEquals(12, byAction.get("LOGIN_SUCCEEDED").asLong());
    assertEquals(6, byAction.get("LOGIN_FAILED").asLong());
    assertEquals(6, byAction.get("STAFF_CREATED").asLong());
    assertEquals(9, byAction.size());
    assertEquals("LOGIN_SUCCEEDED", byAction.fieldNames().next(), "most frequent first");
    JsonNode chain = figures.get("chainVerification");
    assertTrue(chain.get("intact").asBoolean());
    assertEquals(70, chain.get("eventsChecked").asLong());
    assertEquals(70, chain.get("lastGoodSeq").asLong());
    assertEquals(trail.all().get(69).getHash(), chain.get("lastGoodHash").asText());
    assertTrue(chain.get("firstBreak").isNull());
  }

  @Test
  void theSignatureVerifiesAgainstTheSignedBytesAndTheCertificate() throws Exception {
    assertTrue(SignedPdfs.signatureVerifies(report.pdf(), key.certificate()));
    try (PDDocument document = Loader.loadPDF(report.pdf())) {
      var signature = document.getSignatureDictionaries().get(0);
      assertEquals(GENERATED_AT, signature.getSignDate().toInstant());
      assertEquals(SigningKey.DEVELOPMENT_COMMON_NAME, signature.getName());
      assertEquals(COUNCIL, signature.getLocation());
    }
  }

  @Test
  void aChangedByteBreaksTheSignature() throws Exception {
    byte[] tampered = report.pdf().clone();
    // A byte of the binary comment on the second line: the file still parses, but is not the
    // file that was signed.
    int secondLine = new String(tampered, 0, 64, UTF_8).indexOf('\n') + 2;
    tampered[secondLine] ^= 0x01;
    assertFalse(SignedPdfs.signatureVerifies(tampered, key.certificate()));
  }

  @Test
  void popplerSaysTheSignatureIsValid() throws Exception {
    String output = SignedPdfs.pdfsig(sample);
    assertTrue(output.contains("Signature is Valid"), output);
    assertTrue(output.contains(SigningKey.DEVELOPMENT_COMMON_NAME), output);
    assertTrue(output.contains("SHA-256") || output.contains("SHA256"), output);
  }

  @Test
  void theReportKnowsItsNameAndHash() throws Exception {
    assertEquals("audit-log-extract-2026-10-20-to-2026-10-31.pdf", report.fileName());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(report.pdf())),
        report.sha256());
  }

  @Test
  void aFilteredExtractSaysWhichEventsItListsAndThatTheGapsAreTheOthers() throws Exception {
    List<AuditEvent> everyOther = new java.util.ArrayList<>();
    List<AuditEvent> inPeriod = trail.between(FROM, TO);
    for (int i = 0; i < inPeriod.size(); i += 2) {
      everyOther.add(inPeriod.get(i));
    }
    var request =
        new AuditLogExtract.Request(
            FROM,
            TO,
            AuditLogExtract.UK_TIME,
            COUNCIL,
            "alice.jones",
            GENERATED_AT,
            everyOther,
            everyOther.size(),
            trail.verify(),
            "by bob.smith, action FOOTAGE_PLAYED");
    SignedReport filtered = extract.produce(request);

    String text = SignedPdfs.text(filtered.pdf()).replaceAll("\\s+", " ");
    assertTrue(text.contains("Only the events by bob.smith, action FOOTAGE_PLAYED."), text);
    assertTrue(text.contains("do not match the filter are not in this extract"), text);
    assertTrue(
        AuditLogExtract.figures(request)
            .contains("\"filter\": \"by bob.smith, action FOOTAGE_PLAYED\""),
        AuditLogExtract.figures(request));
  }

  @Test
  void anEmptyPeriodGivesAValidExtractSayingSo() throws Exception {
    Instant from = LocalDate.of(2026, 12, 1).atStartOfDay(AuditLogExtract.UK_TIME).toInstant();
    Instant to = from.plus(Duration.ofDays(1));
    SignedReport empty =
        extract.produce(
            new AuditLogExtract.Request(
                from,
                to,
                AuditLogExtract.UK_TIME,
                COUNCIL,
                "alice.jones",
                GENERATED_AT,
                List.of(),
                0,
                trail.verify(),
                null));

    String text = SignedPdfs.text(empty.pdf());
    assertTrue(text.contains("No audit events were recorded in this period."), text);
    assertTrue(text.contains("Tuesday 1 December 2026"), text);
    assertTrue(text.contains("Page 1 of 1"), text);
    assertFalse(text.contains("Source address"), "no table header without rows");
    assertTrue(SignedPdfs.signatureVerifies(empty.pdf(), key.certificate()));
    assertEquals("audit-log-extract-2026-12-01-to-2026-12-01.pdf", empty.fileName());
    try (PDDocument document = Loader.loadPDF(empty.pdf())) {
      assertEquals(1, document.getNumberOfPages());
    }
  }

  @Test
  void aTruncatedExtractSaysHowMuchIsMissing() throws Exception {
    List<AuditEvent> firstTen = trail.between(FROM, TO).subList(0, 10);
    SignedReport cut = extract.produce(requestFor(firstTen, 60, trail.verify()));

    String text = SignedPdfs.text(cut.pdf());
    assertTrue(text.contains("Only the first 10 of the 60 events"), text);
    assertTrue(text.contains("Events by action (listed events only)"), text);
    assertTrue(text.contains("The first 10 of the 60 events in the period are listed"), text);
    try (PDDocument document = Loader.loadPDF(cut.pdf())) {
      byte[] json =
          SignedPdfs.attachment(document, "figures.json")
              .orElseThrow()
              .getEmbeddedFile()
              .toByteArray();
      JsonNode figures = new ObjectMapper().readTree(json);
      assertTrue(figures.get("truncated").asBoolean());
      assertEquals(60, figures.get("total").asLong());
      assertEquals(10, figures.get("listed").asLong());
    }
  }

  @Test
  void aBrokenChainIsReportedAsBroken() throws Exception {
    AuditEvent lastGood = trail.all().get(40);
    ChainVerification broken =
        new ChainVerification(
            70,
            41,
            lastGood.getHash(),
            new ChainVerification.Break(
                42, "its contents do not match its hash (the row was altered)"));
    SignedReport report = extract.produce(requestFor(trail.between(FROM, TO), 60, broken));

    String text = SignedPdfs.text(report.pdf());
    assertTrue(text.contains("Broken at event 42"), text);
    assertTrue(text.contains("Last intact event Event 41"), text);
    assertTrue(text.contains(lastGood.getHash()), text);
  }

  @Test
  void aRequestThatMisstatesItsScopeIsRefused() {
    List<AuditEvent> all = trail.all();
    assertThrows(
        IllegalArgumentException.class,
        () -> requestFor(all, all.size(), trail.verify()),
        "events outside the period");
    List<AuditEvent> inPeriod = trail.between(FROM, TO);
    assertThrows(
        IllegalArgumentException.class,
        () -> requestFor(inPeriod, 59, trail.verify()),
        "fewer in the period than listed");
    List<AuditEvent> backwards = List.of(inPeriod.get(1), inPeriod.get(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> requestFor(backwards, 2, trail.verify()),
        "out of order");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new AuditLogExtract.Request(
                TO,
                FROM,
                AuditLogExtract.UK_TIME,
                COUNCIL,
                "alice.jones",
                GENERATED_AT,
                List.of(),
                0,
                trail.verify(),
                null),
        "backwards period");
  }

  @Test
  void detailsAreCutAtTheLimitAndSaySo() {
    String longDetails = "x".repeat(AuditEventRows.DETAILS_LIMIT + 500);
    String printed = AuditEventRows.details(longDetails);
    assertTrue(printed.endsWith("[2,000 of 2,500 characters shown]"), printed);
    assertEquals("a\nb\uFFFDc", AuditEventRows.printable("a\r\nb\u0007c"));
  }
}
