package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * Cases and exhibits in the browser: a wearer flags their own footage for a new case, an evidence
 * officer adds another recording, changes the case, removes an exhibit and closes the case, and
 * every step's holds, history and chain of custody are checked against the database. Bad input is
 * refused with the typed values kept, and nobody adds footage they may not flag.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasesIT extends BrowserTestBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @Test
  void aWearerFlagsTheirFootageAndAnEvidenceOfficerTakesTheCaseToItsClose() throws Exception {
    long sams =
        TestFootage.upload(
                base,
                "VB4-000101",
                FootageLibraryIT.inLastShift("VB4-000101", "camera.user").plusSeconds(600))
            .id();
    long ellas =
        TestFootage.upload(
                base,
                "D5-200031",
                FootageLibraryIT.inLastShift("D5-200031", "enforcement.officer").plusSeconds(600))
            .id();
    long casesBefore = count("SELECT count(*) FROM evidence_case");
    long exhibitsBefore = count("SELECT count(*) FROM exhibit");

    // Someone probes the number the next case will have: refused and audited, but it is no part
    // of that case's history, which begins when the case is opened.
    long nextCase =
        count(
            "SELECT coalesce((SELECT last_value FROM pg_sequences"
                + " WHERE sequencename = 'evidence_case_id_seq'), 0) + 1");
    long beforeProbe = TestDatabase.auditHead();
    assertEquals(
        404,
        PortalClient.signedIn(base, "supervisor")
            .get("cases/case.xhtml?id=" + nextCase)
            .statusCode());
    assertTrue(
        TestDatabase.auditSince(beforeProbe).stream()
            .anyMatch(e -> e.startsWith("supervisor ACCESS_DENIED " + nextCase)),
        TestDatabase.auditSince(beforeProbe).toString());

    // Sam flags his own recording from its page; a form with mistakes is refused, every mistake
    // named, and what he typed is kept.
    signIn("camera.user");
    open("footage/recording.xhtml?id=" + sams);
    submit(By.id("flagAsEvidence"));
    assertEquals("Flag as evidence", heading());
    assertAccessible("cases-flag");
    type(By.id("flag:location"), "");
    type(By.id("flag:policeReference"), "CAD 1234/26");
    type(By.id("flag:cpsUrn"), "01YE12");
    submit(By.id("flag:flagIt"));
    String errors = errors();
    assertTrue(errors.contains("Choose what happened."), errors);
    assertTrue(errors.contains("Say where it happened"), errors);
    assertTrue(errors.contains("Enter the CPS URN as 11 characters"), errors);
    assertTrue(errors.contains("Describe what the recording shows"), errors);
    assertEquals(
        "CAD 1234/26", browser.findElement(By.id("flag:policeReference")).getAttribute("value"));
    assertEquals(casesBefore, count("SELECT count(*) FROM evidence_case"), "nothing kept");
    assertAccessible("cases-flag-errors");

    new Select(browser.findElement(By.id("flag:type"))).selectByValue("ASSAULT_ON_STAFF");
    type(By.id("flag:location"), "Market Street car park");
    type(By.id("flag:description"), "Driver pushed the warden while a ticket was issued.");
    type(By.id("flag:policeReference"), "CAD-1234-26");
    type(By.id("flag:cpsUrn"), "");
    type(By.id("flag:exhibitDescription"), "The push, from the warden's camera.");
    submit(By.id("flag:flagIt"));
    String notice = notice();
    Matcher opened = Pattern.compile("Case (BWV-\\d{4}-\\d{4}) opened").matcher(notice);
    assertTrue(opened.find(), notice);
    String reference = opened.group(1);
    assertTrue(notice.contains("exhibit SP/1"), notice);
    long caseId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    assertTrue(text(By.tagName("h1")).contains(reference));
    assertTrue(text(By.cssSelector("[data-reference='SP/1']")).contains("Held"));
    assertAccessible("cases-case-wearer");
    assertTrue(
        browser.findElements(By.id("history")).isEmpty(),
        "a wearer sees neither the case's history nor its notes, which speak of other footage");
    assertEquals(1, activeEvidenceHolds(sams));

    // He may not add someone else's footage: her recording's flag page is not found for him,
    // and the refusal is audited.
    long seq = TestDatabase.auditHead();
    open("cases/flag.xhtml?recording=" + ellas);
    assertEquals("Page not found", heading());
    assertTrue(
        TestDatabase.auditSince(seq).stream()
            .anyMatch(e -> e.startsWith("camera.user ACCESS_DENIED " + ellas)),
        TestDatabase.auditSince(seq).toString());
    assertEquals(0, activeEvidenceHolds(ellas));
    assertEquals(exhibitsBefore + 1, count("SELECT count(*) FROM exhibit"));

    // The evidence officer finds the case in the list and adds Ella's recording; a reference
    // already in the case is refused by name, and the description typed is kept.
    signIn("evidence.officer");
    open("cases/index.xhtml?q=market");
    assertTrue(text(By.id("cases")).contains(reference), text(By.id("caseCount")));
    assertAccessible("cases-list");
    open("cases/index.xhtml?q=nowhere-at-all");
    assertEquals("No cases match.", text(By.id("caseCount")));
    open("footage/library.xhtml");
    submit(By.cssSelector("tr[data-recording='" + ellas + "'] a[href*='flag.xhtml']"));
    new Select(browser.findElement(By.id("flag:caseId"))).selectByValue(Long.toString(caseId));
    type(By.id("flag:exhibitReference"), "sp/1");
    type(By.id("flag:exhibitDescription"), "The same push, from Ella's camera.");
    submit(By.id("flag:flagIt"));
    assertTrue(
        errors().contains("Exhibit SP/1 is already in this case: choose another reference."));
    assertEquals(
        "The same push, from Ella's camera.",
        browser.findElement(By.id("flag:exhibitDescription")).getAttribute("value"));
    assertEquals(0, activeEvidenceHolds(ellas), "the refused flag placed no hold");
    type(By.id("flag:exhibitReference"), "");
    submit(By.id("flag:flagIt"));
    assertTrue(notice().contains("exhibit AM/1"));
    assertEquals(1, activeEvidenceHolds(ellas));

    // The exhibit's hold can only end with the exhibit: not from the recording page.
    open("footage/recording.xhtml?id=" + ellas);
    assertTrue(text(By.id("exhibits")).contains("Exhibit AM/1 in case " + reference));
    new Select(browser.findElement(By.id("release:holdId")))
        .selectByVisibleText("Evidence: " + reference);
    type(By.id("release:releaseReason"), "Not needed.");
    submit(By.id("release:releaseHold"));
    assertTrue(errors().contains("remove the exhibit from the case, or close the case"));
    assertEquals(1, activeEvidenceHolds(ellas));
    expand("custodyDetails");
    assertTrue(text(By.id("custody")).contains("hold placed"));

    // Details: a wrong CPS URN is refused and kept; a right one is saved and the status moves on.
    open("cases/case.xhtml?id=" + caseId);
    assertAccessible("cases-case-officer");
    expand("editDetails");
    type(By.id("details:cpsUrn"), "12345");
    submit(By.id("details:save"));
    assertTrue(errors().contains("Enter the CPS URN as 11 characters"));
    assertEquals("12345", browser.findElement(By.id("details:cpsUrn")).getAttribute("value"));
    type(By.id("details:cpsUrn"), "01YE1234526");
    new Select(browser.findElement(By.id("details:status"))).selectByValue("WITH_POLICE");
    submit(By.id("details:save"));
    assertEquals("01YE1234526", text(By.id("cpsUrn")));
    assertEquals("With the police", text(By.id("status")));
    type(By.id("notes:note"), "PC 4471 Jane Doe collected the statement.");
    submit(By.id("notes:addNote"));
    assertTrue(text(By.id("noteList")).contains("PC 4471 Jane Doe"));

    // Removing an exhibit needs a reason and a confirmation; then its hold is released with the
    // grace period.
    expand("removeDetails");
    new Select(browser.findElement(By.id("remove:exhibitId")))
        .selectByVisibleText("AM/1: The same push, from Ella's camera.");
    type(By.id("remove:removeReason"), "Duplicate of SP/1.");
    submit(By.id("remove:removeExhibit"));
    assertTrue(errors().contains("Confirm that exhibit AM/1 should leave"));
    assertEquals(1, activeEvidenceHolds(ellas));
    new Select(browser.findElement(By.id("remove:exhibitId")))
        .selectByVisibleText("AM/1: The same push, from Ella's camera.");
    browser.findElement(By.id("remove:confirmRemove")).click();
    submit(By.id("remove:removeExhibit"));
    assertTrue(notice().contains("Exhibit AM/1 removed"));
    assertEquals(0, activeEvidenceHolds(ellas));
    assertTrue(
        dueAt(ellas).isAfter(Instant.now().plus(6, ChronoUnit.DAYS).plus(23, ChronoUnit.HOURS)),
        "kept at least 7 days after the release: " + dueAt(ellas));
    assertTrue(text(By.cssSelector("[data-reference='AM/1']")).contains("Removed"));

    // Closing: refused without a reason, then closed with one; every hold released.
    browser.findElement(By.id("close:confirmClose")).click();
    submit(By.id("close:closeCase"));
    assertTrue(errors().contains("Say why the case is closing"));
    assertEquals(1, activeEvidenceHolds(sams));
    type(By.id("close:closeReason"), "The driver accepted a caution.");
    assertTrue(
        browser.findElement(By.id("close:confirmClose")).isSelected(),
        "the confirmation ticked is kept");
    submit(By.id("close:closeCase"));
    assertEquals("Closed", text(By.id("status")));
    assertEquals(0, activeEvidenceHolds(sams));
    String history = text(By.id("history"));
    for (String action :
        List.of(
            "case opened",
            "exhibit added",
            "case updated",
            "case note added",
            "exhibit removed",
            "case closed")) {
      assertTrue(history.contains(action), action + " in " + history);
    }
    assertEquals(nextCase, caseId, "the probed number is this case's");
    assertFalse(history.contains("access denied"), "a probe before it existed: " + history);
    assertTrue(browser.findElements(By.id("close:closeCase")).isEmpty(), "no closing twice");
    assertAccessible("cases-case-closed");

    // Once due, the sweep deletes both recordings: a closed case's exhibits hold nothing back,
    // and stay as the case's record, showing when their recordings went.
    try (var c = TestDatabase.connect()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE recording SET deletion_due_at = now() - interval '1 minute' WHERE id IN ("
                  + sams
                  + ", "
                  + ellas
                  + ")");
    }
    signIn("admin");
    open("admin/retention.xhtml");
    submit(By.id("sweep:sweepNow"));
    assertEquals(
        0, count("SELECT count(*) FROM recording WHERE id IN (" + sams + ", " + ellas + ")"));
    assertEquals(
        2,
        count(
            "SELECT count(*) FROM deletion_record WHERE recording_id IN ("
                + sams
                + ", "
                + ellas
                + ")"));
    signIn("evidence.officer");
    open("cases/case.xhtml?id=" + caseId);
    assertTrue(text(By.cssSelector("[data-reference='SP/1']")).contains("(deleted)"));
    assertTrue(text(By.id("hold-" + exhibitId(caseId, "SP"))).startsWith("Deleted "));

    // Who sees it: the supervisor of the area; not an administrator, who gets no case pages.
    signIn("supervisor");
    open("cases/index.xhtml?status=CLOSED");
    assertTrue(text(By.id("cases")).contains(reference));
    signIn("admin");
    open("cases/case.xhtml?id=" + caseId);
    assertEquals("You cannot open this page", heading());
    assertFalse(text(By.tagName("body")).contains(reference), "the admin sees nothing of it");
  }

  private static long count(String sql) throws SQLException {
    try (var c = TestDatabase.connect();
        var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long exhibitId(long caseId, String initials) throws SQLException {
    return count(
        "SELECT id FROM exhibit WHERE case_id = " + caseId + " AND initials = '" + initials + "'");
  }

  private static long activeEvidenceHolds(long recording) throws SQLException {
    return count(
        "SELECT count(*) FROM recording_hold WHERE kind = 'EVIDENCE' AND released_at IS NULL"
            + " AND recording_id = "
            + recording);
  }

  private static Instant dueAt(long recording) throws SQLException {
    try (var c = TestDatabase.connect();
        var rs =
            c.createStatement()
                .executeQuery("SELECT deletion_due_at FROM recording WHERE id = " + recording)) {
      rs.next();
      return rs.getTimestamp(1).toInstant();
    }
  }
}
