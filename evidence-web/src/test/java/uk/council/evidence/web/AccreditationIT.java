package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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
import uk.council.evidence.platform.entity.CouncilTime;

/**
 * The compliance officer's self-assessment against the Surveillance Camera Code: the twelve
 * principles of a year, a statement and rating written and revised (the history kept), an action
 * raised and moved on, and the next year starting from last year's statement with the open action
 * carried over; every change audited; no one else may open it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccreditationIT extends BrowserTestBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @Test
  void aComplianceOfficerRatesAPrincipleAndPlansActionsThatCarryOverToNextYear() throws Exception {
    long before = TestDatabase.auditHead();
    signIn("compliance");
    open("compliance/self-assessment.xhtml?year=2024");
    String principles = text(By.id("principles"));
    assertTrue(principles.contains("1. A stated purpose"), principles);
    assertTrue(principles.contains("12. Reference data kept accurate"), principles);
    assertEquals(12, browser.findElements(By.cssSelector("#principles tbody tr")).size());
    assertTrue(text(By.id("progress")).startsWith("0 of 12"), text(By.id("progress")));
    assertAccessible("self-assessment");

    browser.findElement(By.linkText("6. Keep no more than needed")).click();
    assertTrue(text(By.id("questions")).contains("deleted late"), text(By.id("questions")));
    // Nothing chosen or said: every field is named, and what was typed stays.
    type(By.id("assess:statement"), "Unflagged footage is deleted within 31 days.");
    submit(By.id("assess:save"));
    String problems = errors();
    assertTrue(problems.contains("Choose red, amber or green"), problems);
    assertTrue(problems.contains("Say why the rating is what it is"), problems);
    assertEquals(
        "Unflagged footage is deleted within 31 days.",
        browser.findElement(By.id("assess:statement")).getAttribute("value"));
    assertAccessible("principle-errors");

    new Select(browser.findElement(By.id("assess:rating"))).selectByValue("AMBER");
    type(By.id("assess:reason"), "Three recordings were deleted late after an outage.");
    submit(By.id("assess:save"));
    assertTrue(notice().contains("rated amber"), notice());
    new Select(browser.findElement(By.id("assess:rating"))).selectByValue("GREEN");
    type(By.id("assess:reason"), "The late deletions were caught up within a day.");
    submit(By.id("assess:save"));
    String history = text(By.id("history"));
    assertTrue(history.contains("rated amber: Three recordings were deleted late"), history);

    // An action: a bad day is refused with what was typed kept; then raised and started.
    type(By.id("plan:action"), "Alert the records manager when the sweep falls behind");
    type(By.id("plan:owner"), "Head of ICT");
    type(By.id("plan:due"), "2025-02-30");
    submit(By.id("plan:raise"));
    assertTrue(errors().contains("real date"), "the due day is checked");
    assertEquals("Head of ICT", browser.findElement(By.id("plan:owner")).getAttribute("value"));
    type(By.id("plan:due"), "2025-03-31");
    submit(By.id("plan:raise"));
    assertTrue(text(By.id("actionTable")).contains("Head of ICT"), text(By.id("actionTable")));
    submit(By.cssSelector("#actionTable input[value='In progress']"));
    assertTrue(notice().contains("In progress"), notice());
    assertAccessible("principle");

    open("compliance/self-assessment.xhtml?year=2024");
    String rated = text(By.id("principles"));
    assertTrue(rated.contains("Green"), rated);
    assertTrue(text(By.id("progress")).startsWith("1 of 12"), text(By.id("progress")));

    // Next year: last year's statement is offered to review, and the open action carried over.
    browser.findElement(By.id("nextYear")).click();
    browser.findElement(By.linkText("6. Keep no more than needed")).click();
    assertTrue(
        text(By.id("lastYear")).contains("last year's (2024, rated green)"),
        text(By.id("lastYear")));
    assertEquals(
        "Unflagged footage is deleted within 31 days.",
        browser.findElement(By.id("assess:statement")).getAttribute("value"));
    String carried = text(By.id("actionTable"));
    assertTrue(carried.contains("Alert the records manager") && carried.contains("2024"), carried);
    submit(By.cssSelector("#actionTable input[value='Done']"));
    assertTrue(notice().contains("Done"), notice());

    List<String> events = TestDatabase.auditSince(before);
    assertEquals(
        2,
        events.stream().filter(e -> e.startsWith("compliance CODE_STATEMENT_WRITTEN")).count(),
        events.toString());
    assertTrue(
        events.stream().anyMatch(e -> e.startsWith("compliance CODE_ACTION_RAISED")),
        events.toString());
    assertEquals(
        2,
        events.stream().filter(e -> e.startsWith("compliance CODE_ACTION_CHANGED")).count(),
        events.toString());
  }

  /**
   * The figures come from the records: a recording made this year counts in its service area, and
   * once deleted late counts there still and as a late deletion; an FOI request answered after its
   * twenty working days counts as late. Each is read before and after, as other tests share the
   * data.
   */
  @Test
  void theFiguresCountWhatTheSystemRecorded() throws Exception {
    int year = LocalDate.now(CouncilTime.ZONE).getYear();
    signIn("compliance");
    long recordings = recordingsMade(year);
    long late = number(year, 6, "deletedLate");
    long requestsLate = requestCell(year, "FOI request", 4);
    long failedSignIns = rowCount(year, 9, "signInFailures", "sign-in failed");
    long askedAfterDeletion = number(year, 6, "askedAfterDeletionCount");

    Instant at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    TestFootage.Uploaded gone = TestFootage.upload(base, "VB4-000102", at);
    sweepAway(gone, "3 hours");

    signIn("dpo");
    open("requests/new.xhtml");
    new Select(browser.findElement(By.id("log:kind"))).selectByValue("FOI");
    setValue("log:received", LocalDate.now(CouncilTime.ZONE).minusMonths(2).toString());
    new Select(browser.findElement(By.id("log:channel"))).selectByValue("LETTER");
    new Select(browser.findElement(By.id("log:requesterKind"))).selectByValue("PERSON");
    type(By.id("log:name"), "Rhys Overdue");
    type(By.id("log:address"), "9 Mill Lane, Anytown");
    LocalDateTime window =
        LocalDateTime.now(CouncilTime.ZONE)
            .minusMonths(2)
            .withHour(10)
            .truncatedTo(ChronoUnit.HOURS);
    setValue("log:from", window.toString());
    setValue("log:until", window.plusMinutes(30).toString());
    type(By.id("log:place"), "Market Square");
    submit(By.id("log:logIt"));
    assertFalse(browser.findElements(By.id("reply:outcome")).isEmpty(), text(By.tagName("main")));
    new Select(browser.findElement(By.id("reply:outcome"))).selectByValue("NONE_HELD");
    new Select(browser.findElement(By.id("reply:sentHow"))).selectByValue("POST");
    submit(By.id("reply:replyIt"));

    // Asked today for the time of the recording the sweep deleted before the request was logged.
    open("requests/new.xhtml");
    new Select(browser.findElement(By.id("log:kind"))).selectByValue("FOI");
    setValue("log:received", LocalDate.now(CouncilTime.ZONE).toString());
    new Select(browser.findElement(By.id("log:channel"))).selectByValue("EMAIL");
    new Select(browser.findElement(By.id("log:requesterKind"))).selectByValue("PERSON");
    type(By.id("log:name"), "Tess Toolate");
    type(By.id("log:address"), "3 Mill Lane, Anytown");
    LocalDateTime deletedTime = LocalDateTime.ofInstant(at, CouncilTime.ZONE);
    setValue("log:from", deletedTime.minusMinutes(10).toString());
    setValue("log:until", deletedTime.plusMinutes(20).toString());
    type(By.id("log:place"), "Station Road");
    submit(By.id("log:logIt"));
    assertFalse(browser.findElements(By.id("reply:outcome")).isEmpty(), text(By.tagName("main")));

    new PortalClient(base).signIn("figures.nobody", "not-a-password");

    signIn("compliance");
    assertEquals(failedSignIns + 1, rowCount(year, 9, "signInFailures", "sign-in failed"));
    String accounts = text(By.id("accounts"));
    assertTrue(accounts.contains("Compliance officer"), accounts);
    assertAccessible("principle-figures-security");
    assertEquals(recordings + 1, recordingsMade(year), "the deleted recording still counts");
    assertTrue(
        text(By.id("recordingsByArea")).contains("Parking Services"),
        text(By.id("recordingsByArea")));
    // The same figures drawn by Chart.js, described in words for screen readers.
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) browser)
            .executeScript(
                "return !!(window.Chart && Chart.getChart(document.getElementById('figuresChart')))"));
    assertTrue(
        text(By.id("figuresChartCaption")).equals("Chart: Recordings made, by service area"));
    assertTrue(
        browser
            .findElement(By.id("figuresChartText"))
            .getAttribute("textContent")
            .contains("Parking Services"));
    assertAccessible("principle-figures-chart");
    assertEquals(late + 1, number(year, 6, "deletedLate"));
    assertEquals(askedAfterDeletion + 1, number(year, 6, "askedAfterDeletionCount"));
    assertTrue(text(By.id("footageGone")).contains("Look into"), text(By.id("footageGone")));
    assertAccessible("principle-figures-retention");
    assertEquals(requestsLate + 1, requestCell(year, "FOI request", 4));
    open("compliance/principle.xhtml?year=" + year + "&n=10");
    assertTrue(text(By.id("chain")).contains("Intact"), text(By.id("chain")));
    open("compliance/principle.xhtml?year=" + year + "&n=8");
    assertTrue(text(By.id("cameras")).contains("Motorola VB400"), text(By.id("cameras")));
    assertAccessible("principle-figures-devices");
    open("compliance/principle.xhtml?year=" + year + "&n=7");
    String uses = text(By.id("accessFigures"));
    assertTrue(uses.contains("Evidence officer") && uses.contains("Camera user"), uses);
    browser.findElement(By.id("plays")).click();
    assertTrue(browser.getCurrentUrl().contains("action=FOOTAGE_PLAYED"), browser.getCurrentUrl());

    // Footage recorded in the demo's parking warden's shift, yesterday: their training lapsed
    // last month, so it counts as recorded without current training.
    Instant inShift =
        FootageLibraryIT.inLastShift("VB4-000102", "parking.warden").plusSeconds(1234);
    int shiftYear = inShift.atZone(CouncilTime.ZONE).getYear();
    long untrained = untrainedRecordings(shiftYear, "parking.warden");
    TestFootage.Uploaded untrainedOne = TestFootage.upload(base, "VB4-000102", inShift);
    assertEquals(untrained + 1, untrainedRecordings(shiftYear, "parking.warden"));
    assertAccessible("principle-figures-untrained");
    // Deleted since, it still counts: the deletion record keeps whose it was.
    sweepAway(untrainedOne, "1 hour");
    signIn("compliance");
    assertEquals(untrained + 1, untrainedRecordings(shiftYear, "parking.warden"));
  }

  /**
   * Makes a recording fall due {@code ago} (an SQL interval) and has the administrator run the
   * sweep, which deletes it; the browser is left signed in as the administrator.
   */
  private void sweepAway(TestFootage.Uploaded recording, String ago) throws Exception {
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "UPDATE recording SET deletion_due_at = now() - ?::interval WHERE id = ?")) {
      ps.setString(1, ago);
      ps.setLong(2, recording.id());
      ps.executeUpdate();
    }
    signIn("admin");
    open("admin/retention.xhtml");
    submit(By.id("sweep:sweepNow"));
    assertFalse(TestFootage.exists(recording), "deleted");
  }

  private long recordingsMade(int year) {
    open("compliance/principle.xhtml?year=" + year + "&n=1");
    String caption = text(By.cssSelector("#recordingsByArea caption"));
    return Long.parseLong(caption.substring(0, caption.indexOf(' ')).replace(",", ""));
  }

  /**
   * A recording whose original has gone missing fails the integrity check, and principle 9's count
   * of failures takes it in; the count links to the failures behind it.
   */
  @Test
  void aFailedIntegrityCheckCountsUnderSecurity() throws Exception {
    int year = LocalDate.now(CouncilTime.ZONE).getYear();
    signIn("compliance");
    long failing = number(year, 9, "fixityFailures");
    TestFootage.Uploaded lost =
        TestFootage.upload(base, "VB4-000102", Instant.now().minusSeconds(5400));
    Files.delete(DevicesIT.stored(lost.sha()));
    open("integrity/fixity.xhtml");
    checkFixityNow();
    long now = number(year, 9, "fixityFailures");
    assertTrue(now >= failing + 1, failing + " then " + now);
    browser.findElement(By.cssSelector("#fixityFailures a")).click();
    String failures = text(By.id("failures"));
    assertTrue(failures.contains("Recording " + lost.id() + " (VB4-000102): missing"), failures);
  }

  /**
   * The other reports: a period that is not one is refused on the page with what was typed kept;
   * then each report comes as a signed PDF that says what it is, and as CSV with its header; each
   * download is audited.
   */
  @Test
  void theOtherReportsComeAsSignedPdfsAndCsv() throws Exception {
    long before = TestDatabase.auditHead();
    signIn("compliance");
    open("compliance/index.xhtml");
    browser.findElement(By.linkText("Reports")).click();
    assertAccessible("compliance-reports");
    type(By.id("reports:from"), "2026-13-01");
    submit(By.id("reports:retentionPdf"));
    assertTrue(errors().contains("Enter the first day of the period as a real date"), errors());
    assertEquals("2026-13-01", browser.findElement(By.id("reports:from")).getAttribute("value"));
    assertAccessible("compliance-reports-errors");

    PortalClient client = PortalClient.signedIn(base, "compliance");
    String from = LocalDate.now(CouncilTime.ZONE).minusYears(1).toString();
    String to = LocalDate.now(CouncilTime.ZONE).toString();
    Map<String, String> titles =
        Map.of(
            "retention", "Retention compliance by week",
            "requests", "Request performance by month",
            "disclosures", "Disclosure log",
            "devices", "Device inventory");
    Map<String, String> headers =
        Map.of(
            "retention", "\"Week\",\"Deleted\",\"On time\",\"Late\",\"On time (%)\"",
            "requests", "\"Month\",\"Received\",\"Answered\",\"In time\",\"Late\",\"Refused\"",
            "disclosures", "\"Package and footage\",\"Recipient\",\"Lawful basis\"",
            "devices", "\"Camera\",\"Make and model\",\"State\",\"Service area\"");
    for (String report : titles.keySet()) {
      byte[] pdf = report(client, report + "Pdf", from, to, "application/pdf");
      Path file = Files.createTempFile(report, ".pdf");
      try {
        Files.write(file, pdf);
        assertTrue(
            DeletionCertificateIT.run("pdfsig", file.toString()).contains("Signature is Valid"),
            report);
        String text =
            DeletionCertificateIT.run("pdftotext", file.toString(), "-").replaceAll("\\s+", " ");
        assertTrue(text.contains(titles.get(report)), report + ": " + text);
      } finally {
        Files.deleteIfExists(file);
      }
      String csv =
          new String(
              report(client, report + "Csv", from, to, "text/csv"),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(csv.startsWith(headers.get(report)), report + ": " + csv);
    }
    String devices =
        new String(
            report(client, "devicesCsv", from, to, "text/csv"),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(devices.contains("\"VB4-000102 (tag PK-002)\",\"Motorola VB400\""), devices);
    String months =
        new String(
            report(client, "requestsCsv", from, to, "text/csv"),
            java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(14, months.lines().count(), "a header and thirteen months: " + months);
    assertTrue(
        TestDatabase.auditSince(before).stream()
                .filter(e -> e.startsWith("compliance REPORT_DOWNLOADED device-inventory"))
                .count()
            >= 3,
        TestDatabase.auditSince(before).toString());
  }

  private static byte[] report(
      PortalClient client, String button, String from, String to, String type) {
    var download =
        client.submitForFile(
            "compliance/reports.xhtml",
            "reports",
            List.of(Map.entry("reports:from", from), Map.entry("reports:to", to)),
            "reports:" + button);
    assertEquals(200, download.statusCode(), button);
    assertTrue(
        download.headers().firstValue("Content-Type").orElseThrow().startsWith(type),
        button + ": " + download.headers());
    return download.body();
  }

  /** Recordings a wearer made without current training, from principle 5's figures. */
  private long untrainedRecordings(int year, String wearer) {
    open("compliance/principle.xhtml?year=" + year + "&n=5");
    return browser.findElements(By.cssSelector("#recordedUntrainedByWearer tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")))
        .filter(cells -> cells.get(0).getText().equals(wearer))
        .map(cells -> Long.parseLong(cells.get(1).getText().replace(",", "")))
        .findFirst()
        .orElse(0L);
  }

  /** The count in the row of a figures table whose first cell is {@code label}. */
  private long rowCount(int year, int principle, String table, String label) {
    open("compliance/principle.xhtml?year=" + year + "&n=" + principle);
    return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")))
        .filter(cells -> cells.get(0).getText().equals(label))
        .map(cells -> Long.parseLong(cells.get(1).getText().replace(",", "")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label + " in " + text(By.id(table))));
  }

  private long number(int year, int principle, String id) {
    open("compliance/principle.xhtml?year=" + year + "&n=" + principle);
    return Long.parseLong(text(By.id(id)).strip());
  }

  /** A cell of the request figures' row for a kind (0 for a kind with no row yet). */
  private long requestCell(int year, String kind, int column) {
    open("compliance/principle.xhtml?year=" + year + "&n=3");
    return browser.findElements(By.cssSelector("#requestCounts tbody tr")).stream()
        .map(r -> r.findElements(By.tagName("td")))
        .filter(cells -> cells.get(0).getText().equals(kind))
        .map(cells -> Long.parseLong(cells.get(column).getText()))
        .findFirst()
        .orElse(0L);
  }

  private void setValue(String id, String value) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
  }

  @Test
  void theDemoBeginsThisYearsSelfAssessment() {
    signIn("compliance");
    open("compliance/index.xhtml");
    // The home page: where the year stands, what is open, what is due for review.
    String ratings = text(By.id("ratings"));
    assertTrue(ratings.contains("Amber: 1 principle"), ratings);
    assertTrue(ratings.contains("Green: 3 principles"), ratings);
    assertTrue(ratings.contains("Not rated: 8 principles"), ratings);
    String open = text(By.id("openActions"));
    assertTrue(open.contains("Publish the body-worn video privacy notice"), open);
    assertTrue(open.indexOf("Publish") < open.indexOf("Review every complaint hold"), open);
    String due = text(By.id("due"));
    assertTrue(due.contains("Disclosure of footage (version 1.2): review overdue since"), due);
    String changes = text(By.id("changes"));
    assertTrue(changes.contains("Recordings made") && changes.contains("Footage played"), changes);
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) browser)
            .executeScript(
                "return !!(window.Chart && Chart.getChart(document.getElementById('figuresChart')))"));
    assertTrue(
        browser
            .findElement(By.id("figuresChartText"))
            .getAttribute("textContent")
            .contains("Amber 1"));
    assertTrue(due.contains("Purpose of use: Environmental Enforcement: review due"), due);
    assertTrue(
        due.contains(
            "Training of parking.warden: Body-worn video: the council's policy and the law:"
                + " lapsed on"),
        due);
    assertTrue(
        due.contains("Data-sharing agreement with Neighbouring District Council (shared"), due);
    assertAccessible("compliance-home");
    browser.findElement(By.linkText("Write the self-assessment")).click();
    int thisYear = LocalDate.now(CouncilTime.ZONE).getYear();
    assertEquals(
        "4 of 12 principles have a statement for " + thisYear + ".", text(By.id("progress")));
    String principles = text(By.id("principles"));
    assertTrue(principles.contains("Amber") && principles.contains("Not rated"), principles);

    // The demo's training register: one camera wearer's training lapsed last month.
    browser.findElement(By.linkText("5. Rules before use")).click();
    String untrained = text(By.id("untrained"));
    assertTrue(untrained.contains("parking.warden"), untrained);
    assertFalse(untrained.contains("camera.user"), untrained);
    assertTrue(text(By.id("trainingCoverage")).contains("of"), text(By.id("trainingCoverage")));
    assertAccessible("principle-figures-training");

    // The governance documents speak to principles 2 and 5.
    open("compliance/principle.xhtml?year=" + thisYear + "&n=2");
    assertTrue(text(By.id("dpias")).contains("Body-worn video DPIA, version 2.0"));
    assertAccessible("principle-figures-dpia");
    open("compliance/principle.xhtml?year=" + thisYear + "&n=5");
    assertTrue(text(By.id("rules")).contains("Body-worn video policy, version 3.1"));
    assertTrue(text(By.id("rules")).contains("Review overdue"), text(By.id("rules")));

    // The registers of arrangements speak to principles 1, 3 and 7.
    open("compliance/principle.xhtml?year=" + thisYear + "&n=1");
    String purposes = text(By.id("purposes"));
    assertTrue(purposes.contains("Parking Services"), purposes);
    assertTrue(purposes.contains("Environmental Enforcement"), purposes);
    assertAccessible("principle-figures-purposes");
    open("compliance/principle.xhtml?year=" + thisYear + "&n=7");
    assertTrue(text(By.id("agreements")).contains("County Constabulary"));
    int reviewed = LocalDate.now(CouncilTime.ZONE).minusMonths(2).getYear();
    open("compliance/principle.xhtml?year=" + reviewed + "&n=3");
    String notices = text(By.id("noticeReviews"));
    assertTrue(notices.contains("Parking team north"), notices);
    assertTrue(notices.contains("Changes needed"), notices);
  }

  /**
   * The review downloads as a PDF that pdfsig accepts, saying what it is and carrying the year's
   * statements and figures from the demo's draft; the download is audited with its SHA-256.
   */
  @Test
  void theReviewDownloadsAsASignedPdfOfTheStatementsAndFigures() throws Exception {
    int year = LocalDate.now(CouncilTime.ZONE).getYear();
    long before = TestDatabase.auditHead();
    // Made in the background: the page follows its progress and offers it when it is done.
    signIn("compliance");
    open("compliance/self-assessment.xhtml?year=" + year);
    submit(By.id("review:make"));
    assertFalse(browser.findElements(By.id("job")).isEmpty(), text(By.tagName("main")));
    new WebDriverWait(browser, Duration.ofSeconds(90))
        .until(d -> !d.findElements(By.id("jobDone")).isEmpty());
    assertAccessible("self-assessment-review-made");
    byte[] pdf = draftPdf(PortalClient.signedIn(base, "compliance"), year);
    Path file = Files.createTempFile("annual-review", ".pdf");
    try {
      Files.write(file, pdf);
      String signature = DeletionCertificateIT.run("pdfsig", file.toString());
      assertTrue(signature.contains("Signature is Valid"), signature);
      String text =
          DeletionCertificateIT.run("pdftotext", file.toString(), "-").replaceAll("\\s+", " ");
      for (String expected :
          List.of(
              "body-worn video self-assessment and annual review",
              "Year " + year,
              "It is not a certification",
              "Draft: 4 of 12 principles rated",
              "Principle 6: Keep no more than needed",
              "Footage not flagged as evidence is deleted 31 days after it was recorded",
              "Recordings deleted late:",
              "Publish the body-worn video privacy notice")) {
        assertTrue(text.contains(expected), expected + " in " + text);
      }
      // Other tests add camera users of their own, so parking.warden is one of those listed.
      assertTrue(
          text.matches(".*Without current training: [^•]*parking\\.warden.*"),
          "parking.warden without current training in " + text);
      for (String annex :
          List.of(
              "Data protection impact assessment: Body-worn video DPIA, version 2.0",
              "Annex A: Retention schedule",
              "General: ",
              "Annex B: Disclosure log summary",
              "Annex C: Cross-walk to the ICO's guidance and BS 8593:2025")) {
        assertTrue(text.contains(annex), annex + " in " + text);
      }
    } finally {
      Files.deleteIfExists(file);
    }

    // The public version: the same statements, no one named in its figures.
    PortalClient client = PortalClient.signedIn(base, "compliance");
    byte[] publicPdf = reviewFile(client, year, "review:publicPdf", "application/pdf");
    Path publicFile = Files.createTempFile("annual-review-public", ".pdf");
    Path page = Files.createTempFile("annual-review-public", ".html");
    try {
      Files.write(publicFile, publicPdf);
      assertTrue(
          DeletionCertificateIT.run("pdfsig", publicFile.toString())
              .contains("Signature is Valid"));
      String text =
          DeletionCertificateIT.run("pdftotext", publicFile.toString(), "-")
              .replaceAll("\\s+", " ");
      assertTrue(text.contains("annual review (public version)"), text);
      assertTrue(text.contains("Footage not flagged as evidence is deleted 31 days"), text);
      assertTrue(text.contains("Camera wearers with training current on"), text);
      assertFalse(text.contains("parking.warden"), "no one named in the public version: " + text);

      String html =
          new String(
              reviewFile(client, year, "review:publicHtml", "text/html"),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"), html);
      assertTrue(html.contains("Footage not flagged as evidence is deleted 31 days"), html);
      assertFalse(html.contains("parking.warden"), html);
      Files.writeString(page, html);
      browser.get(page.toUri().toString());
      assertEquals("Principle 6: Keep no more than needed", text(By.id("principle-6")));
      assertAxeClean("public-review-html");
    } finally {
      Files.deleteIfExists(publicFile);
      Files.deleteIfExists(page);
    }
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(
                e ->
                    e.startsWith("compliance REPORT_DOWNLOADED annual-review")
                        && e.contains("year " + year)),
        TestDatabase.auditSince(before).toString());
  }

  /**
   * Signing off needs the responsible officer named; then the review is kept as signed (the same
   * bytes at every download, saying who signed it off), and the year's statements no longer change.
   */
  @Test
  void aSignedOffReviewIsKeptAsSignedAndNoLongerChanges() throws Exception {
    long before = TestDatabase.auditHead();
    signIn("compliance");
    open("compliance/principle.xhtml?year=2023&n=4");
    type(By.id("assess:statement"), "The Director of Place is the senior responsible officer.");
    new Select(browser.findElement(By.id("assess:rating"))).selectByValue("GREEN");
    type(By.id("assess:reason"), "Named in the policy.");
    type(By.id("assess:ico"), "Accountability and governance");
    type(By.id("assess:bs8593"), "4.2, 4.3");
    browser.findElement(By.id("assess:figuresInternal")).click();
    submit(By.id("assess:save"));
    assertTrue(
        browser.findElement(By.id("assess:figuresInternal")).isSelected(), "the choice is kept");
    open("compliance/self-assessment.xhtml?year=2023");
    submit(By.id("signOff:signIt"));
    assertTrue(errors().contains("Name the responsible officer"), errors());
    assertAccessible("self-assessment-sign-off-errors");
    type(By.id("signOff:officer"), "Jo Bloggs, Director of Place");
    submit(By.id("signOff:signIt"));
    // Signed off in the background: the page follows the job, then shows the year signed off.
    assertTrue(browser.getCurrentUrl().contains("&job="), browser.getCurrentUrl());
    new WebDriverWait(browser, Duration.ofSeconds(90))
        .until(d -> !d.findElements(By.id("signedOff")).isEmpty());
    assertTrue(text(By.id("signedOff")).contains("Jo Bloggs, Director of Place"));
    assertTrue(browser.findElements(By.id("signOff:signIt")).isEmpty());
    assertAccessible("self-assessment-signed-off");

    PortalClient client = PortalClient.signedIn(base, "compliance");
    byte[] first = reviewPdf(client, 2023);
    byte[] again = reviewPdf(client, 2023);
    assertArrayEquals(first, again, "the document as it was signed, every time");
    Path file = Files.createTempFile("signed-off-review", ".pdf");
    try {
      Files.write(file, first);
      assertTrue(
          DeletionCertificateIT.run("pdfsig", file.toString()).contains("Signature is Valid"));
      String text =
          DeletionCertificateIT.run("pdftotext", file.toString(), "-").replaceAll("\\s+", " ");
      assertTrue(text.contains("Signed off by Jo Bloggs, Director of Place"), text);
      assertTrue(text.contains("The Director of Place is the senior responsible officer."), text);
      assertTrue(
          text.contains(
              "4. Responsibility. ICO guidance: Accountability and governance. BS 8593:2025:"
                  + " 4.2, 4.3."),
          text);
    } finally {
      Files.deleteIfExists(file);
    }
    byte[] publicOnce = reviewFile(client, 2023, "review:publicPdf", "application/pdf");
    assertArrayEquals(
        publicOnce,
        reviewFile(client, 2023, "review:publicPdf", "application/pdf"),
        "the public version as it was signed off, every time");
    String publicPage =
        new String(
            reviewFile(client, 2023, "review:publicHtml", "text/html"),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(publicPage.contains("Signed off by Jo Bloggs, Director of Place."), publicPage);
    assertTrue(
        publicPage.contains("The council keeps this principle&#39;s figures internal."),
        publicPage);

    open("compliance/principle.xhtml?year=2023&n=4");
    assertTrue(text(By.id("signedOff")).contains("no longer change"));
    assertTrue(browser.findElements(By.id("assess:save")).isEmpty(), "no statement form");
    assertTrue(browser.findElements(By.id("plan:raise")).isEmpty(), "no action form");
    List<String> events = TestDatabase.auditSince(before);
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.startsWith("compliance CODE_REVIEW_SIGNED_OFF 2023")
                        && e.contains("Jo Bloggs, Director of Place")),
        events.toString());
    assertEquals(
        2,
        events.stream()
            .filter(e -> e.startsWith("compliance REPORT_DOWNLOADED annual-review year 2023; as"))
            .count(),
        events.toString());
    assertEquals(
        3,
        events.stream()
            .filter(
                e ->
                    e.startsWith(
                        "compliance REPORT_DOWNLOADED annual-review-public year 2023; public"
                            + " version as signed off"))
            .count(),
        events.toString());
  }

  /**
   * A draft review made in the background for {@code client}: asked for, followed in the database
   * until it is done, then downloaded from the page.
   */
  private static byte[] draftPdf(PortalClient client, int year) throws Exception {
    var started =
        client.submit(
            "compliance/self-assessment.xhtml?year=" + year, "review", List.of(), "review:make");
    assertTrue(started.statusCode() < 400, started.body());
    long job = 0;
    String status = "";
    for (int tries = 0; tries < 180 && !status.equals("DONE"); tries++) {
      Thread.sleep(500);
      try (var c = TestDatabase.connect();
          var ps =
              c.prepareStatement(
                  "SELECT id, status, failure FROM review_job WHERE requested_by = 'compliance'"
                      + " AND review_year = ? ORDER BY id DESC LIMIT 1")) {
        ps.setInt(1, year);
        var rs = ps.executeQuery();
        assertTrue(rs.next(), "a job was started");
        job = rs.getLong(1);
        status = rs.getString(2);
        assertFalse(status.equals("FAILED"), "the job failed: " + rs.getString(3));
      }
    }
    assertEquals("DONE", status);
    var download =
        client.submitForFile(
            "compliance/self-assessment.xhtml?year=" + year + "&job=" + job,
            "made",
            List.of(),
            "made:download");
    assertEquals(200, download.statusCode());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
    return download.body();
  }

  /**
   * A job whose worker stopped (the server restarted while it was being made) is shown as not made,
   * with nothing kept, and the review can be made again.
   */
  @Test
  void aReviewInterruptedByARestartKeptNothingAndIsMadeAgain() throws Exception {
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "INSERT INTO review_job (review_year, kind, requested_by, requested_at,"
                    + " steps, step, stage, heartbeat_at) VALUES (2022, 'DRAFT', 'compliance',"
                    + " now() - interval '20 minutes', 4, 2, 'Verifying the audit log''s hash"
                    + " chain', now() - interval '19 minutes')")) {
      ps.executeUpdate();
    }
    signIn("compliance");
    open("compliance/self-assessment.xhtml?year=2022");
    assertTrue(
        text(By.id("jobFailed")).contains("The server stopped while it was being made"),
        text(By.id("job")));
    assertTrue(browser.findElements(By.id("made:download")).isEmpty(), "nothing to download");
    assertAccessible("self-assessment-review-interrupted");
    try (var c = TestDatabase.connect();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT status, pdf IS NULL FROM review_job WHERE review_year = 2022"
                        + " ORDER BY id DESC LIMIT 1")) {
      assertTrue(rs.next());
      assertEquals("INTERRUPTED", rs.getString(1));
      assertTrue(rs.getBoolean(2), "no half report kept");
    }
    assertFalse(browser.findElements(By.id("review:make")).isEmpty(), "it can be made again");
  }

  private static byte[] reviewPdf(PortalClient client, int year) {
    return reviewFile(client, year, "review:download", "application/pdf");
  }

  /** A download from the review page's form, by its button, checking its media type. */
  private static byte[] reviewFile(PortalClient client, int year, String button, String type) {
    var download =
        client.submitForFile(
            "compliance/self-assessment.xhtml?year=" + year, "review", List.of(), button);
    assertEquals(200, download.statusCode());
    assertTrue(
        download.headers().firstValue("Content-Type").orElseThrow().startsWith(type),
        download.headers().toString());
    return download.body();
  }

  @Test
  void onlyComplianceOfficersOpenTheSelfAssessment() {
    for (String other : List.of("dpo", "admin", "evidence.officer")) {
      var page = PortalClient.signedIn(base, other).get("compliance/self-assessment.xhtml");
      assertEquals(403, page.statusCode(), other);
    }
    var bad =
        PortalClient.signedIn(base, "compliance").get("compliance/self-assessment.xhtml?year=1999");
    assertEquals(200, bad.statusCode());
    assertTrue(bad.body().contains("A review year is from 2013"), bad.body());
    var noSuchPrinciple =
        PortalClient.signedIn(base, "compliance").get("compliance/principle.xhtml?year=2026&n=13");
    assertEquals(404, noSuchPrinciple.statusCode());
  }
}
