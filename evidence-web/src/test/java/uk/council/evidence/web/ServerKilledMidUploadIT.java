package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed (SIGKILL) in the middle of an upload: after it restarts there is no recording and
 * no stray file, and the dock's retry succeeds. Runs Payara Micro itself, as ./bwv run does,
 * against the test database with a footage store of its own.
 */
class ServerKilledMidUploadIT {

  static final String SECRET = System.getenv("EVIDENCE_DEMO_DOCK_SECRET");

  @TempDir Path work;
  MicroServer server;

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aKilledUploadLeavesNothingAndTheRetrySucceeds() throws Exception {
    Path storage = Files.createDirectories(work.resolve("footage"));
    int port = MicroServer.freePort();
    URI base = URI.create("http://localhost:" + port + "/evidence/");
    server = start(storage, port);

    byte[] video = TestVideos.make(10);
    String sha = DevicesIT.sha256(video);
    Instant start = Instant.now().minusSeconds(4000).truncatedTo(ChronoUnit.SECONDS);
    HttpURLConnection upload =
        (HttpURLConnection) new URL(base + "api/v1/dock/recordings").openConnection();
    upload.setRequestMethod("POST");
    upload.setDoOutput(true);
    upload.setFixedLengthStreamingMode(video.length);
    HttpRequest.Builder dock =
        DevicesIT.uploadRequest(
            base.toURL(),
            "demo-dock",
            SECRET,
            "AXB3-7719",
            start.toString(),
            start.plusSeconds(10).toString(),
            sha);
    var request = dock.copy().POST(HttpRequest.BodyPublishers.noBody()).build();
    request.headers().map().forEach((k, v) -> upload.setRequestProperty(k, v.get(0)));
    OutputStream body = upload.getOutputStream();
    body.write(video, 0, video.length / 2);
    body.flush();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (filesUnder(storage.resolve("incoming")).isEmpty()) {
      assertTrue(System.nanoTime() < deadline, "the upload never reached the store");
      Thread.sleep(100);
    }

    server.kill();
    try {
      body.close();
    } catch (IOException expected) {
      // The server is gone.
    }
    assertEquals(1, filesUnder(storage.resolve("incoming")).size(), "the half-written upload");

    server = start(storage, port);
    assertEquals(List.of(), filesUnder(storage.resolve("incoming")), "cleaned at start-up");
    assertEquals(List.of(), filesUnder(storage.resolve("originals")));
    assertEquals(0, DevicesIT.recordingsWith(sha));

    var retry =
        HttpClient.newHttpClient()
            .send(
                dock.POST(HttpRequest.BodyPublishers.ofByteArray(video)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(201, retry.statusCode(), retry.body());
    assertEquals(1, DevicesIT.recordingsWith(sha));
    assertEquals(List.of(), filesUnder(storage.resolve("incoming")));
  }

  /** Starts Payara Micro with the portal on {@code port}, its footage in {@code storage}. */
  MicroServer start(Path storage, int port) throws Exception {
    return MicroServer.start(work, port, Map.of("EVIDENCE_STORAGE_ROOT", storage.toString()));
  }

  static List<Path> filesUnder(Path directory) throws IOException {
    return MicroServer.filesUnder(directory);
  }
}
