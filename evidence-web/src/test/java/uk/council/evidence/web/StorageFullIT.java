package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A full footage store over HTTP, as docs/dock-api.md promises it: 507 with a problem document, no
 * work file left behind and no recording, for the one-request and the resumable upload.
 *
 * <p>The disk is full for this server because it must keep the whole of its filesystem free ({@code
 * evidence.storage.min-free-bytes} set to the filesystem's size), which no filesystem ever has.
 * Every upload's start then fails the check against the filesystem's real free space, as one would
 * on a disk with less free than the minimum. No other test could upload on such a server, hence a
 * deployment of its own; filling the real disk would break whatever else runs on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorageFullIT {

  static final Path STORE = Path.of(System.getenv("EVIDENCE_STORAGE_ROOT"));

  @Deployment(testable = false)
  static WebArchive deployment() throws IOException {
    // The setting for this deployment only, in a config file of its own beside the application's
    // defaults; the environment variable would reach every other test's server too.
    long wholeDisk = Files.getFileStore(STORE).getTotalSpace();
    JavaArchive setting =
        ShrinkWrap.create(JavaArchive.class, "keep-the-whole-disk-free.jar")
            .addAsManifestResource(
                new StringAsset("evidence.storage.min-free-bytes=" + wholeDisk + "\n"),
                "microprofile-config.properties");
    return PortalDeployment.war().addAsLibrary(setting);
  }

  @ArquillianResource URL base;

  private final HttpClient docks = HttpClient.newHttpClient();

  @Test
  void aOneRequestUploadIsRefusedWith507AtItsStart() throws Exception {
    byte[] video = TestVideos.make(2);
    String sha = DevicesIT.sha256(video);
    Instant start = Instant.now().minusSeconds(2400).truncatedTo(ChronoUnit.SECONDS);
    Set<Path> workFiles = workFiles();
    long audit = TestDatabase.auditHead();

    var refused =
        docks.send(
            DevicesIT.uploadRequest(
                    base,
                    "demo-dock",
                    TestFootage.SECRET,
                    TestFootage.CAMERA,
                    start.toString(),
                    start.plusSeconds(20).toString(),
                    sha)
                .POST(HttpRequest.BodyPublishers.ofByteArray(video))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertStorageFull(refused);
    assertEquals(0, DevicesIT.recordingsWith(sha), "no recording");
    assertFalse(Files.exists(DevicesIT.stored(sha)), "no original");
    assertEquals(workFiles, workFiles(), "no file left in incoming/ or partial/");
    assertRefusedByThePreCheck(audit);
  }

  @Test
  void aResumableUploadIsRefusedWith507WhenItStarts() throws Exception {
    byte[] video = TestVideos.make(2);
    String sha = DevicesIT.sha256(video);
    Instant start = Instant.now().minusSeconds(2700).truncatedTo(ChronoUnit.SECONDS);
    Set<Path> workFiles = workFiles();
    long audit = TestDatabase.auditHead();

    var refused =
        docks.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/dock/uploads"))
                .header("Authorization", DevicesIT.basic("demo-dock", TestFootage.SECRET))
                .header("Camera-Serial", TestFootage.CAMERA)
                .header("Recorded-Start", start.toString())
                .header("Recorded-End", start.plusSeconds(20).toString())
                .header("Content-SHA256", sha)
                .header("Upload-Length", String.valueOf(video.length))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertStorageFull(refused);
    assertEquals(
        workFiles, workFiles(), "no part file or record in partial/, nothing in incoming/");
    var status =
        docks.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/dock/uploads/" + sha))
                .header("Authorization", DevicesIT.basic("demo-dock", TestFootage.SECRET))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertEquals(404, status.statusCode(), "no upload under way");
    assertEquals(0, DevicesIT.recordingsWith(sha), "no recording");
    assertRefusedByThePreCheck(audit);
  }

  private static void assertStorageFull(HttpResponse<String> response) {
    assertEquals(507, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"),
        response.headers().toString());
    assertTrue(response.body().contains("\"title\":\"Insufficient Storage\""), response.body());
    assertTrue(response.body().contains("\"status\":507"), response.body());
    assertTrue(
        response
            .body()
            .contains(
                "\"detail\":\"The server has no room to store this file now; try again later.\""),
        response.body());
  }

  /** The refusal is audited with the reason, so an operator sees it was the minimum free space. */
  private static void assertRefusedByThePreCheck(long since) throws Exception {
    List<String> events = TestDatabase.auditSince(since);
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.startsWith("dock:demo-dock FOOTAGE_UPLOAD_REFUSED")
                        && e.contains("(evidence.storage.min-free-bytes)")),
        String.join("\n", events));
  }

  /** Every file in the store's work areas: one-request uploads and resumable ones. */
  private static Set<Path> workFiles() throws IOException {
    Set<Path> files = new HashSet<>();
    files.addAll(ServerKilledMidUploadIT.filesUnder(STORE.resolve("incoming")));
    files.addAll(ServerKilledMidUploadIT.filesUnder(STORE.resolve("partial")));
    return files;
  }
}
