package uk.council.evidence.reports.disclosure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.council.evidence.casework.entity.ClipRange;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.ReportTemplates;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.disclosure.ContinuityStatement.Clip;
import uk.council.evidence.reports.disclosure.ContinuityStatement.CustodyEvent;
import uk.council.evidence.reports.disclosure.ContinuityStatement.DisclosedFile;
import uk.council.evidence.reports.disclosure.ContinuityStatement.Disclosure;
import uk.council.evidence.reports.disclosure.ContinuityStatement.Exhibit;
import uk.council.evidence.reports.disclosure.ContinuityStatement.Recording;
import uk.council.evidence.reports.pdf.DevelopmentKeys;
import uk.council.evidence.reports.pdf.PdfFinishing;
import uk.council.evidence.reports.pdf.SignedPdfs;
import uk.council.evidence.reports.pdf.SigningKey;

/**
 * Produces real statements, signed with a development key, for a clip and for an original, and
 * reads them back as a recipient would: Poppler's pdftotext and pdfsig, the attached data, the
 * metadata.
 */
class ContinuityStatementTest {

  static final String COUNCIL = DevelopmentKeys.COUNCIL;
  static final Instant GENERATED_AT = Instant.parse("2026-11-23T17:30:05Z");

  /** 10:14:03 BST; the clocks go back on 25 October, before the clip is cut. */
  static final Instant RECORDED_START = Instant.parse("2026-10-10T09:14:03Z");

