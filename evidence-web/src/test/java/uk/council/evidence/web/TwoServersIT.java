package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one database and one footage store behind one address, as docs/operations.md
 * describes: Debian's HAProxy on a loopback port, checking each server's readiness, keeping a
 * browser on the server that signed it in and sending docks to either. One server is killed
 * (SIGKILL) while a dock uploads and two people browse, one on each: no upload is lost or stored
 * twice, the other serves every page (the person kept on the server killed signs in again; the
 * other goes on), and each recording due is swept once.
 */
class TwoServersIT {

  static final String SECRET = System.getenv("EVIDENCE_DEMO_DOCK_SECRET");

  static final List<String> PAGES =
      List.of(
          "evidence-officer/index.xhtml",
          "footage/library.xhtml",
          "cases/index.xhtml",
          "footage/due-soon.xhtml",
          "account/sessions.xhtml");

  @TempDir Path work;

  TestDatabase.OwnDatabase database;
  final List<MicroServer> servers = new ArrayList<>();
  Process proxy;
  ExecutorService threads;

  @AfterEach
  void stop() throws Exception {
    if (threads != null) {
      threads.shutdownNow();
    }
    if (proxy != null) {
      proxy.destroy();
      proxy.waitFor(30, TimeUnit.SECONDS);
    }
    for (MicroServer server : servers) {
      server.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void oneServerKilledDuringUploadsAndBrowsingLosesNothingAndTheOtherServesEveryPage()
      throws Exception {
    Path storage = Files.createDirectories(work.resolve("footage"));
    // A database of their own, empty: the first server to start migrates it and makes the demo
    // accounts and docks, as on a new installation; the other tests' database is left alone.
    database = TestDatabase.ofItsOwn("evidence_two_servers");
    // One after the other, as a rolling start would.
    servers.add(MicroServer.start(work, MicroServer.freePort(), settings(storage, "server-a")));
    servers.add(MicroServer.start(work, MicroServer.freePort(), settings(storage, "server-b")));
    int proxyPort = MicroServer.freePort();
    proxy = startProxy(proxyPort, servers.get(0).port(), servers.get(1).port());
    URL base = new URL("http://127.0.0.1:" + proxyPort + "/evidence/");
    MicroServer.awaitAnswer(
        base.toURI().resolve("login.xhtml"), proxy, work.resolve("haproxy.log"));

    // Recordings that fall due now: swept by whichever server's minute comes first, once.
    Instant earlier = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    List<TestFootage.Uploaded> due = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      due.add(TestFootage.upload(base, earlier.plusSeconds(60L * i)));
    }
    TestFootage.fallDue(due.toArray(TestFootage.Uploaded[]::new));

    // Two people browsing, one kept by the proxy on each server (a cookie of its own).
    Map<String, PortalClient> people = new java.util.HashMap<>();
    for (int tries = 0; people.size() < 2; tries++) {
      assertTrue(tries < 8, "the proxy kept every person on one server: " + people.keySet());
      PortalClient person = PortalClient.signedIn(base, "evidence.officer");
      String server =
          person
              .cookie("BWVSERVER")
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "no cookie from the proxy: " + person.get(PAGES.get(0)).headers().map()));
      people.putIfAbsent(server, person);
    }
    for (PortalClient person : people.values()) {
      for (String page : PAGES) {
        assertEquals(200, person.get(page).statusCode(), page);
      }
    }

