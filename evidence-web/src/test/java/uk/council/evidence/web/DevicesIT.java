package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Cameras, docks and check-out: the administrator's screens, the wearer's and supervisor's
 * check-out screen in Chromium with an accessibility check, and the dock credential on the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DevicesIT extends BrowserTestBase {

  private static final Pattern SECRET = Pattern.compile("id=\"secret\">([^<]+)<");

  /** Docks' HTTP client keeps cookies, so a test shows that a session never stands in for one. */
  private final HttpClient docks =
      HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 6);
  }

  /** Registers a camera of no particular service area through the administrator's form. */
  static HttpResponse<String> registerCamera(
      PortalClient admin, String serial, String make, String model) {
    return admin.submit(
        "admin/cameras.xhtml",
        "camera",
        List.of(
            Map.entry("camera:serial", serial),
            Map.entry("camera:make", make),
            Map.entry("camera:model", model),
            Map.entry("camera:assetTag", ""),
            Map.entry("camera:serviceArea", "")),
        "camera:register");
  }

  /** Registers a dock through the administrator's form; returns its secret, shown once. */
  String registerDock(PortalClient admin, String name) {
    var page =
        admin.submit(
            "admin/docks.xhtml",
            "dock",
            List.of(Map.entry("dock:name", name), Map.entry("dock:site", "Civic Centre")),
            "dock:register");
    Matcher m = SECRET.matcher(page.body());
    assertTrue(m.find(), "the new secret is shown: " + page.body());
    return m.group(1);
  }

  HttpResponse<String> asDock(String name, String secret) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + "api/v1/dock/whoami"));
    if (name != null) {
      request.header("Authorization", basic(name, secret));
    }
    return docks.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aDockSignsInWithItsSecretUntilItIsRevokedOrReissued() throws Exception {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String name = unique("dock-");
    String secret = registerDock(admin, name);

    var ok = asDock(name, secret);
    assertEquals(200, ok.statusCode(), ok.body());
    assertTrue(ok.body().contains("\"dock\":\"" + name + "\""), ok.body());

    long before = TestDatabase.auditHead();
    var wrong = asDock(name, secret + "x");
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
    assertTrue(wrong.body().contains("\"status\":401"));
    assertEquals(401, asDock(null, null).statusCode(), "no credential at all");
    assertEquals(401, asDock("no-such-dock", secret).statusCode());
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(
                e ->
                    e.startsWith("dock:" + name + " DOCK_AUTH_FAILED")
                        && e.endsWith("wrong secret")));

    String list = admin.get("admin/docks.xhtml").body();
    admin.submit("admin/docks.xhtml", "dockList", List.of(), buttonFor(list, name, "Revoke"));
    assertEquals(401, asDock(name, secret).statusCode(), "revoked from the next request on");

    var reissued =
        admin.submit(
            "admin/docks.xhtml",
            "dockList",
            List.of(),
            buttonFor(admin.get("admin/docks.xhtml").body(), name, "Issue new secret"));
    Matcher m = SECRET.matcher(reissued.body());
    assertTrue(m.find());
    assertEquals(401, asDock(name, secret).statusCode(), "the old secret stays dead");
    assertEquals(200, asDock(name, m.group(1)).statusCode(), "the new one works");
  }

  /**
   * Requests to the dock API with no credential at all have no dock to be audited under; they are
   * counted, and one event a minute says how many came from where, not a row per request.
   */
  @Test
  void requestsWithoutADockCredentialAreCountedNotAuditedOneByOne() throws Exception {
    long before = TestDatabase.auditHead();
    for (int i = 0; i < 5; i++) {
      assertEquals(401, asDock(null, null).statusCode());
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    List<String> counted;
    do {
      Thread.sleep(2000);
      counted =
          TestDatabase.auditSince(before).stream()
              .filter(e -> e.startsWith("system DOCK_AUTH_FAILURES_COUNTED"))
              .toList();
    } while (counted.isEmpty() && System.nanoTime() < deadline);
    assertEquals(1, counted.size(), TestDatabase.auditSince(before).toString());
    assertTrue(
        counted.get(0).matches(".* \\d+ requests to the dock API without a dock credential .*"),
        counted.get(0));
    assertTrue(
        TestDatabase.auditSince(before).stream().noneMatch(e -> e.contains("DOCK_AUTH_FAILED")),
        "no row per request");
  }

  /** The name of the button with {@code label} in the table row of dock {@code name}. */
  private static String buttonFor(String page, String name, String label) {
    int row = page.indexOf(">" + name + "<");
    Matcher m = Pattern.compile("name=\"(dockList:[^\"]+)\" value=\"" + label + "\"").matcher(page);
    assertTrue(m.find(row), label + " for " + name);
    return m.group(1);
  }

  @Test
  void aPersonsSessionIsNotADockCredential() {
    // The dock API never takes a session: a signed-in person must still show a dock credential.
    var page = PortalClient.signedIn(base, "admin").get("api/v1/dock/whoami");
    assertEquals(401, page.statusCode());
  }

  @Test
  void anAdministratorRegistersCamerasAndDocks() {
    signIn("admin");
    open("admin/cameras.xhtml");
    assertAccessible("admin-cameras");
    type(By.id("camera:serial"), "bad serial!");
    type(By.id("camera:make"), "");
    type(By.id("camera:model"), "VB400");
    submit(By.id("camera:register"));
    String summary = text(By.className("govuk-error-summary"));
    assertTrue(summary.contains("A serial number is 3 to 64"), summary);
    assertTrue(summary.contains("Enter the camera's make"), summary);
    assertEquals("VB400", browser.findElement(By.id("camera:model")).getAttribute("value"));
    assertAccessible("admin-cameras-errors");

    String serial = unique("VB4-").toUpperCase();
    type(By.id("camera:serial"), serial.toLowerCase());
    type(By.id("camera:make"), "Motorola");
    new Select(browser.findElement(By.id("camera:serviceArea")))
        .selectByVisibleText("Parking Services");
    submit(By.id("camera:register"));
    assertTrue(
        text(By.className("govuk-notification-banner"))
            .contains("Camera " + serial + " registered."));
    assertTrue(text(By.id("cameraTable")).contains(serial));

    open("admin/docks.xhtml");
    assertAccessible("admin-docks");
    String dock = unique("depot-");
    type(By.id("dock:name"), dock);
    type(By.id("dock:site"), "Depot North");
    submit(By.id("dock:register"));
    assertTrue(text(By.id("credential")).contains(dock));
    assertTrue(text(By.id("secret")).length() >= 40, "a 256-bit secret");
    assertAccessible("admin-docks-credential");
  }

  @Test
  void aSupervisorChecksACameraOutToTheirTeamAndTheWearerChecksItIn() throws SQLException {
    String serial = unique("SUP-").toUpperCase();
    PortalClient admin = PortalClient.signedIn(base, "admin");
    var registered = registerCamera(admin, serial, "Reveal", "D5");
    assertTrue(registered.body().contains("Camera " + serial + " registered."));

    signIn("supervisor");
    open("shifts/cameras.xhtml");
    assertAccessible("shifts-supervisor");
    new Select(browser.findElement(By.id("checkOut:camera")))
        .selectByVisibleText(serial + " – Reveal D5");
    new Select(browser.findElement(By.id("checkOut:wearer"))).selectByVisibleText("Sam Patel");
    long before = TestDatabase.auditHead();
    submit(By.id("checkOut:checkOut"));
    assertTrue(
        text(By.className("govuk-notification-banner")).contains("checked out to Sam Patel"));
    assertTrue(text(By.id("openTable")).contains(serial));
    assertTrue(
        TestDatabase.auditSince(before)
            .contains(
                "supervisor CAMERA_CHECKED_OUT "
                    + idOfCamera(serial)
                    + " "
                    + serial
                    + " to camera.user"));

    signIn("camera.user");
    open("shifts/cameras.xhtml");
    assertTrue(text(By.id("openTable")).contains(serial), "the wearer sees their camera");
    assertAccessible("shifts-camera-user");
    submit(By.cssSelector("input[value='Check in " + serial + "']"));
    assertTrue(text(By.className("govuk-notification-banner")).contains("Camera checked in."));
  }

  // Uploads through the dock API.

  /** A small but well-formed MP4: ftyp, moov and an mdat of {@code payload} random bytes. */
  static byte[] mp4(int payload) {
    var out = new java.io.ByteArrayOutputStream();
    box(out, "ftyp", "isom\0\0\2\0isomiso2mp41".getBytes(StandardCharsets.ISO_8859_1));
    box(out, "moov", new byte[32]);
    byte[] media = new byte[payload];
    new java.util.Random(payload).nextBytes(media);
    box(out, "mdat", media);
    return out.toByteArray();
  }

  private static void box(java.io.ByteArrayOutputStream out, String type, byte[] content) {
    int size = 8 + content.length;
    out.write(size >>> 24);
    out.write(size >>> 16);
    out.write(size >>> 8);
    out.write(size);
    out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(content);
  }

  static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  HttpResponse<String> upload(
      String dock, String secret, String serial, String start, String end, String sha, byte[] body)
      throws Exception {
    var request =
        uploadRequest(dock, secret, serial, start, end, sha)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return docks.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A dock's upload request with its credential and what it says about the file. */
  HttpRequest.Builder uploadRequest(
      String dock, String secret, String serial, String start, String end, String sha) {
    return uploadRequest(base, dock, secret, serial, start, end, sha);
  }

  /** The same, for other tests that upload as a dock. */
  static HttpRequest.Builder uploadRequest(
      java.net.URL base,
      String dock,
      String secret,
      String serial,
      String start,
      String end,
      String sha) {
    return HttpRequest.newBuilder(URI.create(base + "api/v1/dock/recordings"))
        .header("Authorization", basic(dock, secret))
        .header("Content-Type", "video/mp4")
        .header("Camera-Serial", serial)
        .header("Recorded-Start", start)
        .header("Recorded-End", end)
        .header("Content-SHA256", sha);
  }

  static String basic(String name, String secret) {
    String pair = name + ":" + secret;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  static long recordingsWith(String sha) throws SQLException {
    try (var c = TestDatabase.connect();
        var ps = c.prepareStatement("SELECT COUNT(*) FROM recording WHERE sha256 = ?")) {
      ps.setString(1, sha);
      var rs = ps.executeQuery();
      rs.next();
      return rs.getLong(1);
    }
  }

  static Path stored(String sha) {
    return inStore("originals", sha + ".mp4");
  }

  /** Where the store keeps a redacted copy with this hash. */
  static Path copy(String sha) {
    return inStore("redacted", sha + ".mp4");
  }

  static Path thumbnail(String sha) {
    return inStore("thumbnails", sha + ".jpg");
  }

  private static Path inStore(String folder, String name) {
    return Path.of(System.getenv("EVIDENCE_STORAGE_ROOT"), folder)
        .resolve(name.substring(0, 2))
        .resolve(name.substring(2, 4))
        .resolve(name);
  }

  @Test
  void aDockUploadsAnMp4WhichIsStoredReadOnlyAttributedAndAudited() throws Exception {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String dock = unique("upload-");
    String secret = registerDock(admin, dock);
    String serial = unique("UPL-").toUpperCase();
    registerCamera(admin, serial, "Motorola", "VB400");
    Instant start = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
    byte[] video = TestVideos.make(3);
    String sha = sha256(video);
    long before = TestDatabase.auditHead();
    var created =
        upload(
            dock, secret, serial, start.toString(), start.plusSeconds(60).toString(), sha, video);
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(
        created.body().contains("\"attributed\":false"),
        "nobody had the camera: " + created.body());
    assertTrue(created.headers().firstValue("Location").isPresent());
    assertTrue(created.body().contains("\"videoCodec\":\"h264\""), "probed: " + created.body());
    assertTrue(created.body().contains("\"width\":320,\"height\":180"), created.body());
    assertEquals(1, recordingsWith(sha));
    assertTrue(Files.size(thumbnail(sha)) > 0, "a thumbnail beside the original");
    var file = stored(sha);
    assertTrue(Files.exists(file), file.toString());
    assertEquals(
        "r--r-----",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
        "stored read-only");
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(e -> e.startsWith("dock:" + dock + " FOOTAGE_UPLOADED") && e.contains(sha)));

    var again =
        upload(
            dock, secret, serial, start.toString(), start.plusSeconds(60).toString(), sha, video);
    assertEquals(200, again.statusCode(), "the same bytes again: " + again.body());
    assertEquals(1, recordingsWith(sha));

    // Checked out to Sam Patel now, so footage recorded from now on is his.
    PortalClient supervisor = PortalClient.signedIn(base, "supervisor");
    var out =
        supervisor.submit(
            "shifts/cameras.xhtml",
            "checkOut",
            List.of(
                Map.entry("checkOut:camera", idOfCamera(serial)),
                Map.entry("checkOut:wearer", idOfStaff("camera.user"))),
            "checkOut:checkOut");
    assertTrue(out.body().contains("checked out to Sam Patel"), out.body());
    Instant later = Instant.now().plusSeconds(2);
    byte[] second = TestVideos.make(2);
    var attributed =
        upload(
            dock,
            secret,
            serial,
            later.toString(),
            later.plusSeconds(30).toString(),
            sha256(second),
            second);
    assertEquals(201, attributed.statusCode(), attributed.body());
    assertTrue(attributed.body().contains("\"wearer\":\"camera.user\""), attributed.body());

    // End of Sam's shift: other tests check cameras out to him too.
    String page = supervisor.get("shifts/cameras.xhtml").body();
    Matcher checkIn =
        Pattern.compile("name=\"(open:[^\"]+)\" value=\"Check in " + serial + "\"").matcher(page);
    assertTrue(checkIn.find(), page);
    var in = supervisor.submit("shifts/cameras.xhtml", "open", List.of(), checkIn.group(1));
    assertTrue(in.body().contains("Camera checked in."), in.body());
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItsBytesAreRead() throws Exception {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String dock = unique("big-");
    String secret = registerDock(admin, dock);
    long limit =
        Long.parseLong(System.getenv().getOrDefault("EVIDENCE_UPLOAD_MAX_BYTES", "67108864"));
    long declared = limit + 1;
    Instant start = Instant.now().minusSeconds(600);
    String sha = "ab".repeat(32);
    var request =
        uploadRequest(
                dock, secret, "VB4-000102", start.toString(), start.plusSeconds(60).toString(), sha)
            .version(HttpClient.Version.HTTP_1_1)
            .expectContinue(true)
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new java.io.InputStream() {
                              long left = declared;

                              @Override
                              public int read() {
                                return left-- > 0 ? 0 : -1;
                              }
                            }),
                    declared))
            .build();
    var refused = docks.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("the most this server accepts is " + limit), refused.body());
    assertEquals(0, recordingsWith(sha));
  }

  @Test
  void theDockSimulatorUploadsRealFfmpegRecordingsAsADockWould() throws Exception {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String dock = unique("sim-");
    String secret = registerDock(admin, dock);
    String serial = unique("SIM-").toUpperCase();
    registerCamera(admin, serial, "Axon", "Body 3");
    Path bwv = Path.of(System.getProperty("bwv.script", "../bwv")).toAbsolutePath();
    String portal = base.toString().replaceAll("/$", "");
    Process simulator =
        new ProcessBuilder(
                "bash",
                bwv.toString(),
                "simulate-dock",
                "--url",
                portal,
                "--dock",
                dock,
                "--secret",
                secret,
                "--camera",
                serial,
                "--seconds",
                "3",
                "--count",
                "2",
                "--gap",
                "5")
            .redirectErrorStream(true)
            .start();
    String out = new String(simulator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, simulator.waitFor(), out);
    assertEquals(2, out.lines().filter(l -> l.contains("HTTP 201")).count(), out);
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM recording r JOIN camera c ON c.id = r.camera_id WHERE c.serial = ?")) {
      ps.setString(1, serial);
      var rs = ps.executeQuery();
      rs.next();
      assertEquals(2, rs.getLong(1), "two recordings made by ffmpeg, accepted as MP4");
    }
  }

  private static String idOfStaff(String username) throws SQLException {
    try (var c = TestDatabase.connect();
        var ps = c.prepareStatement("SELECT id FROM staff_member WHERE username = ?")) {
      ps.setString(1, username);
      var rs = ps.executeQuery();
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void badUploadsAreRefusedWithProblemDetailsAndStoreNothing() throws Exception {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String dock = unique("badup-");
    String secret = registerDock(admin, dock);
    String serial = "VB4-000101"; // a demo camera
    Instant start = Instant.now().minusSeconds(900).truncatedTo(ChronoUnit.SECONDS);
    String s = start.toString();
    String e = start.plusSeconds(30).toString();
    byte[] video = mp4(50_000);
    String sha = sha256(video);

    var mismatch = upload(dock, secret, serial, s, e, sha256(mp4(50_001)), video);
    assertEquals(422, mismatch.statusCode(), mismatch.body());
    assertTrue(
        mismatch
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    assertTrue(mismatch.body().contains("\"title\":\"Unprocessable Content\""), mismatch.body());
    assertEquals(0, recordingsWith(sha));
    assertTrue(!Files.exists(stored(sha)), "nothing stored");

    byte[] text =
        "This is not a video at all, just a renamed text file.\n".getBytes(StandardCharsets.UTF_8);
    var notMp4 = upload(dock, secret, serial, s, e, sha256(text), text);
    assertEquals(415, notMp4.statusCode(), notMp4.body());
    assertTrue(!Files.exists(stored(sha256(text))));

    byte[] truncated = java.util.Arrays.copyOf(video, video.length - 1000);
    var cut = upload(dock, secret, serial, s, e, sha256(truncated), truncated);
    assertEquals(415, cut.statusCode(), cut.body());
    assertTrue(cut.body().contains("mdat"), cut.body());

    // Well-formed MP4 boxes around random bytes: ffprobe finds nothing to play.
    var unplayable = upload(dock, secret, serial, s, e, sha, video);
    assertEquals(415, unplayable.statusCode(), unplayable.body());
    assertTrue(unplayable.body().contains("no video stream"), unplayable.body());
    assertTrue(!Files.exists(stored(sha)), "nothing stored");

    var unknown = upload(dock, secret, "NOPE-12345", s, e, sha, video);
    assertEquals(422, unknown.statusCode());
    assertTrue(unknown.body().contains("Unknown camera serial NOPE-12345"), unknown.body());

    var backwards = upload(dock, secret, serial, e, s, sha, video);
    assertEquals(422, backwards.statusCode());
    assertTrue(backwards.body().contains("is not after the start"), backwards.body());

    String future = Instant.now().plusSeconds(3600).toString();
    var ahead = upload(dock, secret, serial, s, future, sha, video);
    assertEquals(422, ahead.statusCode());
    assertTrue(ahead.body().contains("in the future"), ahead.body());
    assertEquals(0, recordingsWith(sha), "none of them made a recording");
  }

  @Test
  void aLargeUploadResumesFromWhereItStoppedAndFinishesAsARecording() throws Exception {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String dock = unique("resume-");
    String secret = registerDock(admin, dock);
    Instant start = Instant.now().minusSeconds(1200).truncatedTo(ChronoUnit.SECONDS);
    byte[] video = TestVideos.make(3);
    String sha = sha256(video);
    int half = video.length / 2;

    var started = startResumable(dock, secret, start, sha, video.length);
    assertEquals(201, started.statusCode(), started.body());
    assertEquals("0", started.headers().firstValue("Upload-Offset").orElseThrow());
    String upload = started.headers().firstValue("Location").orElseThrow();
    assertTrue(upload.endsWith("/dock/uploads/" + sha), upload);

    var first = chunk(dock, secret, upload, 0, Arrays.copyOfRange(video, 0, half));
    assertEquals(204, first.statusCode(), first.body());
    assertEquals(String.valueOf(half), first.headers().firstValue("Upload-Offset").orElseThrow());

    // The dock lost the answer and sends the first chunk again: refused, told where to go on.
    var again = chunk(dock, secret, upload, 0, Arrays.copyOfRange(video, 0, half));
    assertEquals(409, again.statusCode());
    assertTrue(again.body().contains("\"uploadOffset\":" + half), again.body());

    // After a restart the dock has forgotten everything but the file: starting again finds it.
    var resumed = startResumable(dock, secret, start, sha, video.length);
    assertEquals(String.valueOf(half), resumed.headers().firstValue("Upload-Offset").orElseThrow());
    var head = head(dock, secret, upload);
    assertEquals(String.valueOf(half), head.headers().firstValue("Upload-Offset").orElseThrow());
    assertEquals(0, recordingsWith(sha), "no recording until every byte is in");

    var last = chunk(dock, secret, upload, half, Arrays.copyOfRange(video, half, video.length));
    assertEquals(201, last.statusCode(), last.body());
    assertTrue(last.body().contains("\"videoCodec\":\"h264\""), last.body());
    assertEquals(1, recordingsWith(sha));
    assertTrue(Files.exists(stored(sha)));
    String recording = last.headers().firstValue("Location").orElseThrow();
    var mine =
        docks.send(
            HttpRequest.newBuilder(URI.create(recording))
                .header("Authorization", basic(dock, secret))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, mine.statusCode(), recording);
    assertTrue(mine.body().contains(sha));

    assertEquals(200, startResumable(dock, secret, start, sha, video.length).statusCode());
    assertEquals(404, head(dock, secret, upload).statusCode(), "the finished upload is gone");
  }

  @Test
  void aResumedFileThatDoesNotMatchItsHashIsRefusedAndRemoved() throws Exception {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String dock = unique("resume-bad-");
    String secret = registerDock(admin, dock);
    Instant start = Instant.now().minusSeconds(1500).truncatedTo(ChronoUnit.SECONDS);
    byte[] video = TestVideos.make(2);
    byte[] other = TestVideos.make(2);
    String declared = sha256(other);
    var started = startResumable(dock, secret, start, declared, video.length);
    assertEquals(201, started.statusCode(), started.body());
    String upload = started.headers().firstValue("Location").orElseThrow();
    var sent = chunk(dock, secret, upload, 0, video);
    assertEquals(422, sent.statusCode(), sent.body());
    assertTrue(sent.body().contains("SHA-256"), sent.body());
    assertEquals(0, recordingsWith(declared) + recordingsWith(sha256(video)));
    assertEquals(404, chunk(dock, secret, upload, 0, video).statusCode(), "removed");

    var tooBig = startResumable(dock, secret, start, declared, 1L << 40);
    assertEquals(413, tooBig.statusCode(), tooBig.body());
  }

  /**
   * A camera moved between docks: the second dock may go on with the first's upload (recorded as
   * such), but only the dock that started it may cancel it; a refused cancel is audited and changes
   * nothing, and the starter's cancel is audited too.
   */
  @Test
  void anotherDockMayContinueAnUploadButOnlyItsStarterMayCancelIt() throws Exception {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String first = unique("start-");
    String firstSecret = registerDock(admin, first);
    String second = unique("other-");
    String secondSecret = registerDock(admin, second);
    Instant start = Instant.now().minusSeconds(1800).truncatedTo(ChronoUnit.SECONDS);
    byte[] video = TestVideos.make(3);
    int third = video.length / 3;
    long before = TestDatabase.auditHead();

    var started = startResumable(first, firstSecret, start, sha256(video), video.length);
    String upload = started.headers().firstValue("Location").orElseThrow();
    assertEquals(
        204,
        chunk(first, firstSecret, upload, 0, Arrays.copyOfRange(video, 0, third)).statusCode());
    var continued =
        chunk(second, secondSecret, upload, third, Arrays.copyOfRange(video, third, 2 * third));
    assertEquals(204, continued.statusCode(), continued.body());

    var refused = delete(second, secondSecret, upload);
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("Only the dock that started upload"), refused.body());
    assertEquals(
        String.valueOf(2 * third),
        head(first, firstSecret, upload).headers().firstValue("Upload-Offset").orElseThrow(),
        "nothing was removed");

    assertEquals(204, delete(first, firstSecret, upload).statusCode());
    assertEquals(404, head(first, firstSecret, upload).statusCode(), "removed");
    List<String> events = TestDatabase.auditSince(before);
    assertTrue(
        events.stream().anyMatch(e -> e.startsWith("dock:" + second + " FOOTAGE_UPLOAD_CONTINUED")),
        events.toString());
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.startsWith("dock:" + second + " ACCESS_DENIED")
                        && e.contains("may not cancel an upload dock:" + first + " started")),
        events.toString());
    assertTrue(
        events.stream().anyMatch(e -> e.startsWith("dock:" + first + " FOOTAGE_UPLOAD_CANCELLED")),
        events.toString());
  }

  /**
   * A dock taken away part-way leaves its upload under way: an administrator sees it on the docks
   * page (dock, camera, how far it got; no footage) and cancels it, which removes what arrived, is
   * audited in the administrator's name, and tells the dock "no such upload" if it comes back.
   */
  @Test
  void anAdministratorCancelsAnUploadADockLeftPartWay() throws Exception {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String dock = unique("stuck-");
    String secret = registerDock(admin, dock);
    Instant start = Instant.now().minusSeconds(1800).truncatedTo(ChronoUnit.SECONDS);
    byte[] video = TestVideos.make(3);
    int third = video.length / 3;
    var started = startResumable(dock, secret, start, sha256(video), video.length);
    String upload = started.headers().firstValue("Location").orElseThrow();
    assertEquals(
        204, chunk(dock, secret, upload, 0, Arrays.copyOfRange(video, 0, third)).statusCode());
    long before = TestDatabase.auditHead();

    signIn("admin");
    open("admin/docks.xhtml");
    By row = By.xpath("//table[@id='uploadTable']//tr[td[normalize-space()='" + dock + "']]");
    String shown = text(row);
    assertTrue(shown.contains("VB4-000102"), shown);
    assertTrue(shown.contains("(33%)") || shown.contains("(32%)"), shown);
    assertAccessible("admin-docks-uploads");
    submit(By.xpath("//table[@id='uploadTable']//tr[td[normalize-space()='" + dock + "']]//input"));
    String cancelled = notice();
    assertTrue(cancelled.contains("Upload cancelled"), cancelled);
    assertTrue(browser.findElements(row).isEmpty(), "the upload is gone from the table");

    assertEquals(404, head(dock, secret, upload).statusCode(), "removed");
    var late = chunk(dock, secret, upload, third, Arrays.copyOfRange(video, third, 2 * third));
    assertEquals(404, late.statusCode(), late.body());
    List<String> events = TestDatabase.auditSince(before);
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.startsWith("admin FOOTAGE_UPLOAD_CANCELLED")
                        && e.contains("an upload dock:" + dock + " started")),
        events.toString());
  }

  HttpResponse<String> delete(String dock, String secret, String upload) throws Exception {
    return docks.send(
        HttpRequest.newBuilder(URI.create(upload))
            .header("Authorization", basic(dock, secret))
            .DELETE()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> startResumable(
      String dock, String secret, Instant start, String sha, long length) throws Exception {
    return docks.send(
        HttpRequest.newBuilder(URI.create(base + "api/v1/dock/uploads"))
            .header("Authorization", basic(dock, secret))
            .header("Camera-Serial", "VB4-000102")
            .header("Recorded-Start", start.toString())
            .header("Recorded-End", start.plusSeconds(60).toString())
            .header("Content-SHA256", sha)
            .header("Upload-Length", String.valueOf(length))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<Void> head(String dock, String secret, String upload) throws Exception {
    return docks.send(
        HttpRequest.newBuilder(URI.create(upload))
            .header("Authorization", basic(dock, secret))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  HttpResponse<String> chunk(String dock, String secret, String upload, long offset, byte[] bytes)
      throws Exception {
    return docks.send(
        HttpRequest.newBuilder(URI.create(upload))
            .header("Authorization", basic(dock, secret))
            .header("Content-Type", "application/offset+octet-stream")
            .header("Upload-Offset", String.valueOf(offset))
            // Payara's HTTP/2 upgrade does not take PATCH; docks speak HTTP/1.1.
            .version(HttpClient.Version.HTTP_1_1)
            .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String idOfCamera(String serial) throws SQLException {
    try (var c = TestDatabase.connect();
        var ps = c.prepareStatement("SELECT id FROM camera WHERE serial = ?")) {
      ps.setString(1, serial);
      var rs = ps.executeQuery();
      rs.next();
      return rs.getString(1);
    }
  }
}
