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
import uk.council.evidence.platform.entity.CouncilTime;

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
    long later = TestFootage.upload(base, at.plusSeconds(7200)).id();
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
    assertEquals(0, activeHolds(later, reference), "two hours later: outside the window");
    assertAccessible("requests-request");

    // The queue lists it by the day its reply is due, kept on its row and counted again when the
    // calendar changes: a one-off bank holiday on that day moves it on the queue too.
    PortalClient api = PortalClient.signedIn(base, "dpo");
    LocalDate due = due(api, today.minusDays(2));
    assertTrue(
        queueRow(reference).contains("Reply by " + CouncilTime.date(due)), queueRow(reference));
    try {
      addHoliday(due);
      LocalDate moved = due(api, today.minusDays(2));
      assertTrue(moved.isAfter(due), moved + " after " + due);
      assertTrue(
          queueRow(reference).contains("Reply by " + CouncilTime.date(moved)), queueRow(reference));
    } finally {
      removeHoliday(due);
    }
    assertTrue(
        queueRow(reference).contains("Reply by " + CouncilTime.date(due)), queueRow(reference));
    open("requests/request.xhtml?id=" + requestId);

    // A wider search from the page finds the later recording, which is added and held.
    expand("searchDetails");
    setValue("search:searchUntil", LocalDateTime.ofInstant(at.plusSeconds(9000), UK).toString());
    new Select(browser.findElement(By.id("search:searchCamera")))
        .selectByVisibleText(TestFootage.CAMERA);
    submit(By.id("search:searchIt"));
    assertTrue(
        !browser
            .findElements(By.cssSelector("#candidates a[href$='recording.xhtml?id=" + later + "']"))
            .isEmpty(),
        text(By.id("candidates")));
    assertAccessible("requests-request-search");
    browser
        .findElement(
            By.xpath(
                "//table[@id='candidates']//tr[.//a[contains(@href, 'id=" + later + "')]]//input"))
        .click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.className("govuk-notification-banner")).isEmpty());
    assertTrue(notice().contains("added and held"), notice());
    assertEquals(1, activeHolds(later, reference));
    new Select(browser.findElement(By.id("mark:markRecording")))
        .selectByValue(Long.toString(later));
    new Select(browser.findElement(By.id("mark:verdict"))).selectByValue("NOT_MATCHING");
    type(By.id("mark:reason"), "Two hours after the time asked for");
    submit(By.id("mark:markIt"));
    assertEquals(0, activeHolds(later, reference));

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

    // The acknowledgement, signed, is kept with the request.
    signIn("dpo");
    open("requests/request.xhtml?id=" + requestId);
    new Select(browser.findElement(By.id("letter:letterKind"))).selectByValue("ACKNOWLEDGEMENT");
    submit(By.id("letter:produceLetter"));
    assertTrue(text(By.id("letters")).contains("Acknowledgement"), text(By.id("letters")));
    String acknowledgement = pdfText(firstLetterPath());
    assertTrue(acknowledgement.contains("Our reference is " + reference), acknowledgement);
    assertTrue(acknowledgement.contains("We will reply by"), acknowledgement);

    // Disclosing needs a recording marked as showing the requester, and what was done about
    // others in it; then the reply is recorded, the request closed, and the reply letter kept.
    new Select(browser.findElement(By.id("reply:outcome"))).selectByValue("SAR_DISCLOSE");
    new Select(browser.findElement(By.id("reply:sentHow"))).selectByValue("SECURE_DOWNLOAD");
    submit(By.id("reply:replyIt"));
    String refused = errors();
    assertTrue(refused.contains("No recording is marked"), refused);
    assertTrue(refused.contains("how other people in the footage were dealt with"), refused);
    new Select(browser.findElement(By.id("mark:markRecording")))
        .selectByValue(Long.toString(first));
    new Select(browser.findElement(By.id("mark:verdict"))).selectByValue("MATCHING");
    submit(By.id("mark:markIt"));
    // A package of the matched recording for the requester, by the existing pipeline: as its
    // checked redacted copy, or as the original only with a reason recorded for not redacting it.
    fillPackageForRequester(first, reference);
    assertTrue(errors().contains("has no checked redacted copy"), errors());
    submit(By.id("redact-" + first));
    expand("originalDetails");
    type(By.id("original:originalReason"), "The footage shows no one but the requester.");
    submit(By.id("original:saveOriginal"));
    assertTrue(notice().contains("disclosed without redaction"), notice());
    assertTrue(text(By.id("originalDecided")).contains("no one but the requester"));
    open("requests/request.xhtml?id=" + requestId);
    fillPackageForRequester(first, reference);
    assertTrue(notice().contains("for Ann Example is being built"), notice());
    awaitPackageBuilt();
    assertTrue(text(By.id("packageList")).contains("DP-"), text(By.id("packageList")));
    assertEquals(
        1, count("SELECT count(*) FROM disclosure_package WHERE request_id = " + requestId));
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM disclosure_file f JOIN disclosure_package p ON p.id ="
                + " f.package_id WHERE p.request_id = "
                + requestId
                + " AND f.kind = 'ORIGINAL' AND f.recording_id = "
                + first));
    assertAccessible("requests-request-package");

    new Select(browser.findElement(By.id("reply:outcome"))).selectByValue("SAR_DISCLOSE");
    new Select(browser.findElement(By.id("reply:sentHow"))).selectByValue("SECURE_DOWNLOAD");
    type(By.id("reply:thirdParties"), "Two passers-by were blurred by hand.");
    submit(By.id("reply:replyIt"));
    assertEquals("Closed", text(By.id("urgency")));
    assertTrue(text(By.id("decision")).contains("Disclose"), text(By.id("decision")));
    assertTrue(browser.findElements(By.id("pause")).isEmpty(), "nothing more happens to it");
    assertTrue(browser.findElements(By.id("reply")).isEmpty(), "no reply after closure");
    assertTrue(text(By.id("letters")).contains("Reply"), text(By.id("letters")));
    assertAccessible("requests-request-closed");
    String replyLetter = pdfText(lastLetterPath());
    assertTrue(replyLetter.contains("We found 1 recording of you"), replyLetter);
    assertTrue(replyLetter.contains("Two passers-by were blurred by hand."), replyLetter);

    // Closed, it leaves the open queue; its footage stays held.
    assertEquals(1, activeHolds(first, reference));
    open("requests/index.xhtml");
    assertFalse(text(By.tagName("main")).contains(reference));
    open("requests/index.xhtml?status=CLOSED&kind=SUBJECT_ACCESS");
    assertTrue(text(By.id("queue")).contains(reference), text(By.id("queue")));
    assertTrue(text(By.id("counts")).contains("Refused, by reason"));

    // A complaint about how it was handled: logged, on the queue until acknowledged.
    open("requests/request.xhtml?id=" + requestId);
    expand("complaintDetails");
    setValue("complaint:received", today.plusDays(3).toString());
    type(By.id("complaint:about"), "The footage was sent without the sound.");
    submit(By.id("complaint:logComplaint"));
    assertTrue(errors().contains("cannot be in the future"), errors());
    assertEquals(
        "The footage was sent without the sound.",
        browser.findElement(By.id("complaint:about")).getAttribute("value"));
    setValue("complaint:received", today.toString());
    submit(By.id("complaint:logComplaint"));
    assertTrue(text(By.id("complaints")).contains("Not yet: due by"), text(By.id("complaints")));
    open("requests/index.xhtml");
    assertTrue(text(By.id("queue")).contains(reference), "a complaint waits on the queue");
    assertTrue(text(By.id("queue")).contains("Acknowledge complaint by"), text(By.id("queue")));
    assertAccessible("requests-queue-complaint");
    open("requests/request.xhtml?id=" + requestId);
    new Select(browser.findElement(By.id("acknowledge:complaintId"))).selectByIndex(1);
    setValue("acknowledge:acknowledged", today.toString());
    submit(By.id("acknowledge:acknowledgeIt"));
    assertFalse(text(By.id("complaints")).contains("Not yet"), text(By.id("complaints")));
    open("requests/index.xhtml");
    assertFalse(text(By.tagName("main")).contains(reference));

    // Its footage stays held through the review and complaint window, and is released after it.
    open("requests/request.xhtml?id=" + requestId);
    assertTrue(text(By.id("heldUntil")).contains("review and complaint window"));
    assertTrue(browser.findElements(By.id("release")).isEmpty(), "not offered before it ends");
    assertEquals(1, activeHolds(first, reference));
    try (var c = TestDatabase.connect()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE footage_request SET closed_on = closed_on - 90 WHERE id = " + requestId);
    }
    open("requests/request.xhtml?id=" + requestId);
    submit(By.id("release:releaseIt"));
    assertTrue(notice().contains("holds are released"), notice());
    assertEquals(0, activeHolds(first, reference));
    assertTrue(browser.findElements(By.id("release")).isEmpty());
  }

  @Test
  void aRequestForFootageAlreadyDeletedIsAnsweredNoneHeldWithTheDeletionRecords() throws Exception {
    Instant at =
        Instant.now()
            .minus(4, ChronoUnit.DAYS)
            .truncatedTo(ChronoUnit.MINUTES)
            .minusSeconds(ThreadLocalRandom.current().nextInt(600) * 60L);
    TestFootage.Uploaded gone = TestFootage.upload(base, "AXB3-7719", at);
    TestFootage.fallDue(gone);
    signIn("admin");
    open("admin/retention.xhtml");
    submit(By.id("sweep:sweepNow"));
    assertFalse(TestFootage.exists(gone));

    signIn("dpo");
    open("requests/new.xhtml");
    new Select(browser.findElement(By.id("log:kind"))).selectByValue("SUBJECT_ACCESS");
    setValue("log:received", LocalDate.now(UK).toString());
    new Select(browser.findElement(By.id("log:channel"))).selectByValue("LETTER");
    new Select(browser.findElement(By.id("log:requesterKind"))).selectByValue("PERSON");
    type(By.id("log:name"), "Ben Late");
    type(By.id("log:address"), "2 Church Road, Anytown");
    setValue("log:from", LocalDateTime.ofInstant(at.minusSeconds(60), UK).toString());
    setValue("log:until", LocalDateTime.ofInstant(at.plusSeconds(60), UK).toString());
    type(By.id("log:place"), "The pooled camera's beat");
    new Select(browser.findElement(By.id("log:cameraId"))).selectByVisibleText("AXB3-7719");
    submit(By.id("log:logIt"));
    assertTrue(text(By.id("deleted")).contains(gone.sha()), text(By.id("deleted")));
    assertAccessible("requests-request-deleted");
    new Select(browser.findElement(By.id("reply:outcome"))).selectByValue("NONE_HELD");
    new Select(browser.findElement(By.id("reply:sentHow"))).selectByValue("POST");
    submit(By.id("reply:replyIt"));
    String letter = pdfText(lastLetterPath());
    assertTrue(letter.contains("We hold no footage"), letter);
    assertTrue(letter.replace(" ", "").contains(gone.sha()), letter);
  }

  @Test
  void anFoiRequestForFootageOfPeopleIsRefusedUnderSection40() throws Exception {
    signIn("dpo");
    open("requests/new.xhtml");
    new Select(browser.findElement(By.id("log:kind"))).selectByVisibleText("FOI request");
    setValue("log:received", LocalDate.now(UK).minusDays(1).toString());
    new Select(browser.findElement(By.id("log:channel"))).selectByVisibleText("E-mail");
    new Select(browser.findElement(By.id("log:requesterKind")))
        .selectByVisibleText("Other organisation");
    type(By.id("log:name"), "A Campaign Group");
    type(By.id("log:email"), "info@campaign.example.org");
    type(By.id("log:details"), "All footage of the protest outside the town hall last month.");
    submit(By.id("log:logIt"));
    String reference = heading().split("\\s")[0];
    assertTrue(reference.matches("FOI-\\d{4}-\\d{4}"), heading());
    assertTrue(text(By.id("deadlineText")).startsWith("Due by "), text(By.id("deadlineText")));

    new Select(browser.findElement(By.id("reply:outcome"))).selectByValue("FOI_S31");
    new Select(browser.findElement(By.id("reply:sentHow"))).selectByValue("EMAIL");
    submit(By.id("reply:replyIt"));
    assertTrue(errors().contains("Write down the public-interest test"), errors());
    new Select(browser.findElement(By.id("reply:outcome"))).selectByValue("FOI_S40_2");
    new Select(browser.findElement(By.id("reply:sentHow"))).selectByValue("EMAIL");
    submit(By.id("reply:replyIt"));
    assertEquals("Closed", text(By.id("urgency")));
    String letter = pdfText(lastLetterPath());
    assertTrue(letter.contains("section 40(2)"), letter);
    assertTrue(letter.contains("internal review"), letter);

    // The requester asks for an internal review: on the queue with its own date until it is done.
    long foi = requestId();
    setValue("reviewAsk:reviewAsked", LocalDate.now(UK).toString());
    submit(By.id("reviewAsk:askReview"));
    assertTrue(text(By.id("reviewDue")).contains("due by"), text(By.id("reviewDue")));
    open("requests/index.xhtml");
    assertTrue(text(By.id("queue")).contains("Internal review by"), text(By.id("queue")));
    open("requests/request.xhtml?id=" + foi);
    setValue("reviewDone:reviewDone", LocalDate.now(UK).toString());
    submit(By.id("reviewDone:finishReview"));
    assertTrue(errors().contains("Say what the review found"), errors());
    type(By.id("reviewDone:reviewResult"), "The exemption was rightly applied.");
    submit(By.id("reviewDone:finishReview"));
    assertTrue(text(By.id("reviewResultText")).contains("rightly applied"));
    assertAccessible("requests-request-review");
    open("requests/index.xhtml");
    assertFalse(text(By.tagName("main")).contains(reference));
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
    Instant at =
        Instant.now()
            .minus(2, ChronoUnit.DAYS)
            .truncatedTo(ChronoUnit.MINUTES)
            .minusSeconds(ThreadLocalRandom.current().nextInt(600) * 60L);
    long recording = TestFootage.upload(base, at.plusSeconds(120)).id();
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

    // Disclosure needs the Schedule 2 record, authorised by an inspector or above.
    new Select(browser.findElement(By.id("mark:markRecording")))
        .selectByValue(Long.toString(recording));
    new Select(browser.findElement(By.id("mark:verdict"))).selectByValue("MATCHING");
    submit(By.id("mark:markIt"));
    new Select(browser.findElement(By.id("reply:outcome"))).selectByValue("TPR_DISCLOSE");
    new Select(browser.findElement(By.id("reply:sentHow"))).selectByValue("IN_PERSON");
    submit(By.id("reply:replyIt"));
    assertTrue(errors().contains("with the authorising officer"), errors());
    new Select(browser.findElement(By.id("schedule2:requesterRank"))).selectByValue("CONSTABLE");
    type(By.id("schedule2:authoriserName"), "PS 77 Brown");
    new Select(browser.findElement(By.id("schedule2:authoriserRank"))).selectByValue("SERGEANT");
    type(By.id("schedule2:purpose"), "Assault on a civil enforcement officer, crime 12/3456/26");
    type(By.id("schedule2:whyNeeded"), "To identify the suspect; no other footage exists.");
    submit(By.id("schedule2:keepRecord"));
    assertTrue(errors().contains("needs an inspector or above"), errors());
    assertEquals(
        "PS 77 Brown",
        browser.findElement(By.id("schedule2:authoriserName")).getAttribute("value"),
        "what was typed is kept");
    type(By.id("schedule2:authoriserName"), "Insp. 12 Patel");
    new Select(browser.findElement(By.id("schedule2:authoriserRank"))).selectByValue("INSPECTOR");
    submit(By.id("schedule2:keepRecord"));
    assertTrue(text(By.id("schedule2Record")).contains("Inspector Insp. 12 Patel"));
    new Select(browser.findElement(By.id("reply:outcome"))).selectByValue("TPR_DISCLOSE");
    new Select(browser.findElement(By.id("reply:sentHow"))).selectByValue("IN_PERSON");
    submit(By.id("reply:replyIt"));
    assertEquals("Closed", text(By.id("urgency")));
    assertAccessible("requests-police-closed");
    String letter = pdfText(lastLetterPath());
    assertTrue(letter.contains("Schedule 2, Part 1, paragraph 2"), letter);
    open("requests/index.xhtml?status=CLOSED");
    assertTrue(text(By.id("queue")).contains(reference));
  }

  private String firstLetterPath() {
    var links = browser.findElements(By.cssSelector("#letters a"));
    String href = links.get(0).getAttribute("href");
    return href.substring(href.indexOf("requests/letter"));
  }

  private String lastLetterPath() {
    var links = browser.findElements(By.cssSelector("#letters a"));
    String href = links.get(links.size() - 1).getAttribute("href");
    return href.substring(href.indexOf("requests/letter"));
  }

  /** The text of a letter, downloaded as the signed-in person of the browser would. */
  private String pdfText(String path) throws Exception {
    String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path))
                    .header("Cookie", "JSESSIONID=" + cookie)
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    try (var document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** Fills in and submits the request's package form: one recording, for the requester. */
  private void fillPackageForRequester(long recording, String reference) {
    expand("packageDetails");
    browser.findElement(By.id("include-" + recording)).click();
    new Select(browser.findElement(By.id("package:recipientKind"))).selectByValue("DATA_SUBJECT");
    type(By.id("package:officer"), "Ann Example");
    new Select(browser.findElement(By.id("package:lawfulBasis"))).selectByValue("SUBJECT_ACCESS");
    type(By.id("package:purpose"), "Her subject access request " + reference);
    submit(By.id("package:build"));
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

  private static long count(String sql) throws SQLException {
    try (var c = TestDatabase.connect();
        var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The queue's row of a subject access request, as text, from the first page of that kind. */
  private String queueRow(String reference) {
    open("requests/index.xhtml?kind=SUBJECT_ACCESS");
    return browser
        .findElement(By.xpath("//table[@id='queue']//tr[contains(., '" + reference + "')]"))
        .getText();
  }

  /** The day a subject access request received on {@code received} is due, by the API. */
  private static LocalDate due(PortalClient api, LocalDate received) throws Exception {
    String body = api.get("api/v1/deadlines?kind=SUBJECT_ACCESS&received=" + received).body();
    Matcher m = Pattern.compile("\"due\":\"([0-9-]{10})\"").matcher(body);
    assertTrue(m.find(), body);
    return LocalDate.parse(m.group(1));
  }

  /**
   * A one-off England and Wales bank holiday, written as the administrator's screen writes it (that
   * screen has its own test): the calendar's version changes with it.
   */
  private static void addHoliday(LocalDate day) throws SQLException {
    TestDatabase.update(
        "INSERT INTO bank_holiday_added (day, division, title, added_by, added_at)"
            + " VALUES (?, 'ENGLAND_AND_WALES', 'RequestsIT', 'admin', now())",
        day);
  }

  private static void removeHoliday(LocalDate day) throws SQLException {
    TestDatabase.update(
        "DELETE FROM bank_holiday_added WHERE day = ? AND title = 'RequestsIT'", day);
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
