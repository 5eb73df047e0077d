package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.council.evidence.platform.entity.CouncilTime;

/**
 * The registers the self-assessment draws on: governance documents recorded version by version;
 * purposes, data-sharing agreements and notice reviews; training records typed in or imported from
 * a CSV file all or nothing; bad input named and kept; every addition audited; for compliance
 * officers and administrators only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistersIT extends BrowserTestBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @Test
  void aComplianceOfficerRecordsTheDpiaAndItsNextVersion() throws Exception {
    long before = TestDatabase.auditHead();
    signIn("compliance");
    open("compliance/index.xhtml");
    browser.findElement(By.linkText("Registers")).click();
    assertAccessible("registers-index");
    browser.findElement(By.linkText("Governance documents")).click();
    assertAccessible("registers-documents");

    type(By.id("document:title"), "Depot cameras DPIA");
    type(By.id("document:approvedOn"), "2026-02-30");
    submit(By.id("document:record"));
    String problems = errors();
    assertTrue(problems.contains("Choose what kind of document it is"), problems);
    assertTrue(problems.contains("Enter its version"), problems);
    assertTrue(problems.contains("as a real date"), problems);
    assertEquals(
        "Depot cameras DPIA", browser.findElement(By.id("document:title")).getAttribute("value"));
    assertAccessible("registers-documents-errors");

    record("Data protection impact assessment", "Depot cameras DPIA", "2.0", "2026-02-27");
    String recorded = notice();
    assertTrue(recorded.contains("version 2.0 recorded"), recorded);
    record("Data protection impact assessment", "Depot cameras DPIA", "2.0", "2026-02-27");
    assertTrue(errors().contains("Version 2.0 of this document is already recorded"));
    record("Data protection impact assessment", "Depot cameras DPIA", "2.1", "2026-06-01");
    String table = text(By.id("documentTable"));
    assertTrue(table.contains("2.1") && table.contains("2.0"), table);
    assertTrue(table.contains("Senior Information Risk Owner"), table);

    List<String> events = TestDatabase.auditSince(before);
    assertEquals(
        2,
        events.stream()
            .filter(e -> e.startsWith("compliance GOVERNANCE_DOCUMENT_RECORDED"))
            .count(),
        events.toString());
  }

  @Test
  void trainingIsImportedFromACsvFileAllOrNothing() throws Exception {
    long before = TestDatabase.auditHead();
    signIn("admin");
    open("registers/training.xhtml");
    assertAccessible("registers-training");

    Path bad = Files.createTempFile("training-bad-", ".csv");
    Files.writeString(
        bad,
        "username,course,completed,expires\n"
            + "camera.user,Body-worn video: the council's policy,2026-01-12,2027-01-12\n"
            + "no.such.person,Body-worn video: the council's policy,2026-01-12,\n"
            + "parking.warden,Conflict management,12/01/2026,\n");
    browser.findElement(By.id("import:file")).sendKeys(bad.toString());
    submit(By.id("import:upload"));
    String problems = errors();
    assertTrue(problems.contains("Line 3: no one has the username no.such.person"), problems);
    assertTrue(
        problems.contains("Line 4: Enter the day it was completed as a real date"), problems);
    assertTrue(problems.contains("Nothing was recorded"), problems);
    assertTrue(
        browser.findElements(By.id("trainingTable")).isEmpty()
            || !text(By.id("trainingTable")).contains("Conflict management"),
        "nothing of the file was recorded");
    assertAccessible("registers-training-errors");

    Path good = Files.createTempFile("training-good-", ".csv");
    Files.writeString(
        good,
        "username,course,completed,expires\n"
            + "camera.user,Body-worn video: the council's policy,2026-01-12,2027-01-12\n"
            + "parking.warden,\"Conflict management, level 2\",2024-01-12,2025-01-12\n");
    browser.findElement(By.id("import:file")).sendKeys(good.toString());
    submit(By.id("import:upload"));
    assertTrue(notice().contains("2 training records added."), notice());
    String table = text(By.id("trainingTable"));
    assertTrue(table.contains("Conflict management, level 2"), table);
    assertTrue(table.contains("Expired on 12 January 2025"), table);
    assertTrue(table.contains("Current until 12 January 2027"), table);

    browser.findElement(By.id("import:file")).sendKeys(good.toString());
    submit(By.id("import:upload"));
    assertTrue(notice().contains("0 training records added; 2 already recorded."), notice());

    type(By.id("record:username"), "enforcement.officer");
    type(By.id("record:course"), "Body-worn video: the council's policy");
    type(By.id("record:completed"), "2026-03-02");
    submit(By.id("record:add"));
    assertTrue(notice().contains("Training recorded for enforcement.officer"), notice());

    List<String> events = TestDatabase.auditSince(before);
    assertEquals(
        2,
        events.stream().filter(e -> e.startsWith("admin TRAINING_IMPORTED")).count(),
        events.toString());
    assertTrue(events.stream().anyMatch(e -> e.startsWith("admin TRAINING_RECORDED")));
  }

  static final List<String> REGISTER_PAGES =
      List.of(
          "index.xhtml",
          "documents.xhtml",
          "purposes.xhtml",
          "agreements.xhtml",
          "notices.xhtml",
          "training.xhtml");

  /**
   * The three registers of arrangements: a purpose for a service area, a data-sharing agreement and
   * a review of what wearers say, each refused with every problem named and what was typed kept,
   * then recorded, shown, counted on the index and audited.
   */
  @Test
  void theArrangementsAreRecordedFormByForm() throws Exception {
    long before = TestDatabase.auditHead();
    signIn("compliance");
    open("registers/purposes.xhtml");
    assertAccessible("registers-purposes");
    type(By.id("areaPurpose:purpose"), "To protect wardens at the depot");
    type(By.id("areaPurpose:approvedOn"), "2026-01-15");
    type(By.id("areaPurpose:reviewDue"), "2026-01-15");
    submit(By.id("areaPurpose:record"));
    String problems = errors();
    assertTrue(problems.contains("Choose the service area from the list"), problems);
    assertTrue(problems.contains("Say what need the purpose meets"), problems);
    assertTrue(problems.contains("The review is due after the day it was approved"), problems);
    assertEquals(
        "To protect wardens at the depot",
        browser.findElement(By.id("areaPurpose:purpose")).getAttribute("value"));
    assertAccessible("registers-purposes-errors");
    new Select(browser.findElement(By.id("areaPurpose:serviceArea")))
        .selectByVisibleText("Community Safety");
    type(By.id("areaPurpose:need"), "Anti-social behaviour patrols met 60 threats in 2025.");
    type(By.id("areaPurpose:approvedBy"), "Community Safety Partnership board");
    type(By.id("areaPurpose:reviewDue"), "2027-01-15");
    submit(By.id("areaPurpose:record"));
    assertTrue(notice().contains("The purpose for Community Safety is recorded."), notice());
    String purposes = text(By.id("purposeTable"));
    assertTrue(purposes.contains("Anti-social behaviour patrols met 60 threats"), purposes);

    open("registers/agreements.xhtml");
    assertAccessible("registers-agreements");
    type(By.id("agreement:partner"), "Housing association");
    type(By.id("agreement:startsOn"), "2030-04-01");
    type(By.id("agreement:endsOn"), "2030-03-31");
    submit(By.id("agreement:record"));
    problems = errors();
    assertTrue(problems.contains("Say what footage is shared for"), problems);
    assertTrue(problems.contains("It ends after the day it takes effect"), problems);
    type(By.id("agreement:purpose"), "Footage of anti-social behaviour on its estates");
    type(By.id("agreement:signedBy"), "Head of Community Safety");
    type(By.id("agreement:reference"), "DSA-HA-2030");
    type(By.id("agreement:endsOn"), "2033-04-01");
    submit(By.id("agreement:record"));
    assertTrue(notice().contains("The agreement with Housing association is recorded"), notice());
    String agreements = text(By.id("agreementTable"));
    assertTrue(agreements.contains("DSA-HA-2030"), agreements);
    assertTrue(agreements.contains("Not yet in force"), agreements);

    open("registers/notices.xhtml");
    assertAccessible("registers-notices");
    new Select(browser.findElement(By.id("noticeReview:subject")))
        .selectByVisibleText("What wearers say when they start recording");
    type(By.id("noticeReview:lookedAt"), "Community safety patrol, east");
    type(By.id("noticeReview:reviewedBy"), "Team leader");
    type(By.id("noticeReview:reviewedOn"), "2999-01-01");
    submit(By.id("noticeReview:record"));
    problems = errors();
    assertTrue(problems.contains("Choose what the review found"), problems);
    assertTrue(problems.contains("cannot be after today"), problems);
    assertTrue(problems.contains("Enter the day of the next review"), problems);
    type(By.id("noticeReview:reviewedOn"), LocalDate.now(CouncilTime.ZONE).toString());
    new Select(browser.findElement(By.id("noticeReview:outcome")))
        .selectByVisibleText("Changes needed");
    type(By.id("noticeReview:findings"), "One of four officers did not announce recording.");
    type(By.id("noticeReview:nextReview"), LocalDate.now(CouncilTime.ZONE).plusDays(20).toString());
    submit(By.id("noticeReview:record"));
    assertTrue(notice().contains("is recorded"), notice());
    assertTrue(
        text(By.id("noticeReviewTable")).contains("One of four officers did not announce"),
        text(By.id("noticeReviewTable")));

    open("registers/index.xhtml");
    String due = text(By.id("due"));
    assertTrue(
        due.contains("What wearers say when they start recording: Community safety patrol, east"),
        due);

    List<String> events = TestDatabase.auditSince(before);
    for (String action :
        List.of("AREA_PURPOSE_RECORDED", "SHARING_AGREEMENT_RECORDED", "NOTICE_REVIEW_RECORDED")) {
      assertEquals(
          1,
          events.stream().filter(e -> e.startsWith("compliance " + action)).count(),
          action + " in " + events);
    }
  }

  @Test
  void onlyComplianceOfficersAndAdministratorsKeepTheRegisters() {
    for (String other : List.of("dpo", "evidence.officer", "supervisor", "camera.user")) {
      var client = PortalClient.signedIn(base, other);
      for (String page : REGISTER_PAGES) {
        assertEquals(403, client.get("registers/" + page).statusCode(), other + " " + page);
      }
    }
    assertFalse(
        PortalClient.signedIn(base, "compliance")
            .get("registers/training.xhtml")
            .body()
            .contains("You cannot open this page"));
  }

  private void record(String kind, String title, String version, String approvedOn) {
    new Select(browser.findElement(By.id("document:kind"))).selectByVisibleText(kind);
    type(By.id("document:title"), title);
    type(By.id("document:version"), version);
    type(By.id("document:approvedBy"), "Senior Information Risk Owner");
    type(By.id("document:approvedOn"), approvedOn);
    type(By.id("document:reviewDue"), "2027-02-27");
    submit(By.id("document:record"));
  }
}
