package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18: a data protection officer redacts a recording found for a subject access request. The
 * faces are found automatically; the requester's is kept visible, a box is drawn by hand, a stretch
 * of sound is muted; the preview is watched to the end, the copy made and watched; and the frames
 * of the copy, looked at as pictures, have the other face blurred and the requester's not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedactionIT extends BrowserTestBase {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @Test
  void aDataProtectionOfficerRedactsARecordingForASubjectAccessRequest() throws Exception {
    Instant at =
        Instant.now()
            .minus(3 + ThreadLocalRandom.current().nextInt(15), ChronoUnit.DAYS)
            .truncatedTo(ChronoUnit.MINUTES)
            .plusSeconds(ThreadLocalRandom.current().nextInt(600) * 60L);
    TestFootage.Uploaded uploaded =
        TestFootage.upload(base, TestFootage.CAMERA, at, TestVideos.twoFaces(4));
    long recording = uploaded.id();
    long before = TestDatabase.auditHead();

    signIn("dpo");
    open("requests/new.xhtml");
    new Select(browser.findElement(By.id("log:kind")))
        .selectByVisibleText("Subject access request");
    setValue("log:received", LocalDate.now(UK).minusDays(1).toString());
    new Select(browser.findElement(By.id("log:channel"))).selectByVisibleText("Letter");
    new Select(browser.findElement(By.id("log:requesterKind")))
        .selectByVisibleText("Member of the public");
    type(By.id("log:name"), "Eileen Example");
    type(By.id("log:email"), "eileen@example.org");
    setValue("log:from", LocalDateTime.ofInstant(at.minusSeconds(60), UK).toString());
    setValue("log:until", LocalDateTime.ofInstant(at.plusSeconds(60), UK).toString());
    type(By.id("log:place"), "The town hall steps");
    type(By.id("log:person"), "Woman with short fair hair, moving left to right");
    new Select(browser.findElement(By.id("log:cameraId"))).selectByVisibleText(TestFootage.CAMERA);
    submit(By.id("log:logIt"));
    assertTrue(path().endsWith("/requests/request.xhtml"), path());
    new Select(browser.findElement(By.id("mark:markRecording")))
        .selectByValue(Long.toString(recording));
    new Select(browser.findElement(By.id("mark:verdict"))).selectByValue("MATCHING");
    submit(By.id("mark:markIt"));

    submit(By.id("redact-" + recording));
    assertEquals("Redact recording " + recording, heading());
    assertAccessible("redaction-start");
    submit(By.id("start:findFaces"));
    waitFor("trackTable", Duration.ofMinutes(3));
    List<String> rows =
        browser.findElements(By.cssSelector("#trackTable tbody tr")).stream()
            .map(r -> r.getText())
            .toList();
    assertEquals(2, rows.size(), "one track a face: " + rows);
    assertAccessible("redaction-tracks");

    // The first track is the larger face, the requester's: kept. A box is drawn by hand where the
    // search found nothing, and a stretch of sound is muted.
    new Select(browser.findElement(By.id("action-1"))).selectByValue("KEEP");
    submit(By.id("tracks:saveTracks"));
    assertTrue(notice().contains("Tracks saved"), notice());
    type(By.id("draw:drawnAt"), "0:02");
    type(By.id("draw:boxX"), "600");
    type(By.id("draw:boxY"), "40");
    type(By.id("draw:boxWidth"), "120");
    type(By.id("draw:boxHeight"), "60");
    submit(By.id("draw:addBox"));
    assertTrue(notice().contains("Box added"), notice());
    new Select(browser.findElement(By.id("stretch:stretchKind"))).selectByValue("SOUND");
    type(By.id("stretch:stretchFrom"), "0:03");
    type(By.id("stretch:stretchTo"), "0:01");
    submit(By.id("stretch:addStretch"));
    assertTrue(errors().contains("The end must come after the start."), errors());
    assertTrue(errors().contains("Choose why."), errors());
    assertEquals("0:03", browser.findElement(By.id("stretch:stretchFrom")).getAttribute("value"));
    type(By.id("stretch:stretchTo"), "0:04");
    new Select(browser.findElement(By.id("stretch:stretchReason"))).selectByValue("THIRD_PARTY");
    submit(By.id("stretch:addStretch"));
    assertTrue(text(By.id("stretchList")).contains("Sound muted from 0:03 to 0:04"));
    assertEquals("true", browser.findElement(By.id("copyForm:makeCopy")).getAttribute("disabled"));
    assertAccessible("redaction-planned");

    // The preview, played to the end (faster than real time), is recorded; then the copy is made.
    play("preview");
    waitFor("previewWatched", Duration.ofSeconds(60));
    submit(By.id("copyForm:makeCopy"));
    waitFor("copyFacts", Duration.ofMinutes(3));
    String sha = text(By.cssSelector("#copyFacts code"));
    try (var c = TestDatabase.connect();
        var ps = c.prepareStatement("SELECT copy_plan FROM redaction WHERE recording_id = ?")) {
      ps.setLong(1, recording);
      var rs = ps.executeQuery();
      assertTrue(rs.next());
      String plan = rs.getString(1);
      assertTrue(plan.contains("\"muted\": [{\"from\":3000,\"to\":4000"), plan);
      assertTrue(plan.contains("\"action\":\"KEEP\""), "the decisions kept with the copy: " + plan);
    }
    Path copy = DevicesIT.copy(sha);
    assertTrue(Files.exists(copy), copy.toString());
    double[] requester = detail(copy, 2.0, TestVideos.facesAt(2.0)[0]);
    double[] other = detail(copy, 2.0, TestVideos.facesAt(2.0)[1]);
    double[] drawn = detail(copy, 2.0, new int[] {600, 40, 120, 60});
    Path original = DevicesIT.stored(uploaded.sha());
    double[] requesterBefore = detail(original, 2.0, TestVideos.facesAt(2.0)[0]);
    double[] otherBefore = detail(original, 2.0, TestVideos.facesAt(2.0)[1]);
    assertTrue(requester[0] > 0.6 * requesterBefore[0], "the requester's face kept");
    assertTrue(other[0] < 0.25 * otherBefore[0], "the other face blurred");
    assertTrue(drawn[0] < 3, "the box drawn by hand blurred: " + drawn[0]);
    screenshot("redaction-copy");

    // Watched to the end, the copy may be disclosed.
    play("copy");
    waitFor("copyChecked", Duration.ofSeconds(60));
    assertAccessible("redaction-checked");
    // The checked copy is what the requester's package holds.
    open("requests/request.xhtml?id=" + requestId());
    expand("packageDetails");
    browser.findElement(By.id("include-" + recording)).click();
    new Select(browser.findElement(By.id("package:recipientKind"))).selectByValue("DATA_SUBJECT");
    type(By.id("package:officer"), "Eileen Example");
    new Select(browser.findElement(By.id("package:lawfulBasis"))).selectByValue("SUBJECT_ACCESS");
    type(By.id("package:purpose"), "Her subject access request");
    submit(By.id("package:build"));
    assertTrue(notice().contains("for Eileen Example is being built"), notice());
    awaitPackageBuilt();
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "SELECT f.kind, f.sha256, f.path FROM disclosure_file f JOIN disclosure_package p"
                    + " ON p.id = f.package_id WHERE f.recording_id = ? AND f.kind <> 'CONTINUITY'")) {
      ps.setLong(1, recording);
      var rs = ps.executeQuery();
      assertTrue(rs.next(), "the recording is in the package");
      assertEquals("REDACTED", rs.getString(1));
      assertEquals(sha, rs.getString(2).strip());
      assertTrue(rs.getString(3).endsWith("_redacted.mp4"), rs.getString(3));
    }
    // A job whose server stopped (a job running, with no word from it for two minutes) is queued
    // again and done by the worker here.
    long stopped;
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "INSERT INTO redaction_job (redaction_id, kind, status, queued_by, queued_at,"
                    + " started_at, heartbeat_at, attempts) SELECT id, 'DETECT', 'RUNNING', 'dpo',"
                    + " now() - interval '3 minutes', now() - interval '3 minutes',"
                    + " now() - interval '2 minutes', 1 FROM redaction WHERE recording_id = ?"
                    + " RETURNING id")) {
      ps.setLong(1, recording);
      var rs = ps.executeQuery();
      assertTrue(rs.next());
      stopped = rs.getLong(1);
    }
    String status = "";
    for (int i = 0; i < 120 && !status.startsWith("DONE"); i++) {
      Thread.sleep(1000);
      try (var c = TestDatabase.connect();
          var ps = c.prepareStatement("SELECT status, attempts FROM redaction_job WHERE id = ?")) {
        ps.setLong(1, stopped);
        var rs = ps.executeQuery();
        rs.next();
        status = rs.getString(1) + " " + rs.getInt(2);
      }
    }
    assertEquals("DONE 2", status, "queued again, started a second time and done");

    List<String> events = TestDatabase.auditSince(before);
    for (String action :
        List.of(
            "REDACTION_STARTED",
            "REDACTION_FACES_FOUND",
            "REDACTION_CHANGED",
            "REDACTION_PREVIEW_WATCHED",
            "REDACTED_COPY_MADE",
            "REDACTED_COPY_PLAYED",
            "REDACTED_COPY_CHECKED")) {
      assertTrue(
          events.stream().anyMatch(e -> e.contains(" " + action + " ")), action + " " + events);
    }
  }

  /** The request whose redaction page is open, from the page's "back" link. */
  private long requestId() {
    String back = browser.findElement(By.className("govuk-back-link")).getAttribute("href");
    return Long.parseLong(back.substring(back.indexOf("id=") + 3));
  }

  /** Plays the video with this id to its end, four times as fast and without sound. */
  private void play(String id) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "const v = document.getElementById(arguments[0]); v.muted = true; v.currentTime = 0;"
                + " v.playbackRate = 4; v.play();",
            id);
  }

  /** Waits, as the page reloads itself, for the element with this id to appear. */
  private void waitFor(String id, Duration limit) {
    new WebDriverWait(browser, limit, Duration.ofMillis(500))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> !d.findElements(By.id(id)).isEmpty());
  }

  private void setValue(String id, String value) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
  }

  /**
   * How much detail the box {x, y, width, height} of the 1280x720 frame at {@code seconds} holds:
   * the mean difference between neighbouring pixels, as the first element.
   */
  static double[] detail(Path video, double seconds, int[] box) throws Exception {
    Process ffmpeg =
        new ProcessBuilder(
                "ffmpeg",
                "-v",
                "error",
                "-ss",
                String.valueOf(seconds),
                "-i",
                video.toString(),
                "-frames:v",
                "1",
                "-f",
                "rawvideo",
                "-pix_fmt",
                "gray",
                "-")
            .start();
    byte[] frame = ffmpeg.getInputStream().readAllBytes();
    assertTrue(ffmpeg.waitFor(60, TimeUnit.SECONDS) && ffmpeg.exitValue() == 0, "ffmpeg read it");
    assertEquals(1280 * 720, frame.length, "one 1280x720 frame");
    long sum = 0;
    long n = 0;
    for (int y = box[1]; y < box[1] + box[3]; y++) {
      for (int x = box[0]; x < box[0] + box[2] - 1; x++) {
        sum += Math.abs((frame[y * 1280 + x] & 0xff) - (frame[y * 1280 + x + 1] & 0xff));
        n++;
      }
    }
    return new double[] {(double) sum / n};
  }
}
