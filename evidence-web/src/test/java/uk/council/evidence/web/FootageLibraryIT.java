package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.council.evidence.platform.entity.CouncilTime;

/**
 * The footage library: who sees what, playing with HTTP Range, the detail page, notes, attribution,
 * and the audit of every view, play and download. Footage arrives as a dock sends it, through the
 * demo dock, inside the demo's past shifts (DemoDevices.SHIFTS) so that it is attributed to the
 * demo wearers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FootageLibraryIT extends BrowserTestBase {

  static final ZoneId UK = CouncilTime.ZONE;
  static final String DEMO_DOCK_SECRET = System.getenv("EVIDENCE_DEMO_DOCK_SECRET");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  /** Sam Patel's, in Parking; Ella Brooks's, in Environment; and a pooled camera's, nobody's. */
  static long sams;

  static long ellas;
  static long pooled;
  static byte[] samsVideo;
  static Instant samsStart;

  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void footage() throws Exception {
    if (sams != 0) {
      return;
    }
    samsStart = inLastShift("VB4-000101", "camera.user");
    samsVideo = TestVideos.make(4);
    sams = upload("VB4-000101", samsStart, samsVideo);
    ellas =
        upload("D5-200031", inLastShift("D5-200031", "enforcement.officer"), TestVideos.make(2));
    pooled = upload("AXB3-7719", Instant.now().minusSeconds(900), TestVideos.make(2));
  }

  /** Two hours into the latest past demo shift of this camera and wearer. */
  static Instant inLastShift(String serial, String wearer) throws java.sql.SQLException {
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "SELECT a.checked_out_at FROM camera_assignment a JOIN camera c ON c.id ="
                    + " a.camera_id JOIN staff_member s ON s.id = a.staff_id WHERE c.serial = ?"
                    + " AND s.username = ? AND a.checked_in_at < now()"
                    + " ORDER BY a.checked_out_at DESC LIMIT 1")) {
      ps.setString(1, serial);
      ps.setString(2, wearer);
      var rs = ps.executeQuery();
      assertTrue(rs.next(), "a demo shift of " + serial);
      return rs.getTimestamp(1).toInstant().plusSeconds(2 * 3600 + 7 * 60);
    }
  }

  long upload(String serial, Instant start, byte[] video) throws Exception {
    var request =
        DevicesIT.uploadRequest(
                base,
                "demo-dock",
                DEMO_DOCK_SECRET,
                serial,
                start.toString(),
                start.plusSeconds(30).toString(),
                DevicesIT.sha256(video))
            .POST(HttpRequest.BodyPublishers.ofByteArray(video))
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(201, response.statusCode(), response.body());
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
    assertTrue(id.find(), response.body());
    return Long.parseLong(id.group(1));
  }

  /** The recording ids listed on the library's first page for this person. */
  static List<Long> listed(PortalClient client, String query) {
    String page = client.get("footage/library.xhtml" + query).body();
    return Pattern.compile("data-recording=\"(\\d+)\"")
        .matcher(page)
        .results()
        .map(m -> Long.parseLong(m.group(1)))
        .toList();
  }

  /** Sets a date-time field as the browser's own picker would, whatever its locale's layout. */
  void setValue(String id, String value) {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  @Test
  void eachRoleSeesExactlyTheFootageItMay() throws Exception {
    var camera = listed(PortalClient.signedIn(base, "camera.user"), "");
    assertTrue(camera.contains(sams));
    assertFalse(camera.contains(ellas) || camera.contains(pooled), "only their own: " + camera);

    var supervisor = listed(PortalClient.signedIn(base, "supervisor"), "");
    assertTrue(supervisor.containsAll(List.of(sams, pooled)), "their area and pooled footage");
    assertFalse(supervisor.contains(ellas), "not Environment's");

    for (String everything : List.of("evidence.officer", "dpo", "compliance", "admin")) {
      var all = listed(PortalClient.signedIn(base, everything), "?sort=NEWEST");
      assertTrue(all.containsAll(List.of(sams, ellas, pooled)), everything + ": " + all);
    }

    // Pictures: the evidence officer gets thumbnails and the file; the administrator neither.
    PortalClient officer = PortalClient.signedIn(base, "evidence.officer");
    assertTrue(officer.get("footage/library.xhtml").body().contains("thumbnail?id=" + sams));
    assertEquals(200, officer.getBytes("footage/thumbnail?id=" + sams).statusCode());
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String adminPage = admin.get("footage/library.xhtml").body();
    assertFalse(adminPage.contains("thumbnail?id="), "no pictures for an administrator");
    assertEquals(404, admin.getBytes("footage/media?id=" + sams).statusCode());
    assertEquals(404, admin.getBytes("footage/thumbnail?id=" + sams).statusCode());
    String detail = admin.get("footage/recording.xhtml?id=" + sams).body();
    assertTrue(detail.contains("sees the details of footage but not the"), "details only");
    assertFalse(detail.contains("<video"));

    // Someone else's recording is not found, and the attempt is audited.
    long before = TestDatabase.auditHead();
    PortalClient sam = PortalClient.signedIn(base, "camera.user");
    assertEquals(404, sam.get("footage/recording.xhtml?id=" + ellas).statusCode());
    assertEquals(404, sam.getBytes("footage/media?id=" + ellas).statusCode());
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(e -> e.startsWith("camera.user ACCESS_DENIED " + ellas)),
        "refusals audited");
  }

  /**
   * The player seeks with range requests under a token the recording page issued: one showing is
   * one play until it has sent more than another whole file, when pulling the file again through
   * "play" is audited again. A token the server did not issue (a client's own) is a download, as is
   * a HEAD for a download: every copy of footage is audited.
   */
  @Test
  void thePlayerSeeksWithRangeRequestsAndEveryPlayAndDownloadIsAudited() throws Exception {
    PortalClient officer = PortalClient.signedIn(base, "evidence.officer");
    Matcher player =
        Pattern.compile("src=\"[^\"]*/footage/media\\?id=" + sams + "&amp;play=([^\"]+)\"")
            .matcher(officer.get("footage/recording.xhtml?id=" + sams).body());
    assertTrue(player.find(), "the recording page's player");
    String play = "footage/media?id=" + sams + "&play=" + player.group(1);
    long before = TestDatabase.auditHead();
    var part = officer.getBytes(play, Map.of("Range", "bytes=100-1123"));
    assertEquals(206, part.statusCode());
    assertEquals(
        "bytes 100-1123/" + samsVideo.length,
        part.headers().firstValue("Content-Range").orElseThrow());
    assertArrayEquals(Arrays.copyOfRange(samsVideo, 100, 1124), part.body());
    assertEquals("bytes", part.headers().firstValue("Accept-Ranges").orElseThrow());

    // The player's next request for the same showing is not a second play...
    var rest = officer.getBytes(play, Map.of());
    assertEquals(200, rest.statusCode());
    assertArrayEquals(samsVideo, rest.body());
    var beyond = officer.getBytes(play, Map.of("Range", "bytes=" + samsVideo.length + "-"));
    assertEquals(416, beyond.statusCode());
    assertEquals(1, count(TestDatabase.auditSince(before), "FOOTAGE_PLAYED"), "one play");
    // ...but the whole file twice more through the same "play" is audited, with the bytes sent.
    officer.getBytes(play, Map.of());
    officer.getBytes(play, Map.of());
    List<String> plays =
        TestDatabase.auditSince(before).stream()
            .filter(e -> e.startsWith("evidence.officer FOOTAGE_PLAYED " + sams))
            .toList();
    assertEquals(3, plays.size(), plays.toString());
    assertTrue(plays.get(2).contains("more than 3 times the file"), plays.toString());

    // A token of the client's own making is not a play: it is a download, audited each time.
    long beforeOwn = TestDatabase.auditHead();
    for (int i = 0; i < 3; i++) {
      assertEquals(
          200,
          officer.getBytes("footage/media?id=" + sams + "&play=token-1", Map.of()).statusCode());
    }
    var download = officer.getBytes("footage/media?id=" + sams + "&download=true", Map.of());
    assertEquals(200, download.statusCode());
    assertTrue(
        download
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .startsWith("attachment; filename=\"VB4-000101_"));
    assertArrayEquals(samsVideo, download.body());
    assertEquals(200, officer.head("footage/media?id=" + sams + "&download=true").statusCode());

    List<String> events = TestDatabase.auditSince(beforeOwn);
    assertEquals(0, count(events, "FOOTAGE_PLAYED"), events.toString());
    assertEquals(5, count(events, "FOOTAGE_DOWNLOADED"), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.contains("HEAD, headers only")), events.toString());
  }

  /**
   * A player that seeks drops the stream it was reading: the server sees the connection reset in
   * the middle of a ranged response. That is normal, and leaves no stack trace or error in the
   * server's log (it used to leave three per seek), while the play is still audited, before any
   * byte is sent.
   */
  @Test
  void aPlayerThatSeeksAwayFromAStreamLeavesNoErrorInTheLog() throws Exception {
    byte[] video = TestVideos.padded(2, 24 * 1024 * 1024);
    long id = upload("VB4-000101", samsStart.plusSeconds(600), video);
    PortalClient officer = PortalClient.signedIn(base, "evidence.officer");
    Matcher player =
        Pattern.compile("src=\"[^\"]*/footage/media\\?id=" + id + "&amp;play=([^\"]+)\"")
            .matcher(officer.get("footage/recording.xhtml?id=" + id).body());
    assertTrue(player.find(), "the recording page's player");
    String path = base.getPath() + "footage/media?id=" + id + "&play=" + player.group(1);
    String session = officer.cookie("JSESSIONID").orElseThrow();
    Path log = serverLog();
    long logBefore = Files.size(log);
    long before = TestDatabase.auditHead();

    for (String range : List.of("bytes=0-", "bytes=8000000-", "bytes=16000000-")) {
      try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
        socket.setSoTimeout(30_000);
        socket
            .getOutputStream()
            .write(
                ("GET "
                        + path
                        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: JSESSIONID="
                        + session
                        + "\r\nRange: "
                        + range
                        + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        byte[] start = socket.getInputStream().readNBytes(4096);
        assertTrue(
            new String(start, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 206"),
            new String(start, 0, 200, StandardCharsets.ISO_8859_1));
        // Gone without a word, as a browser drops a stream it no longer wants: a reset.
        socket.setSoLinger(true, 0);
      }
    }
    String written = settledLogSince(log, logBefore);
    for (String sign :
        List.of(
            "getOutputStream() has already been called",
            "Connection reset",
            "Broken pipe",
            "Exception",
            "\tat ")) {
      assertFalse(written.contains(sign), "'" + sign + "' in the server log:\n" + written);
    }
    List<String> plays =
        TestDatabase.auditSince(before).stream()
            .filter(e -> e.startsWith("evidence.officer FOOTAGE_PLAYED " + id))
            .toList();
    assertEquals(1, plays.size(), "one showing, one play: " + plays);
    var whole = officer.getBytes("footage/media?id=" + id + "&download=true", Map.of());
    assertArrayEquals(video, whole.body(), "the server still streams after the resets");
  }

  /** The server's log (arquillian.xml): its file handler adds a generation number, ".0". */
  private static Path serverLog() {
    Path current = Path.of("target/payara-micro.log.0");
    return Files.exists(current) ? current : Path.of("target/payara-micro.log");
  }

  /** What the server has logged since {@code from}, once it has written nothing for a second. */
  private static String settledLogSince(Path log, long from) throws Exception {
    Thread.sleep(1_000);
    long size = -1;
    for (int i = 0; i < 20 && size != Files.size(log); i++) {
      size = Files.size(log);
      Thread.sleep(1_000);
    }
    try (var in = Files.newInputStream(log)) {
      in.skipNBytes(from);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private long count(List<String> events, String action) {
    return events.stream()
        .filter(e -> e.startsWith("evidence.officer " + action + " " + sams))
        .count();
  }

  @Test
  void anEvidenceOfficerFindsARecordingByWearerAndTimePlaysItSeeksAndAddsANote() throws Exception {
    signIn("evidence.officer");
    open("footage/library.xhtml");
    assertAccessible("library-evidence-officer");
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    new Select(browser.findElement(By.id("filters:wearer"))).selectByVisibleText("Sam Patel");
    setValue("filters:from", local.format(samsStart.minusSeconds(60).atZone(UK)));
    setValue("filters:to", local.format(samsStart.plusSeconds(60).atZone(UK)));
    submit(By.id("filters:search"));
    assertTrue(browser.getCurrentUrl().contains("wearer="), browser.getCurrentUrl());
    List<String> rows =
        browser.findElements(By.cssSelector("#results tbody tr")).stream()
            .map(r -> r.getAttribute("data-recording"))
            .toList();
    assertEquals(List.of(String.valueOf(sams)), rows);
    assertTrue(text(By.id("resultCount")).contains("of 1 recordings"));

    submit(By.cssSelector("#results a[href*='recording.xhtml?id=" + sams + "']"));
    assertTrue(text(By.id("wearer")).contains("Sam Patel"));
    assertTrue(text(By.id("sha256")).contains(DevicesIT.sha256(samsVideo)));
    assertAccessible("recording-evidence-officer");

    var js = (JavascriptExecutor) browser;
    js.executeScript(
        "const v = document.getElementById('player'); v.muted = true;"
            + " v.play().catch(() => {});");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                ((Number) js.executeScript("return document.getElementById('player').readyState"))
                        .intValue()
                    >= 2);
    double length =
        ((Number) js.executeScript("return document.getElementById('player').duration"))
            .doubleValue();
    assertEquals(4.0, length, 0.5);
    js.executeScript("document.getElementById('player').currentTime = 3;");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d -> {
              Object seeking = js.executeScript("return document.getElementById('player').seeking");
              double now =
                  ((Number)
                          js.executeScript("return document.getElementById('player').currentTime"))
                      .doubleValue();
              return Boolean.FALSE.equals(seeking) && now >= 2.9;
            });

    type(By.id("notes:note"), "Shows the driver's registration at 0:02.");
    submit(By.id("notes:addNote"));
    assertTrue(text(By.id("noteList")).contains("Shows the driver's registration at 0:02."));
    expand("custodyDetails");
    String custody = text(By.id("custody"));
    for (String step :
        List.of("footage uploaded", "footage viewed", "footage played", "footage note added")) {
      assertTrue(custody.contains(step), step + " in the chain of custody:\n" + custody);
    }

    submit(By.id("notes:addNote"));
    assertTrue(text(By.className("govuk-error-summary")).contains("Enter the note."));
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsExplainedAndWhatWasTypedIsKept() {
    signIn("supervisor");
    open("footage/library.xhtml");
    setValue("filters:from", "2026-11-20T10:00");
    setValue("filters:to", "2026-11-20T09:00");
    type(By.id("filters:dueWithin"), "soon");
    submit(By.id("filters:search"));
    String errors = text(By.className("govuk-error-summary"));
    assertTrue(errors.contains("Enter the number of days as a whole number."), errors);
    assertEquals("soon", browser.findElement(By.id("filters:dueWithin")).getAttribute("value"));
    assertEquals(
        "2026-11-20T10:00", browser.findElement(By.id("filters:from")).getAttribute("value"));
    assertAccessible("library-errors");
    type(By.id("filters:dueWithin"), "7");
    submit(By.id("filters:search"));
    assertTrue(
        text(By.className("govuk-error-summary"))
            .contains("The end of the time range must be after its start."));
  }

  @Test
  void aSupervisorAttributesUnattributedFootageWithAReason() throws Exception {
    signIn("supervisor");
    open("supervisor/index.xhtml");
    submit(By.id("unattributed"));
    assertTrue(
        browser.findElements(By.cssSelector("#results tbody tr")).stream()
            .anyMatch(r -> String.valueOf(pooled).equals(r.getAttribute("data-recording"))));
    open("footage/recording.xhtml?id=" + pooled);
    assertAccessible("recording-attribute");
    new Select(browser.findElement(By.id("attribution:wearer"))).selectByVisibleText("Dan Hughes");
    submit(By.id("attribution:attribute"));
    assertTrue(text(By.className("govuk-error-summary")).contains("Say how you know"));
    assertEquals(
        "Dan Hughes",
        new Select(browser.findElement(By.id("attribution:wearer")))
            .getFirstSelectedOption()
            .getText(),
        "the choice is kept");
    long before = TestDatabase.auditHead();
    type(By.id("attribution:reason"), "Shift rota: Dan had the pool camera that afternoon.");
    submit(By.id("attribution:attribute"));
    assertTrue(text(By.id("wearer")).contains("Dan Hughes"));
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(
                e ->
                    e.startsWith("supervisor FOOTAGE_ATTRIBUTED " + pooled)
                        && e.contains("to parking.warden")));
    assertTrue(listed(PortalClient.signedIn(base, "parking.warden"), "").contains(pooled));
  }

  @Test
  void aChangedOrMissingOriginalIsFoundByTheFixityCheckAndAudited() throws Exception {
    Instant start = Instant.now().minusSeconds(3000);
    byte[] first = TestVideos.make(2);
    byte[] second = TestVideos.make(2);
    long altered = upload("VB4-000102", start, first);
    long missing = upload("VB4-000102", start.plusSeconds(120), second);
    Path file = DevicesIT.stored(DevicesIT.sha256(first));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    first[first.length / 2] ^= 1;
    Files.write(file, first);
    Files.delete(DevicesIT.stored(DevicesIT.sha256(second)));
    long before = TestDatabase.auditHead();

    signIn("compliance");
    open("integrity/fixity.xhtml");
    checkFixityNow();
    String failures = text(By.id("failures"));
    assertTrue(failures.contains("Recording " + altered + " (VB4-000102): altered"), failures);
    assertTrue(failures.contains("Recording " + missing + " (VB4-000102): missing"), failures);
    assertAccessible("fixity-failures");
    List<String> events = TestDatabase.auditSince(before);
    assertTrue(
        events.stream().anyMatch(e -> e.startsWith("system FIXITY_FAILED " + altered + " ALTERED")),
        events.toString());
    assertTrue(
        events.stream()
            .anyMatch(e -> e.startsWith("system FIXITY_FAILED " + missing + " MISSING")));
    assertTrue(events.stream().anyMatch(e -> e.startsWith("compliance FIXITY_CHECK_REQUESTED")));

    signIn("camera.user");
    open("integrity/fixity.xhtml");
    assertTrue(browser.getTitle().startsWith("You cannot open this page"));
  }
}
