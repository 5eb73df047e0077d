package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16: a data protection officer logs a subject access request from the letter, which holds
 * its footage at once; stops and restarts its clock; rules a recording out, releasing its hold; and
 * closes it. Bad input is refused with what was typed kept; others are refused the request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestsIT extends BrowserTestBase {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @Test
  void aDataProtectionOfficerTakesASubjectAccessRequestFromTheLetterToItsClose() throws Exception {
    // Two recordings from one camera, some days ago, at a time no other test uses.
    Instant at =
        Instant.now()
            .minus(3 + ThreadLocalRandom.current().nextInt(15), ChronoUnit.DAYS)
            .truncatedTo(ChronoUnit.MINUTES)
            .plusSeconds(ThreadLocalRandom.current().nextInt(600) * 60L);
    long first = TestFootage.upload(base, at).id();
    long second = TestFootage.upload(base, at.plusSeconds(300)).id();
    LocalDateTime from = LocalDateTime.ofInstant(at.minusSeconds(600), UK);
    LocalDateTime until = LocalDateTime.ofInstant(at.plusSeconds(900), UK);
    LocalDate today = LocalDate.now(UK);

    signIn("dpo");
    open("requests/index.xhtml");
    assertEquals("Requests for footage", heading());
    assertAccessible("requests-queue");
    submit(By.id("logRequest"));
    assertEquals("Log a request", heading());
    assertAccessible("requests-new");

    // A form with mistakes: every one named, what was typed kept.
    new Select(browser.findElement(By.id("log:kind")))
        .selectByVisibleText("Subject access request");
    setValue("log:received", today.plusDays(1).toString());
    type(By.id("log:name"), "Ann Example");
    type(By.id("log:email"), "not an address");
    setValue("log:from", from.toString());
    submit(By.id("log:logIt"));
    String errors = errors();
    assertTrue(errors.contains("cannot be in the future"), errors);
    assertTrue(errors.contains("Choose how it arrived."), errors);
    assertTrue(errors.contains("Choose who is asking."), errors);
    assertTrue(errors.contains("e-mail address like"), errors);
    assertTrue(errors.contains("a start and an end"), errors);
    assertEquals("Ann Example", browser.findElement(By.id("log:name")).getAttribute("value"));
    assertEquals(
        "SUBJECT_ACCESS",
        new Select(browser.findElement(By.id("log:kind")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    assertAccessible("requests-new-errors");

    setValue("log:received", today.minusDays(2).toString());
    new Select(browser.findElement(By.id("log:channel"))).selectByVisibleText("Letter");
    new Select(browser.findElement(By.id("log:requesterKind")))
        .selectByVisibleText("Member of the public");
    type(By.id("log:email"), "ann@example.org");
    setValue("log:until", until.toString());
    type(By.id("log:place"), "Market Square, by the fountain");
    type(By.id("log:person"), "Woman in a red coat with a pushchair");
    new Select(browser.findElement(By.id("log:cameraId"))).selectByVisibleText(TestFootage.CAMERA);
    submit(By.id("log:logIt"));

    assertTrue(path().endsWith("/requests/request.xhtml"), path());
    String reference = heading().split("\\s")[0];
    assertTrue(reference.matches("SAR-\\d{4}-\\d{4}"), heading());
    assertTrue(notice().contains("Request " + reference + " logged."), notice());
    assertTrue(text(By.id("deadlineText")).startsWith("Due by "), text(By.id("deadlineText")));
    long requestId = requestId();
    assertEquals(1, activeHolds(first, reference));
    assertEquals(1, activeHolds(second, reference));
    assertTrue(text(By.id("found")).contains(TestFootage.CAMERA));
    assertAccessible("requests-request");

    // The letter is kept with the request; a file that is not a PDF or image is refused.
    java.nio.file.Path notes = java.nio.file.Files.createTempFile("notes", ".txt");
    java.nio.file.Files.writeString(notes, "not a letter");
    java.nio.file.Path letter = java.nio.file.Files.createTempFile("letter", ".pdf");
    java.nio.file.Files.writeString(letter, "%PDF-1.4\n% the requester's letter\n%%EOF\n");
    expand("attachDetails");
    new Select(browser.findElement(By.id("attach:documentKind"))).selectByValue("LETTER");
    browser.findElement(By.id("attach:file")).sendKeys(notes.toString());
    submit(By.id("attach:attachIt"));
    assertTrue(errors().contains("must be a PDF, or a JPEG or PNG image"), errors());
    new Select(browser.findElement(By.id("attach:documentKind"))).selectByValue("LETTER");
    browser.findElement(By.id("attach:file")).sendKeys(letter.toString());
    submit(By.id("attach:attachIt"));
    assertTrue(text(By.id("documents")).contains(letter.getFileName().toString()));
    String document = browser.findElement(By.cssSelector("#documents a")).getAttribute("href");
    String documentPath = document.substring(document.indexOf("requests/document"));
    var opened = PortalClient.signedIn(base, "dpo").get(documentPath);
    assertEquals(200, opened.statusCode());
    assertTrue(opened.body().contains("the requester's letter"));
    assertEquals(
        404, PortalClient.signedIn(base, "evidence.officer").get(documentPath).statusCode());

    // The clock stops while the council asks which day it was, and cannot restart before it did.
    expand("pauseDetails");
    setValue("pause:from", today.toString());
    type(By.id("pause:asked"), "Which entrance of the market were you at?");
    submit(By.id("pause:stop"));
    assertEquals("Clock stopped", text(By.id("urgency")));
    assertTrue(text(By.id("pauses")).contains("Which entrance"), text(By.id("pauses")));
    setValue("resume:until", today.minusDays(1).toString());
    submit(By.id("resume:restart"));
    assertTrue(errors().contains("cannot restart before it stopped"), errors());
    setValue("resume:until", today.toString());
    submit(By.id("resume:restart"));
    assertTrue(text(By.id("deadlineText")).startsWith("Due by "), text(By.id("deadlineText")));

    // Ruling a recording out needs a reason, and releases its hold; the other stays held.
    new Select(browser.findElement(By.id("mark:markRecording")))
        .selectByValue(Long.toString(second));
    new Select(browser.findElement(By.id("mark:verdict"))).selectByValue("NOT_MATCHING");
    submit(By.id("mark:markIt"));
    assertTrue(errors().contains("Say why it does not show"), errors());
    new Select(browser.findElement(By.id("mark:markRecording")))
        .selectByValue(Long.toString(second));
    new Select(browser.findElement(By.id("mark:verdict"))).selectByValue("NOT_MATCHING");
    type(By.id("mark:reason"), "Points at the car park, not the square");
    submit(By.id("mark:markIt"));
    assertEquals(0, activeHolds(second, reference));
    assertEquals(1, activeHolds(first, reference));
    assertTrue(
        text(By.id("history")).contains("request recording decided"), text(By.id("history")));

    // Others may not open it: an evidence officer (not a police request) is refused, audited.
    long beforeProbe = TestDatabase.auditHead();
    assertEquals(
        404,
        PortalClient.signedIn(base, "evidence.officer")
            .get("requests/request.xhtml?id=" + requestId)
            .statusCode());
    assertTrue(
        TestDatabase.auditSince(beforeProbe).stream()
            .anyMatch(e -> e.startsWith("evidence.officer ACCESS_DENIED " + requestId)),
        TestDatabase.auditSince(beforeProbe).toString());
    assertEquals(
        403,
        PortalClient.signedIn(base, "camera.user")
            .get("requests/request.xhtml?id=" + requestId)
            .statusCode());

    // Closed, it leaves the open queue; its footage stays held.
    signIn("dpo");
    open("requests/request.xhtml?id=" + requestId);
    submit(By.id("close:closeIt"));
    assertEquals("Closed", text(By.id("urgency")));
    assertTrue(browser.findElements(By.id("pause")).isEmpty(), "nothing more happens to it");
    assertEquals(1, activeHolds(first, reference));
    open("requests/index.xhtml");
    assertFalse(text(By.tagName("main")).contains(reference));
    open("requests/index.xhtml?status=CLOSED&kind=SUBJECT_ACCESS");
    assertTrue(text(By.id("queue")).contains(reference), text(By.id("queue")));
  }

  @Test
  void anEvidenceOfficerLogsThePolicesRequestsOnly() throws Exception {
    signIn("evidence.officer");
    open("requests/new.xhtml");
    new Select(browser.findElement(By.id("log:kind"))).selectByVisibleText("FOI request");
    setValue("log:received", LocalDate.now(UK).toString());
    new Select(browser.findElement(By.id("log:channel"))).selectByVisibleText("E-mail");
    new Select(browser.findElement(By.id("log:requesterKind")))
        .selectByVisibleText("Other organisation");
    type(By.id("log:name"), "A Newspaper");
    type(By.id("log:email"), "news@example.org");
    type(By.id("log:details"), "How many body-worn cameras does the council own?");
    submit(By.id("log:logIt"));
    assertTrue(errors().contains("Evidence officers log the police's requests"), errors());

    new Select(browser.findElement(By.id("log:kind"))).selectByVisibleText("Third-party request");
    new Select(browser.findElement(By.id("log:requesterKind"))).selectByVisibleText("Police");
    type(By.id("log:name"), "PC 1234 Jones, County Police");
    type(By.id("log:email"), "pc1234@police.example.org");
    Instant at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    setValue("log:from", LocalDateTime.ofInstant(at, UK).toString());
    setValue("log:until", LocalDateTime.ofInstant(at.plusSeconds(600), UK).toString());
    type(By.id("log:place"), "Bus station");
    type(By.id("log:details"), "");
    new Select(browser.findElement(By.id("log:cameraId"))).selectByVisibleText(TestFootage.CAMERA);
    submit(By.id("log:logIt"));
    String reference = heading().split("\\s")[0];
    assertTrue(reference.matches("TPR-\\d{4}-\\d{4}"), heading());
    assertTrue(text(By.id("deadlineText")).startsWith("Due by "));
    assertTrue(text(By.id("summary")).contains("PC 1234 Jones"));
    open("requests/index.xhtml");
    assertTrue(text(By.id("queue")).contains(reference));
  }

  private void setValue(String id, String value) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
  }

  private long requestId() {
    Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
    assertTrue(m.find(), browser.getCurrentUrl());
    return Long.parseLong(m.group(1));
  }

  private static long activeHolds(long recording, String reference) throws SQLException {
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "SELECT count(*) FROM recording_hold WHERE recording_id = ? AND reference = ?"
                    + " AND released_at IS NULL")) {
      ps.setLong(1, recording);
      ps.setString(2, reference);
      var rs = ps.executeQuery();
      rs.next();
      return rs.getLong(1);
    }
  }
}
