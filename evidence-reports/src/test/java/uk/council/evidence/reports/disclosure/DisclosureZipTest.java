package uk.council.evidence.reports.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosureZipTest {

  @TempDir Path dir;

  static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  DisclosureZip.Sealed write(Path zipFile, byte[] video, byte[] statement) throws Exception {
    try (OutputStream out = Files.newOutputStream(zipFile);
        var zip = new DisclosureZip(out)) {
      zip.add(
          "exhibits/JW-1.mp4",
          new ByteArrayInputStream(video),
          false,
          Map.of("exhibit", "JW/1", "kind", "original"));
      zip.add(
          "statements/JW-1-continuity.pdf",
          new ByteArrayInputStream(statement),
          true,
          Map.of("exhibit", "JW/1", "kind", "continuity statement"));
      return zip.finish(Map.of("package", "DP-2026-0001", "recipient", "PC 1234 Smith"));
    }
  }

  @Test
  void sha256sumChecksEveryFileInThePackage() throws Exception {
    byte[] video = random(3_000_000, 1);
    byte[] statement = "%PDF-1.7 a continuity statement".getBytes(StandardCharsets.US_ASCII);
    Path zipFile = dir.resolve("package.zip");
    DisclosureZip.Sealed sealed = write(zipFile, video, statement);

    assertEquals(sha256(Files.readAllBytes(zipFile)), sealed.sha256());
    assertEquals(Files.size(zipFile), sealed.size());
    assertEquals(
        List.of(
            "exhibits/JW-1.mp4", "statements/JW-1-continuity.pdf", "manifest.json", "SHA256SUMS"),
        sealed.files().stream().map(DisclosureZip.PackedFile::path).toList());
    assertEquals(sha256(video), sealed.files().get(0).sha256());

    Path out = extract(zipFile);
    assertEquals(
        sha256(Files.readAllBytes(out.resolve("SHA256SUMS"))), sealed.files().get(3).sha256());
    var check =
        new ProcessBuilder("sha256sum", "-c", "SHA256SUMS")
            .directory(out.toFile())
            .redirectErrorStream(true)
            .start();
    String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, check.waitFor(), said);
    assertEquals(
        "exhibits/JW-1.mp4: OK\nstatements/JW-1-continuity.pdf: OK\nmanifest.json: OK\n", said);

    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"package\": \"DP-2026-0001\""), manifest);
    assertTrue(manifest.contains("\"sha256\": \"" + sha256(video) + "\""), manifest);
    assertTrue(manifest.contains("\"exhibit\": \"JW/1\""), manifest);

    // A changed byte in a file is caught by the recipient's check.
    Path tampered = out.resolve("exhibits/JW-1.mp4");
    byte[] changed = Files.readAllBytes(tampered);
    changed[1000] ^= 1;
    Files.write(tampered, changed);
    var recheck =
        new ProcessBuilder("sha256sum", "-c", "SHA256SUMS")
            .directory(out.toFile())
            .redirectErrorStream(true)
            .start();
    String resaid = new String(recheck.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertNotEquals(0, recheck.waitFor());
    assertTrue(resaid.contains("exhibits/JW-1.mp4: FAILED"), resaid);
  }

  @Test
  void theSamePackageWrittenTwiceHasTheSameFileHashes() throws Exception {
    byte[] video = random(10_000, 2);
    byte[] statement = random(500, 3);
    var first = write(dir.resolve("a.zip"), video, statement);
    var second = write(dir.resolve("b.zip"), video, statement);
    assertEquals(first.files().get(0).sha256(), second.files().get(0).sha256());
    assertEquals(first.files().get(1).sha256(), second.files().get(1).sha256());
  }

  @Test
  void aPathThatCouldEscapeTheFolderOrRepeatIsRefused() throws Exception {
    try (var zip = new DisclosureZip(OutputStream.nullOutputStream())) {
      InputStream empty = InputStream.nullInputStream();
      for (String bad :
          List.of("../etc/passwd", "/abs.mp4", "a//b", "with space.mp4", "manifest.json", "")) {
        assertThrows(
            IllegalArgumentException.class, () -> zip.add(bad, empty, false, Map.of()), bad);
      }
      zip.add("a.mp4", empty, false, Map.of());
      assertThrows(IllegalArgumentException.class, () -> zip.add("a.mp4", empty, false, Map.of()));
    }
  }

  private Path extract(Path zipFile) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    try (var in = new ZipInputStream(Files.newInputStream(zipFile))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        Path target = out.resolve(e.getName()).normalize();
        assertTrue(target.startsWith(out));
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      }
    }
    return out;
  }
}