    // A dock sending twelve recordings, one after another, each again until the portal answers.
    threads = Executors.newFixedThreadPool(2);
    List<byte[]> videos = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      videos.add(TestVideos.make(2 + i % 3));
    }
    Instant from = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    Future<List<Integer>> dock =
        threads.submit(
            () -> {
              List<Integer> attempts = new ArrayList<>();
              for (int i = 0; i < videos.size(); i++) {
                attempts.add(uploadUntilAnswered(base, videos.get(i), from.plusSeconds(30L * i)));
                Thread.sleep(300);
              }
              return attempts;
            });

    // An upload half sent when its server dies.
    byte[] cut = TestVideos.make(10);
    Instant cutAt = from.minusSeconds(600);
    HttpURLConnection halfSent = openUpload(base, cut, cutAt);
    OutputStream body = halfSent.getOutputStream();
    body.write(cut, 0, cut.length / 2);
    body.flush();
    Path incoming = storage.resolve("incoming");
    String receiving = incoming.relativize(awaitStaged(incoming)).getName(0).toString();
    MicroServer killed = servers.get(receiving.equals("server-a") ? 0 : 1);
    MicroServer survivor = servers.get(receiving.equals("server-a") ? 1 : 0);
    killed.kill();
    try {
      body.write(cut, cut.length / 2, cut.length - cut.length / 2);
      body.close();
      halfSent.getResponseCode();
    } catch (IOException expected) {
      // Its server is gone: the dock sends it again.
    }
    uploadUntilAnswered(base, cut, cutAt);

    // The person whose server died signs in again; the other goes on. Every page from the
    // survivor.
    String survivorsFolder = receiving.equals("server-a") ? "server-b" : "server-a";
    var next = people.get(receiving).get(PAGES.get(0));
    assertTrue(next.uri().getPath().endsWith("/login.xhtml"), next.uri().toString());
    assertEquals(
        200,
        people.get(receiving).signIn("evidence.officer", PortalClient.DEMO_PASSWORD).statusCode());
    for (PortalClient person : people.values()) {
      for (String page : PAGES) {
        var answer = person.get(page);
        assertEquals(200, answer.statusCode(), page);
        assertTrue(answer.uri().getPath().endsWith(page), answer.uri().toString());
      }
      assertEquals(survivorsFolder, person.cookie("BWVSERVER").orElseThrow());
    }

    List<Integer> attempts = dock.get(5, TimeUnit.MINUTES);
    // Every recording once: none lost, none twice.
    for (byte[] video : videos) {
      assertEquals(1, DevicesIT.recordingsWith(DevicesIT.sha256(video)));
    }
    assertEquals(1, DevicesIT.recordingsWith(DevicesIT.sha256(cut)));
    List<String> originals =
        MicroServer.filesUnder(storage.resolve("originals")).stream()
            .map(f -> f.getFileName().toString())
            .toList();
    for (byte[] video : videos) {
      String sha = DevicesIT.sha256(video);
      assertEquals(
          1, originals.stream().filter(f -> f.startsWith(sha)).count(), "the original of " + sha);
    }
    // Only the killed server's folder may hold what it was writing; the survivor's holds nothing.
    assertEquals(List.of(), MicroServer.filesUnder(incoming.resolve(survivorsFolder)));

    // Each recording that fell due deleted once, with one deletion record and one audit event.
    TestDatabase.awaitCount(
        "SELECT COUNT(*) FROM deletion_record WHERE recording_id IN (" + ids(due) + ")",
        due.size(),
        "SELECT string_agg(id || ':' || deletion_due_at, ', ') FROM recording WHERE id IN ("
            + ids(due)
            + ")");
    assertEquals(
        String.valueOf(due.size()),
        TestDatabase.single(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'FOOTAGE_DELETED' AND target_id IN ("
                + quoted(due)
                + ")"));
    for (TestFootage.Uploaded r : due) {
      assertEquals(
          "1",
          TestDatabase.single(
              "SELECT COUNT(*) FROM deletion_record WHERE recording_id = " + r.id()));
    }
    assertEquals(videos.size(), attempts.size());
    assertTrue(survivor.process().isAlive(), "the survivor still runs");
  }

  /**
   * The servers' settings beyond the test environment's: the database and the store, the server's
   * id, a sweep a minute.
   */
  Map<String, String> settings(Path storage, String id) {
    return Map.of(
        "EVIDENCE_DB_URL",
        database.url(),
        "EVIDENCE_STORAGE_ROOT",
        storage.toString(),
        "EVIDENCE_SERVER_ID",
        id,
        "EVIDENCE_RETENTION_SWEEP_EVERY_MINUTES",
        "1",
        "EVIDENCE_RETENTION_SWEEP_CATCH_UP_AFTER",
        "PT1S");
  }

  /**
   * HAProxy as docs/operations.md configures it: a server is in the pool while {@code
   * /health/ready} answers 200, a browser stays on the server that answered it first (a cookie), a
   * request whose server has gone goes to the other, and no connection is upgraded to HTTP/2 in
   * clear (Java's client asks for it, and an upgraded connection is a tunnel the proxy no longer
   * reads: no cookie, no failover).
   */
  Process startProxy(int port, int a, int b) throws Exception {
    Path config = work.resolve("haproxy.cfg");
    Files.writeString(
        config,
        String.join(
            "\n",
            "global",
            "  maxconn 256",
            "defaults",
            "  mode http",
            "  timeout connect 2s",
            "  timeout client 120s",
            "  timeout server 120s",
            "  retries 2",
            "  option redispatch",
            "frontend portal",
            "  bind 127.0.0.1:" + port,
            "  http-request del-header Upgrade",
            "  http-request del-header HTTP2-Settings",
            "  default_backend servers",
            "backend servers",
            "  balance roundrobin",
            "  option httpchk GET /health/ready",
            "  http-check expect status 200",
            "  cookie BWVSERVER insert indirect nocache httponly",
            "  server server-a 127.0.0.1:" + a + " check inter 1s fall 2 rise 2 cookie server-a",
            "  server server-b 127.0.0.1:" + b + " check inter 1s fall 2 rise 2 cookie server-b",
            ""));
    Path binary = Path.of(System.getProperty("haproxy.binary", "/usr/sbin/haproxy"));
    assertTrue(Files.isExecutable(binary), binary + " is missing: ./bwv test installs haproxy");
    return new ProcessBuilder(binary.toString(), "-db", "-f", config.toString())
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("haproxy.log").toFile())
        .start();
  }

  /**
   * Sends a recording as a dock does, again after a refused connection or a 5xx, until the portal
   * says it is stored (201) or already was (200); how many attempts it took.
   */
  static int uploadUntilAnswered(URL base, byte[] video, Instant start) throws Exception {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (int attempt = 1; ; attempt++) {
      try {
        var answer =
            client.send(
                dockRequest(base, video, start)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(video))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 201 || answer.statusCode() == 200) {
          return attempt;
        }
        assertTrue(answer.statusCode() >= 500, answer.statusCode() + " " + answer.body());
      } catch (IOException cut) {
        // The server it reached died: as a dock, try again.
      }
      assertTrue(attempt < 30, "the upload never got through");
      Thread.sleep(1000);
    }
  }

  /** The demo dock's upload of a twenty-second recording from {@code start}, without its body. */
  static HttpRequest.Builder dockRequest(URL base, byte[] video, Instant start) throws Exception {
    return DevicesIT.uploadRequest(
        base,
        "demo-dock",
        SECRET,
        TestFootage.CAMERA,
        start.toString(),
        start.plusSeconds(20).toString(),
        DevicesIT.sha256(video));
  }

  static HttpURLConnection openUpload(URL base, byte[] video, Instant start) throws Exception {
    HttpURLConnection upload =
        (HttpURLConnection) new URL(base + "api/v1/dock/recordings").openConnection();
    upload.setRequestMethod("POST");
    upload.setDoOutput(true);
    upload.setFixedLengthStreamingMode(video.length);
    dockRequest(base, video, start)
        .POST(HttpRequest.BodyPublishers.noBody())
        .build()
        .headers()
        .map()
        .forEach((k, v) -> upload.setRequestProperty(k, v.get(0)));
    return upload;
  }

  /** The file an upload is being written to, once it appears in a server's incoming folder. */
  static Path awaitStaged(Path incoming) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      List<Path> files =
          MicroServer.filesUnder(incoming).stream()
              .filter(f -> !f.getFileName().toString().startsWith("scratch-"))
              .toList();
      if (!files.isEmpty()) {
        return files.get(0);
      }
      assertTrue(System.nanoTime() < deadline, "the half-sent upload never reached the store");
      Thread.sleep(100);
    }
  }

  static String ids(List<TestFootage.Uploaded> recordings) {
    return String.join(",", recordings.stream().map(r -> Long.toString(r.id())).toList());
  }

  static String quoted(List<TestFootage.Uploaded> recordings) {
    return String.join(",", recordings.stream().map(r -> "'" + r.id() + "'").toList());
  }
}
