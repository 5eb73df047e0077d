package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.evidence.web.TestFootage.deletionRecord;
import static uk.council.evidence.web.TestFootage.exists;
import static uk.council.evidence.web.TestFootage.fallDue;
import static uk.council.evidence.web.TestFootage.upload;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
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
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.web.TestFootage.Uploaded;

/**
 * Holds and the deletion sweep against real PostgreSQL and real files: the sweep deletes exactly
 * the due, unheld recordings, keeps a deletion record of each, finishes a deletion a stopped sweep
 * left half-done, and its timer is registered and has run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT extends BrowserTestBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theSweepDeletesDueUnheldFootageKeepsHeldFootageAndRecordsEveryDeletion() throws Exception {
    Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    Uploaded unheld = upload(base, start);
    Uploaded evidence = upload(base, start.plusSeconds(60));
    Uploaded review = upload(base, start.plusSeconds(120));
    Uploaded notDue = upload(base, start.plusSeconds(180));

    // An evidence officer holds one; a form without a reason is refused and keeps what was typed.
    signIn("evidence.officer");
    open("footage/recording.xhtml?id=" + evidence.id());
    new Select(browser.findElement(By.id("hold:kind"))).selectByValue("EVIDENCE");
    type(By.id("hold:reference"), "CASE-2026-0042");
    submit(By.id("hold:place"));
    assertTrue(text(By.className("govuk-error-summary")).contains("Say why it must be kept"));
    assertEquals(
        "CASE-2026-0042", browser.findElement(By.id("hold:reference")).getAttribute("value"));
    type(By.id("hold:reason"), "Warden threatened; the police have asked for the footage.");
    submit(By.id("hold:place"));
    assertTrue(text(By.id("holds")).contains("CASE-2026-0042"));
    assertTrue(text(By.id("countdown")).startsWith("Kept: 1 active hold"));
    assertAccessible("recording-holds");

    // A supervisor may only keep footage for review, which lapses by itself.
    signIn("supervisor");
    open("footage/recording.xhtml?id=" + review.id());
    assertAccessible("recording-review-hold");
    assertTrue(
        !browser.findElements(By.id("hold:kind")).isEmpty(),
        "the supervisor's hold form: " + browser.getPageSource());
    var kinds =
        new Select(browser.findElement(By.id("hold:kind")))
            .getOptions().stream().map(o -> o.getAttribute("value")).toList();
    assertEquals(List.of("", "REVIEW"), kinds);
    new Select(browser.findElement(By.id("hold:kind"))).selectByValue("REVIEW");
    type(By.id("hold:reference"), "TEAM-7");
    type(By.id("hold:reason"), "Member of the public may complain.");
    submit(By.id("hold:place"));
    assertTrue(text(By.id("holds")).contains("Active until"));

    // A sweep that stopped after claiming a recording and removing its file, before recording it.
    Uploaded halfDone = upload(base, start.plusSeconds(240));
    try (var c = TestDatabase.connect();
        var ps = c.prepareStatement("UPDATE recording SET deleting_since = now() WHERE id = ?")) {
      ps.setLong(1, halfDone.id());
      ps.executeUpdate();
    }
    Files.delete(DevicesIT.stored(halfDone.sha()));

    // Only now, with the holds in place, do they fall due: the scheduled sweep may run at any
    // moment from here, and must take exactly what the administrator's sweep would.
    long before = TestDatabase.auditHead();
    fallDue(unheld, evidence, review);
    signIn("admin");
    open("admin/retention.xhtml");
    submit(By.id("sweep:sweepNow"));
    assertTrue(text(By.className("govuk-notification-banner")).contains("The sweep deleted"));
    String deletions = text(By.id("deletions"));
    assertTrue(deletions.contains(unheld.sha()), deletions);
    assertTrue(deletions.contains(halfDone.sha()), "the half-done deletion was finished");
    assertAccessible("admin-retention");

    assertFalse(exists(unheld));
    assertFalse(Files.exists(DevicesIT.stored(unheld.sha())), "the original is gone");
    assertFalse(Files.exists(DevicesIT.thumbnail(unheld.sha())), "and its thumbnail");
    assertTrue(
        deletionRecord(unheld)
            .startsWith("VB4-000102 " + unheld.sha() + " due: General, recorded start + 31 days"),
        deletionRecord(unheld));
    assertFalse(exists(halfDone));
    assertTrue(deletionRecord(halfDone) != null);
    for (Uploaded kept : List.of(evidence, review, notDue)) {
      assertTrue(exists(kept), "kept: " + kept);
      assertTrue(Files.exists(DevicesIT.stored(kept.sha())), "kept: " + kept);
    }
    List<String> events = TestDatabase.auditSince(before);
    assertTrue(
        events.stream().anyMatch(e -> e.startsWith("system FOOTAGE_DELETED " + unheld.id())));
    assertTrue(events.stream().anyMatch(e -> e.startsWith("admin DELETION_SWEEP_REQUESTED")));
    assertFalse(
        events.stream().anyMatch(e -> e.startsWith("system FOOTAGE_DELETED " + evidence.id())));

    // The compliance officer sees this week's deletions counted on time (other tests delete
    // late on purpose in the same week, so the late column is theirs), and the holds by kind.
    signIn("compliance");
    open("compliance/retention.xhtml");
    Matcher week =
        Pattern.compile("Week of [^\\n]*?(\\d+)\\s+(\\d+)\\s*$", Pattern.MULTILINE)
            .matcher(text(By.id("deletionWeeks")));
    assertTrue(week.find(), text(By.id("deletionWeeks")));
    assertTrue(
        Long.parseLong(week.group(1)) >= 2, "this test's two deletions, on time: " + week.group());
    assertTrue(text(By.id("holdKinds")).contains("Evidence"), text(By.id("holdKinds")));
    assertTrue(text(By.id("holdKinds")).contains("Keep for review"));
    assertTrue(browser.findElements(By.id("overdue")).isEmpty(), "nothing unheld is past due");
    assertAccessible("compliance-retention");

    // Footage due in three days, unheld, is listed for its supervisor before it goes.
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "UPDATE recording SET deletion_due_at = now() + interval '3 days' WHERE id = ?")) {
      ps.setLong(1, notDue.id());
      ps.executeUpdate();
    }
    signIn("supervisor");
    assertTrue(text(By.id("teamDueSoon")).contains("will be deleted in the next 7 days"));
    open("footage/due-soon.xhtml");
    assertTrue(text(By.id("byWearer")).contains("Unattributed"), text(By.id("byWearer")));
    assertTrue(text(By.id("byArea")).contains("Parking Services"));
    assertAccessible("due-soon-supervisor");
    // The library's "due soon" leaves out the held two, whose due dates have passed: it reads
    // the held-until that retention keeps on each recording as holds are placed and released.
    open("footage/library.xhtml?dueWithin=7&sort=DUE_SOONEST");
    String dueSoon = browser.getPageSource();
    assertTrue(dueSoon.contains("recording.xhtml?id=" + notDue.id() + "\""), dueSoon);
    assertFalse(dueSoon.contains("recording.xhtml?id=" + evidence.id() + "\""), dueSoon);
    assertFalse(dueSoon.contains("recording.xhtml?id=" + review.id() + "\""), dueSoon);

    // Releasing the last hold keeps the recording at least seven more days.
    signIn("evidence.officer");
    open("footage/recording.xhtml?id=" + evidence.id());
    new Select(browser.findElement(By.id("release:holdId")))
        .selectByVisibleText("Evidence: CASE-2026-0042");
    type(By.id("release:releaseReason"), "No further action by the police.");
    submit(By.id("release:releaseHold"));
    assertTrue(text(By.id("holds")).contains("Released by evidence.officer"));
    assertTrue(
        text(By.id("countdown")).startsWith("Due in 6 days")
            || text(By.id("countdown")).startsWith("Due in 7 days"),
        text(By.id("countdown")));
  }

  /** Time passing for these recordings: they arrived long ago, so no review window is left. */
  static void arrivedLongAgo(Uploaded... recordings) throws SQLException {
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "UPDATE recording SET uploaded_at = recorded_start + interval '1 hour' WHERE id = ?")) {
      for (Uploaded r : recordings) {
        ps.setLong(1, r.id());
        ps.executeUpdate();
      }
    }
  }

  /** When a recording falls due; for one the scheduled sweep already took, when it was due. */
  static Instant due(Uploaded r) throws SQLException {
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "SELECT deletion_due_at FROM recording WHERE id = ?"
                    + " UNION ALL SELECT due_at FROM deletion_record WHERE recording_id = ?")) {
      ps.setLong(1, r.id());
      ps.setLong(2, r.id());
      var rs = ps.executeQuery();
      assertTrue(rs.next(), "recording " + r.id());
      return rs.getTimestamp(1).toInstant();
    }
  }

  /** Calendar days on from an instant, in the council's time zone. */
  static Instant daysAfter(Instant start, int days) {
    return start.atZone(CouncilTime.ZONE).plusDays(days).toInstant();
  }

  void categorise(Uploaded r, String category) {
    open("footage/recording.xhtml?id=" + r.id());
    browser.findElement(By.cssSelector("#categoryDetails summary")).click();
    new Select(browser.findElement(By.id("categorise:category"))).selectByValue(category);
    submit(By.id("categorise:changeCategory"));
  }

  @Test
  void aPeriodChangeIsPreviewedConfirmedAuditedAndNeverMakesHeldFootageDue() throws Exception {
    // Three recordings from twenty days ago, moved by an evidence officer to "Incident" (60 days).
    // No other test puts footage in that category, so the impact below is exactly theirs.
    Instant start = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Uploaded first = upload(base, start);
    Uploaded held = upload(base, start.plusSeconds(60));
    Uploaded third = upload(base, start.plusSeconds(120));
    arrivedLongAgo(first, held, third);
    signIn("evidence.officer");
    categorise(first, "GENERAL");
    assertTrue(text(By.className("govuk-error-summary")).contains("already in General"));
    assertAccessible("recording-category-error");
    for (Uploaded r : List.of(first, held, third)) {
      categorise(r, "INCIDENT");
      assertTrue(
          text(By.id("category")).contains("Incident, no further action"), text(By.id("category")));
    }
    assertEquals(daysAfter(start, 60), due(first));
    open("footage/recording.xhtml?id=" + held.id());
    new Select(browser.findElement(By.id("hold:kind"))).selectByValue("EVIDENCE");
    type(By.id("hold:reference"), "CASE-2026-0077");
    type(By.id("hold:reason"), "Assault on a warden; police crime reference to follow.");
    submit(By.id("hold:place"));
    assertTrue(text(By.id("holds")).contains("CASE-2026-0077"));

    // The administrator asks what 10 days would do: a typing mistake first, kept and explained.
    signIn("admin");
    open("admin/retention.xhtml");
    assertTrue(text(By.id("categories")).contains("60 days"), text(By.id("categories")));
    browser.findElement(By.cssSelector("tr[data-category='INCIDENT'] a")).click();
    type(By.id("period:periodDays"), "ten");
    submit(By.id("period:preview"));
    assertTrue(text(By.className("govuk-error-summary")).contains("whole number of days"));
    assertEquals("ten", browser.findElement(By.id("period:periodDays")).getAttribute("value"));
    type(By.id("period:periodDays"), "10");
    submit(By.id("period:preview"));
    assertEquals("3", text(By.id("recordings")));
    assertTrue(text(By.id("dueAtOnce")).startsWith("2"), text(By.id("dueAtOnce")));
    assertEquals("3", text(By.id("earlier")));
    assertTrue(text(By.id("held")).startsWith("1"));
    assertAccessible("retention-period-preview");

    // Not confirmed: refused. Changed by someone else since the preview: refused. Nothing moves.
    submit(By.id("confirmation:change"));
    assertTrue(text(By.className("govuk-error-summary")).contains("Confirm that you have read"));
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "UPDATE retention_category SET version = version + 1 WHERE code = 'INCIDENT'")) {
      ps.executeUpdate();
    }
    browser.findElement(By.id("confirmation:confirm")).click();
    submit(By.id("confirmation:change"));
    assertTrue(
        text(By.className("govuk-error-summary")).contains("changed by someone else"),
        text(By.className("govuk-error-summary")));
    assertEquals(daysAfter(start, 60), due(first));

    // Previewed again and confirmed: two fall due at once, the held one stays a week away.
    long before = TestDatabase.auditHead();
    submit(By.id("period:preview"));
    Instant changed = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    browser.findElement(By.id("confirmation:confirm")).click();
    submit(By.id("confirmation:change"));
    assertTrue(
        text(By.className("govuk-notification-banner")).contains("kept 10 days"),
        browser.getPageSource());
    assertTrue(text(By.id("categories")).contains("10 days"));
    Instant now = Instant.now();
    for (Uploaded dueNow : List.of(first, third)) {
      // Due from the moment of the change (not ten days ago), so its deletion counts as on time.
      Instant due = due(dueNow);
      assertTrue(
          !due.isBefore(changed) && !due.isAfter(now), changed + " <= " + due + " <= " + now);
    }
    assertTrue(
        due(held).isAfter(now.plus(Duration.ofDays(6))),
        "held footage is not made due: " + due(held));
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(
                e ->
                    e.startsWith("admin RETENTION_PERIOD_CHANGED")
                        && e.contains("60 days to 10 days")
                        && e.contains("2 due at once")),
        TestDatabase.auditSince(before).toString());

    submit(By.id("sweep:sweepNow"));
    assertFalse(exists(first));
    assertFalse(exists(third));
    assertTrue(
        deletionRecord(first)
            .contains("due: Incident, no further action, recorded start + 10 days"),
        deletionRecord(first));
    assertTrue(exists(held), "held footage stays");
    assertTrue(Files.exists(DevicesIT.stored(held.sha())));
  }

  /**
   * The sweep's SQL runs on the connection of the transaction the audit log writes through, so a
   * deletion whose FOOTAGE_DELETED event cannot be written is undone whole: no deletion record, the
   * row still there (claimed, and so no longer shown), and the next sweep finishes it.
   */
  @Test
  void aDeletionWhoseAuditEventFailsIsUndoneWholeAndTheNextSweepFinishesIt() throws Exception {
    Uploaded doomed =
        upload(base, Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    long before = TestDatabase.auditHead();
    try (var c = TestDatabase.connect();
        var s = c.createStatement()) {
      s.execute(
          "CREATE FUNCTION retention_it_refuse() RETURNS trigger LANGUAGE plpgsql AS"
              + " $$ BEGIN RAISE EXCEPTION 'audit refused by RetentionIT'; END $$");
      s.execute(
          "CREATE TRIGGER retention_it_refuse BEFORE INSERT ON audit_event FOR EACH ROW"
              + " WHEN (NEW.action = 'FOOTAGE_DELETED' AND NEW.target_id = '"
              + doomed.id()
              + "') EXECUTE FUNCTION retention_it_refuse()");
    }
    try {
      fallDue(doomed);
      signIn("admin");
      open("admin/retention.xhtml");
      submit(By.id("sweep:sweepNow"));
      assertTrue(exists(doomed), "the row's removal was undone with the audit event");
      assertEquals(null, deletionRecord(doomed), "and so was the deletion record");
      try (var c = TestDatabase.connect();
          var ps =
              c.prepareStatement("SELECT deleting_since IS NOT NULL FROM recording WHERE id = ?")) {
        ps.setLong(1, doomed.id());
        var rs = ps.executeQuery();
        assertTrue(rs.next() && rs.getBoolean(1), "the claim, committed before, stays");
      }
      assertFalse(Files.exists(DevicesIT.stored(doomed.sha())), "the file went before");
    } finally {
      try (var c = TestDatabase.connect();
          var s = c.createStatement()) {
        s.execute("DROP TRIGGER retention_it_refuse ON audit_event");
        s.execute("DROP FUNCTION retention_it_refuse()");
      }
    }
    open("admin/retention.xhtml");
    submit(By.id("sweep:sweepNow"));
    assertFalse(exists(doomed));
    assertTrue(deletionRecord(doomed) != null);
    List<String> events = TestDatabase.auditSince(before);
    assertTrue(
        events.stream().anyMatch(e -> e.startsWith("system FOOTAGE_DELETED " + doomed.id())),
        events.toString());
  }

  @Test
  void aSweepWhileAnotherRunsLeavesTheWorkToIt() throws Exception {
    Uploaded due =
        upload(base, Instant.now().minus(4, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    // Another server's sweep, as far as this one can tell: it holds the sweep's advisory lock.
    try (var otherServer = TestDatabase.connect()) {
      try (var lock = otherServer.createStatement()) {
        lock.execute("SELECT pg_advisory_lock(" + 0x4257565357454550L + ")");
      }
      fallDue(due);
      signIn("admin");
      open("admin/retention.xhtml");
      submit(By.id("sweep:sweepNow"));
      assertTrue(
          text(By.className("govuk-notification-banner")).contains("Another sweep is running"),
          text(By.className("govuk-notification-banner")));
      assertTrue(exists(due), "left to the sweep that is running");
    }
    // That session ended, and its lock with it: the next sweep runs.
    open("admin/retention.xhtml");
    submit(By.id("sweep:sweepNow"));
    assertFalse(exists(due));
  }

  @Test
  void theSweepsTimerIsRegisteredAndHasRunSinceStartUp() throws Exception {
    signIn("admin");
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    do {
      open("admin/retention.xhtml");
      if (text(By.id("lastSweep")).contains("deleted")) {
        break;
      }
      Thread.sleep(2000);
    } while (System.nanoTime() < deadline);
    assertTrue(
        text(By.id("nextSweep")).matches(".*\\d{1,2}:\\d{2}.*"),
        "the schedule is registered: " + text(By.id("sweepSchedule")));
    assertTrue(
        text(By.id("lastSweep")).contains("deleted"),
        "the catch-up sweep ran after start-up: " + text(By.id("sweepSchedule")));
    assertAccessible("admin-retention-schedule");
  }
}