  static final ReportPeriod CUSTODY_PERIOD =
      new ReportPeriod(RECORDED_START, GENERATED_AT, ReportPeriod.UK_TIME);
  static final String RECIPIENT = "PC 1234 Jane Doe, Metropolitan Police Service; CPS London South";
  static final String LAWFUL_BASIS =
      "UK GDPR Art. 6(1)(e); DPA 2018 Sch. 2 Pt 1 para 2 (crime and taxation)";
  static final String WEARER = "Siân O’Brien";
  static final String POLICE_REFERENCE = "MPS/2026/118834";
  static final String CPS_URN = "01YE1234526";
  static final String HASH_HEADER = "Hash of the event in the audit chain";

  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK).withZone(ReportPeriod.UK_TIME);
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss z", Locale.UK).withZone(ReportPeriod.UK_TIME);

  static SigningKey key;
  static ContinuityStatement statement;

  static ContinuityStatement.Request clipRequest;
  static SignedReport clipReport;
  static String clipText;

  static ContinuityStatement.Request originalRequest;
  static SignedReport originalReport;
  static String originalText;

  @BeforeAll
  static void produceAStatementForAClipAndOneForAnOriginal() throws Exception {
    key = DevelopmentKeys.key();
    statement =
        new ContinuityStatement(
            new uk.council.evidence.reports.SignedPdfs(
                new ReportTemplates(), new PdfFinishing(key)));

    clipRequest =
        request(
            exhibit(POLICE_REFERENCE, CPS_URN),
            recording(WEARER, "Parking Services"),
            clip(),
            events(3));
    clipReport = statement.produce(clipRequest);
    clipText = pdftotext(clipReport.pdf());

    Recording unattributed = recording(null, null);
    originalRequest =
        request(
            exhibit(null, null),
            unattributed,
            new DisclosedFile(
                "exhibits/JS-1.mp4", unattributed.sha256(), unattributed.sizeBytes(), null),
            List.of());
    originalReport = statement.produce(originalRequest);
    originalText = pdftotext(originalReport.pdf());

    // For people: look at them with any PDF reader, or pdftoppm -png -r 60.
    Path target = Path.of(System.getProperty("basedir", "."), "target");
    Files.createDirectories(target);
    Files.write(target.resolve("sample-continuity-statement-clip.pdf"), clipReport.pdf());
    Files.write(target.resolve("sample-continuity-statement-original.pdf"), originalReport.pdf());
  }

  static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Recording recording(String wearer, String area) {
    return new Recording(
        4711,
        "VB400-018822",
        wearer,
        area,
        RECORDED_START,
        RECORDED_START.plus(Duration.ofSeconds(270)),
        Duration.ofSeconds(270),
        187_654_321L,
        sha256("recording 4711"),
        "Riverside depot dock 2",
        Instant.parse("2026-10-10T14:02:11Z"));
  }

  static Exhibit exhibit(String police, String urn) {
    return new Exhibit(
        "JS/1", "Jo Smith", "BWV-2026-0007", "Assault on a member of staff", police, urn);
  }

  static Disclosure disclosure() {
    return new Disclosure(
        "DP-2026-0003",
        RECIPIENT,
        LAWFUL_BASIS,
        "Investigation and prosecution of an assault on a civil enforcement officer",
        Instant.parse("2027-11-23T00:00:00Z"));
  }

  /** 1:05 to 1:35, asked for from 1:06.5, cut on 2 November (GMT). */
  static DisclosedFile clip() {
    return new DisclosedFile(
        "exhibits/JS-1.mp4",
        sha256("clip JS/1"),
        12_345_678L,
        new Clip(
            Duration.ofSeconds(65),
            Duration.ofSeconds(95),
            new ClipRange(Duration.ofMillis(66_500), Duration.ofSeconds(95)),
            "jo.smith",
            Instant.parse("2026-11-02T10:20:00Z")));
  }

  /**
   * {@code count} events half an hour apart from 16:00 BST on 10 October, sequence numbers seven
   * apart from 1041 (the log holds other events between them), each with the hash of its own
   * number.
   */
  static List<CustodyEvent> events(int count) {
    String[] actions = {
      "FOOTAGE_UPLOADED", "FOOTAGE_VIEWED", "FOOTAGE_PLAYED", "HOLD_PLACED", "EXHIBIT_ADDED"
    };
    Instant first = Instant.parse("2026-10-10T15:00:00Z");
    List<CustodyEvent> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long seq = 1041 + 7L * i;
      list.add(
          new CustodyEvent(
              seq,
              first.plus(Duration.ofMinutes(30L * i)),
              i % 3 == 0 ? "siân.obrien" : "jo.smith",
              actions[i % actions.length],
              "Recording 4711, step " + i,
              sha256("event " + seq)));
    }
    return list;
  }

  static ContinuityStatement.Request request(
      Exhibit exhibit, Recording recording, DisclosedFile file, List<CustodyEvent> events) {
    return new ContinuityStatement.Request(
        new ReportHeading(COUNCIL, CUSTODY_PERIOD, "carol.evans", GENERATED_AT),
        exhibit,
        recording,
        file,
        disclosure(),
        events,
        0);
  }

  @Test
  void aRedactedCopysStatementSaysWhoMadeAndCheckedItAndWhatItHides() throws Exception {
    var base = originalRequest;
    var redacted =
        new ContinuityStatement.Request(
            base.heading(),
            new ContinuityStatement.RequestFootage(
                "SAR-2026-0042", "Subject access request", "Carol Evans"),
            base.recording(),
            new DisclosedFile(
                "recordings/recording-4711/VB400-018822_20261010-160000_redacted.mp4",
                sha256("redacted copy of 4711"),
                98_765_432L,
                null,
                new ContinuityStatement.Redacted(
                    "carol.evans",
                    Instant.parse("2026-11-03T09:15:00Z"),
                    "dee.patel",
                    List.of(
                        "Track 2 (face, found automatically, 0:05 to 0:41) blurred: another person",
                        "Sound muted from 1:10 to 1:20: another person")),
                null),
            base.disclosure(),
            base.custody(),
            0);
    String text = SignedPdfs.text(statement.produce(redacted).pdf()).replaceAll("\\s+", " ");
    assertTrue(text.contains("A redacted copy: a new file made from the whole recording"), text);
    assertTrue(text.contains("made by carol.evans"), text);
    assertTrue(text.contains("watched to the end by dee.patel"), text);
    assertTrue(text.contains("Sound muted from 1:10 to 1:20: another person"), text);
    String data = ContinuityStatement.data(redacted);
    assertTrue(data.contains("\"kind\": \"redacted copy\""), data);
    assertTrue(data.contains("\"checkedBy\": \"dee.patel\""), data);

    var unredacted =
        new ContinuityStatement.Request(
            base.heading(),
            redacted.source(),
            base.recording(),
            new DisclosedFile(
                base.file().path(),
                base.file().sha256(),
                base.file().sizeBytes(),
                null,
                null,
                "The footage shows no one but the requester."),
            base.disclosure(),
            base.custody(),
            0);
    text = SignedPdfs.text(statement.produce(unredacted).pdf()).replaceAll("\\s+", " ");
    assertTrue(
        text.contains(
            "disclosed without redaction because: The footage shows no one but the requester."),
        text);
  }

  @Test
  void refusedAttemptsAreCountedBesideTheChainNeverListedInIt() throws Exception {
    var base = originalRequest;
    var withRefusals =
        new ContinuityStatement.Request(
            base.heading(),
            base.source(),
            base.recording(),
            base.file(),
            base.disclosure(),
            base.custody(),
            18);
    String text = SignedPdfs.text(statement.produce(withRefusals).pdf()).replaceAll("\\s+", " ");
    assertTrue(
        text.contains("18 attempts to open the recording by people not allowed to are not listed"),
        text);
    assertTrue(
        ContinuityStatement.data(withRefusals).contains("\"refusedAttempts\": 18"),
        ContinuityStatement.data(withRefusals));
  }

  /**
   * What Poppler's pdftotext reads, in layout mode, with each run of spaces made one: a table row
   * is then one line. Fails, rather than skips, when Poppler is not installed.
   */
  static String pdftotext(byte[] pdf) throws Exception {
    Path file = Files.createTempFile("continuity", ".pdf");
    try {
      Files.write(file, pdf);
      Process process;
      try {
        process =
            new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
      } catch (IOException e) {
        return fail(
            "pdftotext (Poppler) is not installed: install the Debian package poppler-utils", e);
      }
      String output = new String(process.getInputStream().readAllBytes(), UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext finished");
      assertEquals(0, process.exitValue(), output);
      return output
          .lines()
          .map(line -> line.strip().replaceAll(" {2,}", " "))
          .collect(Collectors.joining("\n", "", "\n"));
    } finally {
      Files.deleteIfExists(file);
    }
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

  static JsonNode data(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      byte[] json =
          SignedPdfs.attachment(document, "continuity.json")
              .orElseThrow()
              .getEmbeddedFile()
              .toByteArray();
      return new ObjectMapper().readTree(json);
    }
  }

  /**
   * Each event is a row, "seq day who action details", with its time and full hash on the line
   * beneath, once, in sequence order.
   */
  static void assertEveryEventIsListedInOrder(String text, List<CustodyEvent> events) {
    List<String> lines = text.lines().toList();
    int previous = -1;
    for (CustodyEvent e : events) {
      String row =
          e.seq()
              + " "
              + DAY.format(e.at())
              + " "
              + e.actor()
              + " "
              + e.action()
              + " "
              + e.details();
      int at = lines.indexOf(row);
      assertTrue(at > previous, "the row of event " + e.seq() + ", after the one before: " + row);
      assertEquals(TIME.format(e.at()) + " " + e.hash(), lines.get(at + 1), "event " + e.seq());
      assertEquals(1, occurrences(text, e.hash()), "event " + e.seq() + "'s hash, once");
      previous = at;
    }
  }

  static void assertPagesAreNumbered(String text, int pages) {
    List<String> numbers = new ArrayList<>();
    Matcher m = Pattern.compile("Page (\\d+) of (\\d+)").matcher(text);
    while (m.find()) {
      numbers.add(m.group());
    }
    List<String> expected = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      expected.add("Page " + page + " of " + pages);
    }
    assertEquals(expected, numbers);
  }

  @Test
  void aClipsStatementSaysWhereTheFileCameFromAndListsEveryEvent() throws Exception {
    String t = clipText;
    assertTrue(t.contains("Continuity statement — exhibit JS/1\n"), t);
    assertTrue(t.contains(COUNCIL), "council");
    assertTrue(t.contains("OFFICIAL-SENSITIVE"), "protective marking");
    assertTrue(
        t.contains(
            "Period covered From 10/10/2026 10:14:03 BST up to, but not including, 23/11/2026"
                + " 17:30:05 GMT"),
        "the custody period, UK time");
    assertTrue(t.contains("Generated 23/11/2026 17:30:05 GMT by carol.evans"), "generated");
    assertTrue(t.contains("Certificate SHA-256 " + key.fingerprint() + ","), "whole fingerprint");

    assertTrue(t.contains("Case reference BWV-2026-0007\n"), "case");
    assertTrue(t.contains("Case type Assault on a member of staff\n"), "case type");
    assertTrue(t.contains("Police crime reference " + POLICE_REFERENCE + "\n"), "police");
    assertTrue(t.contains("CPS URN " + CPS_URN + "\n"), "CPS");
    assertTrue(t.contains("Exhibit JS/1\n"), "exhibit");
    assertTrue(t.contains("Produced by Jo Smith\n"), "producer");

    assertTrue(t.contains("Package DP-2026-0003\n"), "package");
    assertTrue(t.contains("Disclosed to " + RECIPIENT + "\n"), "recipient");
    assertTrue(t.contains("Lawful basis " + LAWFUL_BASIS + "\n"), "lawful basis");
    assertTrue(t.contains("Permission expires 23/11/2027 00:00:00 GMT\n"), "expiry");

    Recording r = clipRequest.recording();
    assertTrue(t.contains("Recording 4711\n"), "recording id");
    assertTrue(t.contains("Camera VB400-018822\n"), "camera");
    assertTrue(t.contains("Worn by " + WEARER + "\n"), "wearer, accents kept");
    assertTrue(t.contains("Service area Parking Services\n"), "area");
    assertTrue(
        t.contains("Recorded 10/10/2026 10:14:03 BST to 10/10/2026 10:18:33 BST\n"), "recorded");
    assertTrue(t.contains("Length 4:30 (4 minutes 30 seconds)\n"), "length");
    assertTrue(t.contains("Size of the original 187,654,321 bytes (187.7 MB)\n"), "size");
    assertTrue(t.contains("SHA-256 of the original " + r.sha256() + "\n"), "the whole hash");
    assertTrue(
        t.contains("Uploaded 10/10/2026 15:02:11 BST, from the dock “Riverside depot dock 2”\n"),
        "upload");

    DisclosedFile f = clipRequest.file();
    assertTrue(t.contains("File in the package exhibits/JS-1.mp4\n"), "path");
    assertTrue(t.contains("What it is A clip: a new file cut from part of the recording\n"));
    assertTrue(
        t.replaceAll("\\s+", " ")
            .contains(
                "Part of the recording 1:05 to 1:35 of the recording (30 seconds). Asked for 1:06.5"
                    + " to 1:35: cut without re-encoding, a clip starts on the key frame at or"
                    + " before the start asked for"),
        "the range cut and the range asked for");
    assertTrue(t.contains("Cut by jo.smith, 02/11/2026 10:20:00 GMT\n"), "who cut it, when");
    assertTrue(t.contains("Size 12,345,678 bytes (12.3 MB)\n"), "clip size");
    assertTrue(t.contains("SHA-256 of this file " + f.sha256() + "\n"), "the clip's hash");
    assertEquals(1, occurrences(t, r.sha256()), "the original's hash, once");
    assertFalse(t.contains("exact copy"), "a clip is not said to be the original");

    assertTrue(t.contains("All 3 events recorded in the audit log"), "custody scope");
    assertEquals(pages(clipReport.pdf()), occurrences(t, HASH_HEADER), "a table header a page");
    assertEveryEventIsListedInOrder(t, clipRequest.custody());

    assertTrue(t.contains("Linux: sha256sum exhibits/JS-1.mp4\n"), "how to hash the file");
    assertTrue(t.contains("sha256sum -c SHA256SUMS"), "how to check the package");
    assertTrue(t.contains("pdfsig continuity-JS-1.pdf\n"), "how to check the signature");
    assertTrue(t.contains("the hash of the entry before it"), "how the audit chain works");
    assertTrue(
        t.contains("End of the continuity statement for exhibit JS/1. All 3 custody events are"),
        t);
    assertPagesAreNumbered(t, pages(clipReport.pdf()));
  }

  @Test
  void anOriginalsStatementSaysItsHashIsTheRecordingsAndGapsReadSensibly() throws Exception {
    String t = originalText;
    String hash = originalRequest.recording().sha256();
    assertTrue(t.contains("SHA-256 of the original " + hash + "\n"), t);
    assertTrue(t.contains("SHA-256 of this file " + hash + "\n"), t);
    assertEquals(2, occurrences(t, hash), "the same hash, for the recording and the file");
    assertTrue(t.contains("What it is The original recording, unaltered\n"));
    assertTrue(
        t.contains(
            "The SHA-256 of this file is the same as the SHA-256 of the original recording above"),
        "says so in words");
    assertTrue(t.contains("exact copy of the original recording, bit for bit."));
    assertFalse(t.contains("Part of the recording"), "no clip range for an original");
    assertFalse(t.contains("Cut by"), "nobody cut it");

    assertTrue(
        t.contains(
            "Worn by Unattributed: the camera was not assigned to anyone when recording"
                + " started\n"),
        "no wearer");
    assertTrue(t.contains("Service area None recorded\n"), "no area");
    assertTrue(t.contains("Police crime reference None recorded\n"), "no police reference");
    assertTrue(t.contains("CPS URN None recorded\n"), "no URN");
    assertFalse(t.contains("null"), "no nulls");

    assertTrue(t.contains("No events are recorded in the audit log"), "no events, said so");
    assertFalse(t.contains(HASH_HEADER), "no table without rows");
    assertTrue(t.contains("No custody events are recorded in the period covered."));
    assertPagesAreNumbered(t, pages(originalReport.pdf()));
    assertTrue(SignedPdfs.signatureVerifies(originalReport.pdf(), key.certificate()));
  }

  @Test
  void twoThousandEventsRunOverManyPagesAndNoneIsLeftOut() throws Exception {
    List<CustodyEvent> many = events(2_000);
    ContinuityStatement.Request big =
        request(
            exhibit(POLICE_REFERENCE, null), recording(WEARER, "Parking Services"), clip(), many);
    SignedReport report = statement.produce(big);
    String t = pdftotext(report.pdf());

    int pages = pages(report.pdf());
    assertTrue(pages > 40, "pages: " + pages);
    assertEveryEventIsListedInOrder(t, many);
    // Every page has the table's header but the last, which has only the closing text.
    assertTrue(occurrences(t, HASH_HEADER) >= pages - 1, "a table header a page");
    assertTrue(t.contains("All 2,000 events recorded in the audit log"));
    assertTrue(t.contains("All 2,000 custody events are listed."));
    // Event 6732, in the row "6732 27/10/2026 ...", is at 13:30 UTC and so 13:30 GMT.
    assertTrue(t.contains("\n6732 27/10/2026 "), "after the clocks went back");
    assertTrue(t.contains("\n13:30:00 GMT " + sha256("event 6732")), "GMT");
    assertTrue(t.contains("\n1041 10/10/2026 "), "before");
    assertTrue(t.contains("\n16:00:00 BST " + sha256("event 1041")), "BST");
    assertPagesAreNumbered(t, pages);
    assertTrue(SignedPdfs.signatureVerifies(report.pdf(), key.certificate()));

    JsonNode data = data(report.pdf());
    assertEquals(2_000, data.get("custodyEventCount").asInt());
    assertEquals(2_000, data.get("custodyEvents").size());
    assertEquals(many.get(1_999).hash(), data.at("/custodyEvents/1999/hash").asText());
  }

  @Test
  void longDetailsArePrintedInFullOverAsManyLinesAsTheyTake() throws Exception {
    StringBuilder details = new StringBuilder("Played in the library.\r\nThen:\u0007 ");
    for (int i = 0; i < 600; i++) {
      details.append(String.format("w%04d ", i));
    }
    List<CustodyEvent> events = new ArrayList<>(events(2));
    events.add(
        new CustodyEvent(
            2000,
            Instant.parse("2026-11-20T12:00:00Z"),
            "jo.smith",
            "FOOTAGE_PLAYED",
            details.toString(),
            sha256("event 2000")));
    events.add(
        new CustodyEvent(
            3000,
            Instant.parse("2026-11-21T09:00:00Z"),
            "siân.obrien",
            "DISCLOSURE_BUILT",
            "Package DP-2026-0003",
            sha256("event 3000")));
    SignedReport report =
        statement.produce(
            request(exhibit(null, null), recording(WEARER, null), clip(), List.copyOf(events)));
    String t = pdftotext(report.pdf());
    for (int i = 0; i < 600; i++) {
      assertTrue(t.contains(String.format("w%04d", i)), "word " + i);
    }
    assertTrue(t.contains("Then:\uFFFD w0000"), "a control character shows as a replacement");
    assertTrue(t.contains(sha256("event 2000")), "the long event's hash");
    assertTrue(t.contains(sha256("event 3000")), "the event after it");
    assertTrue(t.contains("All 4 custody events are listed."));
  }

  @Test
  void theDataIsAttachedAsJson() throws Exception {
    JsonNode d = data(clipReport.pdf());
    assertEquals(ContinuityStatement.KIND, d.get("report").asText());
    assertEquals(COUNCIL, d.get("council").asText());
    assertEquals("carol.evans", d.get("generatedBy").asText());
    assertEquals(GENERATED_AT.toString(), d.get("generatedAt").asText());
    assertEquals(RECORDED_START.toString(), d.at("/period/from").asText());
    assertEquals("BWV-2026-0007", d.at("/case/reference").asText());
    assertEquals(POLICE_REFERENCE, d.at("/case/policeReference").asText());
    assertEquals(CPS_URN, d.at("/case/cpsUrn").asText());
    assertEquals("JS/1", d.at("/exhibit/reference").asText());
    assertEquals("Jo Smith", d.at("/exhibit/producer").asText());
    assertEquals(4711, d.at("/recording/id").asLong());
    assertEquals(WEARER, d.at("/recording/wearer").asText());
    assertEquals(270_000, d.at("/recording/durationMillis").asLong());
    assertEquals(187_654_321L, d.at("/recording/sizeBytes").asLong());
    assertEquals(sha256("recording 4711"), d.at("/recording/sha256").asText());
    assertEquals("Riverside depot dock 2", d.at("/recording/uploadedBy").asText());
    assertEquals("exhibits/JS-1.mp4", d.at("/file/path").asText());
    assertEquals("clip", d.at("/file/kind").asText());
    assertEquals(sha256("clip JS/1"), d.at("/file/sha256").asText());
    assertFalse(d.at("/file/sha256SameAsRecording").asBoolean());
    assertEquals(65_000, d.at("/file/clip/startMillis").asLong());
    assertEquals("1:35", d.at("/file/clip/end").asText());
    assertEquals("1:06.5", d.at("/file/clip/askedStart").asText());
    assertEquals("1:35", d.at("/file/clip/askedEnd").asText());
    assertEquals("jo.smith", d.at("/file/clip/cutBy").asText());
    assertEquals(RECIPIENT, d.at("/disclosure/recipient").asText());
    assertEquals(LAWFUL_BASIS, d.at("/disclosure/lawfulBasis").asText());
    assertEquals("2027-11-23T00:00:00Z", d.at("/disclosure/expiresAt").asText());
    assertEquals(3, d.get("custodyEventCount").asInt());
    CustodyEvent second = clipRequest.custody().get(1);
    assertEquals(second.seq(), d.at("/custodyEvents/1/seq").asLong());
    assertEquals(second.at().toString(), d.at("/custodyEvents/1/at").asText());
    assertEquals(second.action(), d.at("/custodyEvents/1/action").asText());
    assertEquals(second.hash(), d.at("/custodyEvents/1/hash").asText());

    JsonNode o = data(originalReport.pdf());
    assertEquals("original", o.at("/file/kind").asText());
    assertTrue(o.at("/file/sha256SameAsRecording").asBoolean());
    assertTrue(o.at("/file/clip").isNull());
    assertTrue(o.at("/recording/wearer").isNull());
    assertTrue(o.at("/case/policeReference").isNull());
    assertEquals(0, o.get("custodyEvents").size());
  }

  @Test
  void theSignatureVerifiesAndTheMetadataSaysWhichExhibitItIs() throws Exception {
    assertTrue(SignedPdfs.signatureVerifies(clipReport.pdf(), key.certificate()));
    try (PDDocument document = Loader.loadPDF(clipReport.pdf())) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertEquals(
          "Continuity statement — exhibit JS/1, case BWV-2026-0007: " + COUNCIL, info.getTitle());
      assertTrue(info.getSubject().contains(sha256("clip JS/1")), info.getSubject());
      assertTrue(info.getSubject().contains("package DP-2026-0003"), info.getSubject());
      assertEquals(
          "continuity statement; chain of custody; disclosure; BWV-2026-0007; JS/1; DP-2026-0003;"
              + " MPS/2026/118834; 01YE1234526; BWV Evidence; "
              + COUNCIL,
          info.getKeywords());
      assertEquals("carol.evans", info.getAuthor());
      assertEquals(ContinuityStatement.KIND, info.getCustomMetadataValue("ReportKind"));
      assertEquals(
          "Continuity statement as generated by BWV Evidence",
          document.getSignatureDictionaries().get(0).getReason());
    }
    assertEquals("continuity-JS-1.pdf", clipReport.fileName());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(clipReport.pdf())),
        clipReport.sha256());
  }

  @Test
  void popplerSaysTheSignatureIsValid() throws Exception {
    Path file = Files.createTempFile("continuity-JS-1", ".pdf");
    try {
      Files.write(file, clipReport.pdf());
      String output = SignedPdfs.pdfsig(file);
      assertTrue(output.contains("Signature is Valid"), output);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void aRequestThatMisstatesTheEvidenceIsRefused() {
    Recording recording = recording(WEARER, null);
    Exhibit exhibit = exhibit(null, null);
    DisclosedFile notTheOriginal =
        new DisclosedFile("exhibits/JS-1.mp4", sha256("something else"), 187_654_321L, null);
    assertThrows(
        IllegalArgumentException.class,
        () -> request(exhibit, recording, notTheOriginal, List.of()),
        "an original with another hash");
    DisclosedFile shorter =
        new DisclosedFile("exhibits/JS-1.mp4", recording.sha256(), 1_000L, null);
    assertThrows(
        IllegalArgumentException.class,
        () -> request(exhibit, recording, shorter, List.of()),
        "an original of another size");
    DisclosedFile pastTheEnd =
        new DisclosedFile(
            "exhibits/JS-1.mp4",
            sha256("clip"),
            1_000L,
            new Clip(
                Duration.ofSeconds(200),
                Duration.ofSeconds(271),
                new ClipRange(Duration.ofSeconds(200), Duration.ofSeconds(271)),
                "jo.smith",
                GENERATED_AT));
    assertThrows(
        IllegalArgumentException.class,
        () -> request(exhibit, recording, pastTheEnd, List.of()),
        "a clip past the recording's end");

    List<CustodyEvent> three = events(3);
    assertThrows(
        IllegalArgumentException.class,
        () -> request(exhibit, recording, clip(), List.of(three.get(1), three.get(0))),
        "out of order");
    assertThrows(
        IllegalArgumentException.class,
        () -> request(exhibit, recording, clip(), List.of(three.get(0), three.get(0))),
        "twice");
    CustodyEvent afterwards =
        new CustodyEvent(9999, GENERATED_AT, "jo.smith", "FOOTAGE_PLAYED", null, sha256("x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> request(exhibit, recording, clip(), List.of(afterwards)),
        "after the period");

    assertThrows(
        IllegalArgumentException.class,
        () -> new CustodyEvent(1, GENERATED_AT, "jo.smith", "FOOTAGE_PLAYED", null, "abc123"),
        "not a SHA-256");
    assertThrows(
        IllegalArgumentException.class,
        () -> new Disclosure("DP-2026-0003", " ", LAWFUL_BASIS, "purpose", GENERATED_AT),
        "no recipient");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Clip(
                Duration.ofSeconds(95),
                Duration.ofSeconds(65),
                new ClipRange(Duration.ofSeconds(65), Duration.ofSeconds(95)),
                "jo.smith",
                GENERATED_AT),
        "backwards clip");
  }

  @Test
  void hashesAreReadInEitherCaseAndKeptInLowerCase() {
    String upper = sha256("recording 4711").toUpperCase(Locale.ROOT);
    assertEquals(
        sha256("recording 4711"), new DisclosedFile("exhibits/JS-1.mp4", upper, 1, null).sha256());
  }

  @Test
  void theFileNameHasNoSlash() {
    assertEquals("continuity-JS-1.pdf", clipRequest.fileName());
    ContinuityStatement.Request other =
        new ContinuityStatement.Request(
            clipRequest.heading(),
            new Exhibit("ABCD/123", "A B", "BWV-2026-0007", "Other", null, null),
            clipRequest.recording(),
            clipRequest.file(),
            clipRequest.disclosure(),
            List.of(),
            0);
    assertEquals("continuity-ABCD-123.pdf", other.fileName());
  }

  @Test
  void timesAndSizesReadAsPeopleWriteThem() {
    assertEquals(
        "1:02:03.5 (1 hour 2 minutes 3.5 seconds)",
        ContinuityStatement.durationText(Duration.ofMillis(3_723_500)));
    assertEquals("1 second", ContinuityStatement.lengthWords(Duration.ofSeconds(1)));
    assertEquals("1 minute", ContinuityStatement.lengthWords(Duration.ofSeconds(60)));
    assertEquals("2 hours", ContinuityStatement.lengthWords(Duration.ofHours(2)));
    assertEquals("0.5 seconds", ContinuityStatement.lengthWords(Duration.ofMillis(500)));
    assertEquals(
        "1:05 to 1:35 of the recording (30 seconds)",
        ContinuityStatement.clipRangeText(clip().clip()));
    assertEquals("999 bytes", ContinuityStatement.sizeText(999));
    assertEquals("12,345,678,901 bytes (12.3 GB)", ContinuityStatement.sizeText(12_345_678_901L));
  }
}
