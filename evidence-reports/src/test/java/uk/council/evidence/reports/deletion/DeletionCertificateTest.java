package uk.council.evidence.reports.deletion;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.ReportTemplates;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.DevelopmentKeys;
import uk.council.evidence.reports.pdf.PdfFinishing;
import uk.council.evidence.reports.pdf.SignedPdfs;
import uk.council.evidence.reports.pdf.SigningKey;
import uk.council.evidence.retention.entity.DeletionRecord;
import uk.council.evidence.retention.entity.DeletionsInPeriod;

/**
 * Produces real certificates, signed with a development key, from deletion records as the sweep
 * writes them, and reads them back as a recipient would: text, figures, signature.
 */
class DeletionCertificateTest {

  static final String COUNCIL = DevelopmentKeys.COUNCIL;
  static final String RULE =
      "due: recorded start + 31 days (at least 7 days after arrival; 7 days after the last hold)";
  static final String WEARER = "Siân O’Brien";

  /** 20 October to 31 October 2026, UK days: the clocks go back on the 25th. */
  static final ReportPeriod PERIOD =
      ReportPeriod.ofDays(
          LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 31), ReportPeriod.UK_TIME);

  static final Instant GENERATED_AT = Instant.parse("2026-11-23T17:30:05Z");

  static SigningKey key;
  static DeletionCertificate certificate;
  static List<DeletionRecord> records;
  static SignedReport report;
  static String text;

  @BeforeAll
  static void produceACertificate() throws Exception {
    key = DevelopmentKeys.key();
    certificate =
        new DeletionCertificate(
            new uk.council.evidence.reports.SignedPdfs(
                new ReportTemplates(), new PdfFinishing(key)));
    records = deletions(40, PERIOD.from().plus(Duration.ofHours(6)), RULE);
    report = certificate.produce(request(PERIOD, records));
    text = SignedPdfs.text(report.pdf());

    // For people: look at it with any PDF reader, or pdftoppm -png -r 60.
    Path sample =
        Path.of(System.getProperty("basedir", "."), "target", "sample-deletion-certificate.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, report.pdf());
  }

  /**
   * {@code count} deletions seven hours apart from {@code first}: every fifth unattributed and
   * without a service area, every tenth deleted two hours after falling due (late), the rest ten
   * minutes after. Ids from 900001, each with the SHA-256 of its own content.
   */
  static List<DeletionRecord> deletions(int count, Instant first, String rule) {
    List<DeletionRecord> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant deleted = first.plus(Duration.ofHours(7L * i));
      Duration after = i % 10 == 9 ? Duration.ofHours(2) : Duration.ofMinutes(10);
      Instant due = deleted.minus(after);
      Instant start = due.minus(Duration.ofDays(31));
      boolean unattributed = i % 5 == 4;
      list.add(
          new DeletionRecord(
              900_001 + i,
              "VB4-" + String.format("%06d", 100 + i % 7),
              unattributed ? null : (i % 2 == 0 ? WEARER : "Dai Jones"),
              unattributed ? null : "Parking Services",
              start,
              start.plus(Duration.ofSeconds(20 + i)),
              start.plus(Duration.ofHours(9)),
              1_000_000L + 1_000L * i,
              sha256("recording " + (900_001 + i)),
              rule,
              due,
              deleted));
    }
    return list;
  }

  static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static DeletionCertificate.Request request(ReportPeriod period, List<DeletionRecord> listed) {
    return new DeletionCertificate.Request(
        new ReportHeading(COUNCIL, period, "carol.evans", GENERATED_AT),
        new DeletionsInPeriod(listed, listed.size()));
  }

  static int pages(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  static int occurrences(String haystack, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void theTextSaysWhatTheCertificateCoversAndListsEveryDeletion() throws Exception {
    assertTrue(text.contains("Deletion certificate"), text);
    assertTrue(text.contains(COUNCIL), "council");
    assertTrue(text.contains("20 October 2026 to 31 October 2026"), "period headline");
    assertTrue(
        text.contains(
            "From 20/10/2026 00:00:00 BST up to, but not including, 01/11/2026 00:00:00 GMT"),
        "period in UK time, end excluded");
    assertTrue(text.contains("23/11/2026 17:30:05 GMT by carol.evans"), "generated by, at");
    assertTrue(text.contains("Recordings deleted 40"), "count");
    assertTrue(text.contains("Total size 40,780,000 bytes (40.8 MB)"), "bytes");
    assertTrue(text.contains("Deleted on time 36"), "on time");
    assertTrue(
        text.contains("Deleted late 4, that is, more than 60 minutes after falling due"), "late");
    assertTrue(text.contains("Every deletion applied: " + RULE.substring(0, 30)), "rule once");
    assertFalse(text.contains("Rule: due"), "no rule per row when all rows share it");
    assertTrue(text.contains("OFFICIAL-SENSITIVE"), "protective marking");
    assertTrue(text.contains(WEARER), "non-ASCII names survive");
    assertTrue(text.contains("Unattributed"), "a recording nobody wore");
    assertTrue(
        text.contains("End of certificate. All 40 recordings deleted in the period are listed."));

    for (DeletionRecord d : records) {
      assertTrue(text.contains(d.sha256()), "the full SHA-256 of " + d.recordingId());
      assertTrue(
          text.lines().anyMatch(l -> l.startsWith(d.recordingId() + " " + d.cameraSerial() + " ")),
          "the row of " + d.recordingId());
    }
    // Recording 900001 was deleted at 06:00 BST on 20 October, due ten minutes before.
    assertTrue(
        text.lines()
            .anyMatch(
                l ->
                    l.startsWith("900001 VB4-000100 " + WEARER + " Parking Services")
                        && l.contains("1,000,000")
                        && l.contains(records.get(0).sha256())),
        text);
    assertTrue(text.contains("05:50:00 06:00:00"), "due and deleted times, UK time");
    assertTrue(text.contains("late"), "late rows say so");
    int pages = pages(report.pdf());
    assertTrue(text.contains("Page " + pages + " of " + pages), "page numbers");
  }

  @Test
  void theFiguresAreAttachedAsJson() throws Exception {
    JsonNode figures;
    try (PDDocument document = Loader.loadPDF(report.pdf())) {
      byte[] json =
          SignedPdfs.attachment(document, "figures.json")
              .orElseThrow()
              .getEmbeddedFile()
              .toByteArray();
      figures = new ObjectMapper().readTree(json);
    }
    assertEquals(DeletionCertificate.KIND, figures.get("report").asText());
    assertEquals(PERIOD.from().toString(), figures.at("/period/from").asText());
    assertEquals(PERIOD.to().toString(), figures.at("/period/to").asText());
    assertTrue(figures.at("/period/toIsExclusive").asBoolean());
    assertEquals("Europe/London", figures.at("/period/timeZone").asText());
    assertEquals(COUNCIL, figures.get("council").asText());
    assertEquals("carol.evans", figures.get("generatedBy").asText());
    assertEquals(GENERATED_AT.toString(), figures.get("generatedAt").asText());
    assertEquals(40, figures.get("deleted").asLong());
    assertEquals(40_780_000L, figures.get("totalBytes").asLong());
    assertEquals(36, figures.get("onTime").asLong());
    assertEquals(4, figures.get("late").asLong());
    assertEquals(3600, figures.get("lateAfterSeconds").asLong());
    assertEquals(records.get(0).deletedAt().toString(), figures.get("firstDeletedAt").asText());
    assertEquals(1, figures.get("rules").size());
    assertEquals(RULE, figures.at("/rules/0/rule").asText());
    assertEquals(40, figures.at("/rules/0/deleted").asLong());
  }

  @Test
  void theSignatureVerifiesAndTheMetadataNamesTheCertificate() throws Exception {
    assertTrue(SignedPdfs.signatureVerifies(report.pdf(), key.certificate()));
    try (PDDocument document = Loader.loadPDF(report.pdf())) {
      assertEquals(
          "Deletion certificate: " + COUNCIL + ", 20 October 2026 to 31 October 2026",
          document.getDocumentInformation().getTitle());
      assertEquals(
          DeletionCertificate.KIND,
          document.getDocumentInformation().getCustomMetadataValue("ReportKind"));
      assertEquals(
          "Deletion certificate as generated by BWV Evidence",
          document.getSignatureDictionaries().get(0).getReason());
    }
    assertEquals("deletion-certificate-2026-10-20-to-2026-10-31.pdf", report.fileName());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(report.pdf())),
        report.sha256());
  }

  @Test
  void popplerSaysTheSignatureIsValid() throws Exception {
    Path file = Files.createTempFile("deletion-certificate", ".pdf");
    try {
      Files.write(file, report.pdf());
      String output = SignedPdfs.pdfsig(file);
      assertTrue(output.contains("Signature is Valid"), output);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aPeriodWithoutDeletionsGivesAValidCertificateSayingSo() throws Exception {
    ReportPeriod day =
        ReportPeriod.ofDays(
            LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), ReportPeriod.UK_TIME);
    SignedReport empty = certificate.produce(request(day, List.of()));

    String emptyText = SignedPdfs.text(empty.pdf());
    assertTrue(emptyText.contains("Tuesday 1 December 2026"), emptyText);
    assertTrue(emptyText.contains("Recordings deleted 0"), emptyText);
    assertTrue(emptyText.contains("None: no recordings were deleted in this period."));
    assertTrue(
        emptyText.contains("End of certificate. No recordings were deleted in this period."));
    assertFalse(emptyText.contains("SHA-256 of the original file"), "no table without rows");
    assertEquals(1, pages(empty.pdf()));
    assertTrue(SignedPdfs.signatureVerifies(empty.pdf(), key.certificate()));
    assertEquals("deletion-certificate-2026-12-01-to-2026-12-01.pdf", empty.fileName());
  }

  @Test
  void twoThousandDeletionsRunOverManyPagesWithTheHeaderOnEach() throws Exception {
    ReportPeriod twoYears =
        ReportPeriod.ofDays(
            LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), ReportPeriod.UK_TIME);
    List<DeletionRecord> many = deletions(2_000, twoYears.from().plus(Duration.ofHours(1)), RULE);
    SignedReport big = certificate.produce(request(twoYears, many));

    String bigText = SignedPdfs.text(big.pdf());
    int pages = pages(big.pdf());
    assertTrue(pages > 1, "pages: " + pages);
    assertEquals(pages, occurrences(bigText, "SHA-256 of the original file"), "a header a page");
    assertTrue(bigText.contains("Recordings deleted 2,000"), "count");
    assertTrue(bigText.contains("Page " + pages + " of " + pages));
    DeletionRecord last = many.get(many.size() - 1);
    assertTrue(bigText.contains(last.sha256()), "the last row");
    assertEquals(2_000, occurrences(bigText, "VB4-0001"), "every row, each once");
    assertTrue(SignedPdfs.signatureVerifies(big.pdf(), key.certificate()));
  }

  @Test
  void whenTheRulesDifferEachRowGivesItsOwn() throws Exception {
    List<DeletionRecord> mixed = new ArrayList<>(deletions(3, PERIOD.from(), RULE));
    DeletionRecord older = mixed.get(2);
    String oldRule = "due: recorded start + 28 days (policy before 1 October 2026)";
    mixed.set(
        2,
        new DeletionRecord(
            older.recordingId(),
            older.cameraSerial(),
            older.wearer(),
            older.serviceArea(),
            older.recordedStart(),
            older.recordedEnd(),
            older.uploadedAt(),
            older.sizeBytes(),
            older.sha256(),
            oldRule,
            older.dueAt(),
            older.deletedAt()));
    String mixedText = SignedPdfs.text(certificate.produce(request(PERIOD, mixed)).pdf());
    assertTrue(mixedText.contains("2 different rules: each row gives its own, beneath it."));
    assertEquals(2, occurrences(mixedText, "Rule: " + RULE.substring(0, 40)), mixedText);
    assertEquals(1, occurrences(mixedText, "Rule: " + oldRule), mixedText);
  }

  @Test
  void aRequestThatMisstatesWhatItCertifiesIsRefused() {
    ReportHeading heading = new ReportHeading(COUNCIL, PERIOD, "carol.evans", GENERATED_AT);
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeletionCertificate.Request(heading, new DeletionsInPeriod(records, 41)),
        "incomplete");
    List<DeletionRecord> outside = deletions(1, PERIOD.to(), RULE);
    assertThrows(
        IllegalArgumentException.class, () -> request(PERIOD, outside), "outside the period");
    List<DeletionRecord> backwards = List.of(records.get(1), records.get(0));
    assertThrows(IllegalArgumentException.class, () -> request(PERIOD, backwards), "out of order");
    List<DeletionRecord> twice = List.of(records.get(0), records.get(0));
    assertThrows(IllegalArgumentException.class, () -> request(PERIOD, twice), "twice");
  }

  @Test
  void sizesAreExactAndReadable() {
    assertEquals("999 bytes", DeletionCertificate.sizeText(999));
    assertEquals("1 byte", DeletionCertificate.sizeText(1));
    assertEquals("1,500,000 bytes (1.5 MB)", DeletionCertificate.sizeText(1_500_000));
    assertEquals("12,345,678,901 bytes (12.3 GB)", DeletionCertificate.sizeText(12_345_678_901L));
  }
}
