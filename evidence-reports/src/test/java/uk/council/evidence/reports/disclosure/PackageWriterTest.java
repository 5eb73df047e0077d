package uk.council.evidence.reports.disclosure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.council.evidence.casework.entity.DisclosureFile;
import uk.council.evidence.casework.entity.PackageContents;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.casework.entity.Recipient;
import uk.council.evidence.casework.entity.RecipientKind;
import uk.council.evidence.casework.entity.RequestSource;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.device.entity.Dock;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.RecordedTimes;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.reports.ReportTemplates;
import uk.council.evidence.reports.SignedPdfs;
import uk.council.evidence.reports.pdf.DevelopmentKeys;
import uk.council.evidence.reports.pdf.PdfFinishing;

/**
 * A package whose source is a request, written as a recipient receives it: the recording found for
 * the request, its signed continuity statement naming the request, and the manifest.
 */
class PackageWriterTest {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  static final ZoneId LONDON = CouncilTime.ZONE;

  @TempDir Path dir;

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static <T> T withId(T entity, long id) throws ReflectiveOperationException {
    Field field = entity.getClass().getDeclaredField("id");
    field.setAccessible(true);
    field.set(entity, id);
    return entity;
  }

  PackagePlan requestPlan(Path stored, String sha, long size) throws Exception {
    var camera = new Camera("VB400-018822", "Motorola", "VB400", null, null, NOW);
    var dock = new Dock("riverside-dock-2", "Riverside depot", NOW);
    var times = new RecordedTimes(NOW.minusSeconds(3600), NOW.minusSeconds(3330));
    var media = new MediaInfo(Duration.ofSeconds(270), "h264", "aac", 1920, 1080, null);
    Recording recording =
        withId(
            new Recording(
                sha, size, camera, null, times, dock, "isom", media, true, NOW, "DEFAULT", NOW),
            42L);
    Recipient subject =
        Recipient.check(
            new Recipient.Typed(
                "DATA_SUBJECT",
                "",
                "Sam Taylor",
                "SUBJECT_ACCESS",
                "Their subject access request.",
                "24/12/2026"),
            RecipientKind.FOR_REQUESTS,
            NOW,
            LONDON);
    var item =
        new PackagePlan.Item(
            null,
            recording,
            null,
            stored,
            "recordings/recording-42/VB400-018822_20261126-090000_original.mp4",
            List.of());
    return new PackagePlan(
        "DP-2026-0009",
        new RequestSource(31, "SAR-2027-0004", "Subject access request"),
        subject,
        "Dana Price",
        NOW,
        List.of(item));
  }

  PackageWriter writer() {
    return new PackageWriter(
        new ContinuityStatement(
            new SignedPdfs(new ReportTemplates(), new PdfFinishing(DevelopmentKeys.key()))),
        DevelopmentKeys.COUNCIL,
        "dana.price",
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  @Test
  void aPackageWithARequestAsItsSourceNamesTheRequestThroughout() throws Exception {
    byte[] video = new byte[200_000];
    new Random(7).nextBytes(video);
    Path stored = Files.write(dir.resolve("original.mp4"), video);
    PackagePlan plan = requestPlan(stored, sha256(video), video.length);
    var out = new ByteArrayOutputStream();

    List<long[]> told = new ArrayList<>();
    PackageContents contents =
        writer().write(plan, out, (done, of) -> told.add(new long[] {done, of}));

    assertFalse(told.isEmpty(), "progress is told");
    for (int i = 1; i < told.size(); i++) {
      assertTrue(told.get(i)[0] >= told.get(i - 1)[0], "progress never goes back");
    }
    assertArrayEquals(
        new long[] {video.length, video.length},
        told.get(told.size() - 1),
        "all the footage, at the end");
    byte[] zip = out.toByteArray();
    assertEquals(sha256(zip), contents.sha256(), "the package's own SHA-256");
    assertEquals(zip.length, contents.size());
    String footagePath = "recordings/recording-42/VB400-018822_20261126-090000_original.mp4";
    String statementPath = "recordings/recording-42/continuity-recording-42.pdf";
    assertEquals(
        List.of(footagePath, statementPath, "manifest.json", "SHA256SUMS"),
        contents.files().stream().map(PackageContents.File::path).toList());
    PackageContents.File footage = contents.files().get(0);
    assertEquals(DisclosureFile.Kind.ORIGINAL, footage.kind());
    assertEquals(sha256(video), footage.sha256());
    assertEquals(42L, footage.recordingId());
    assertNull(footage.exhibitId(), "a request's footage is not an exhibit");
    assertEquals(42L, contents.files().get(1).recordingId(), "the statement is about it");

    Map<String, byte[]> files = unzip(zip);
    String manifest = new String(files.get("manifest.json"), UTF_8);
    assertTrue(manifest.contains("\"request\": \"SAR-2027-0004\""), manifest);
    assertTrue(manifest.contains("\"person\": \"Sam Taylor\""), manifest);
    assertFalse(manifest.contains("\"case\""), manifest);
    assertFalse(manifest.contains("\"exhibit\""), manifest);

    // For people: look at it with any PDF reader, or pdftoppm -png -r 60.
    Path target = Path.of(System.getProperty("basedir", "."), "target");
    Files.createDirectories(target);
    Files.write(
        target.resolve("sample-continuity-statement-request.pdf"), files.get(statementPath));
    String statement = ContinuityStatementTest.pdftotext(files.get(statementPath));
    assertTrue(statement.contains("Continuity statement — recording 42\n"), statement);
    assertTrue(statement.contains("Request SAR-2027-0004 · disclosure package DP-2026-0009"));
    assertTrue(statement.contains("Request reference SAR-2027-0004\n"), statement);
    assertTrue(statement.contains("Request type Subject access request\n"), statement);
    assertTrue(statement.contains("Footage Recording 42\n"), statement);
    assertTrue(statement.contains("Disclosed by Dana Price\n"), statement);
    assertTrue(statement.contains("Disclosed to Sam Taylor\n"), statement);
    assertFalse(statement.contains("Police crime reference"), "no case rows for a request");
    assertFalse(statement.contains("CPS URN"), "no case rows for a request");
    assertTrue(statement.contains(sha256(video)), "the file's SHA-256");
  }

  @Test
  void footageThatNoLongerMatchesItsRecordedHashStopsThePackage() throws Exception {
    byte[] video = new byte[50_000];
    new Random(8).nextBytes(video);
    Path stored = Files.write(dir.resolve("original.mp4"), video);
    PackagePlan plan = requestPlan(stored, sha256(video), video.length);
    video[100] ^= 1;
    Files.write(stored, video);

    var changed =
        assertThrows(
            PackageWriter.FootageChanged.class,
            () -> writer().write(plan, new ByteArrayOutputStream(), (done, of) -> {}));
    assertTrue(changed.getMessage().contains("recording 42"), changed.getMessage());
  }
}
