package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.council.evidence.web.TestFootage.deletionRecord;
import static uk.council.evidence.web.TestFootage.fallDue;
import static uk.council.evidence.web.TestFootage.upload;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.web.TestFootage.Uploaded;

/**
 * The signed deletion certificate, end to end: a recording falls due and is swept, the compliance
 * officer asks for a certificate on the Retention screen, and Poppler, an independent reader, finds
 * the signature valid and the recording listed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeletionCertificateIT extends BrowserTestBase {

  static final String PAGE = "compliance/retention.xhtml";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @Test
  void aComplianceOfficerDownloadsASignedCertificateListingTodaysDeletion() throws Exception {
    Uploaded swept =
        upload(base, Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    fallDue(swept);
    var sweep =
        PortalClient.signedIn(base, "admin")
            .submit("admin/retention.xhtml", "sweep", List.of(), "sweep:sweepNow");
    assertEquals(200, sweep.statusCode());
    // The scheduled sweep may have claimed it first; then it finishes it in a moment.
    awaitDeletionRecord(swept);

    signIn("compliance");
    open(PAGE);
    assertEquals("Retention", heading());
    assertTrue(text(By.id("certificate")).contains("Deletion certificate"));
    assertAccessible("compliance-retention-certificate");

    // A period that ends before it starts is refused beside the field, and what was typed stays.
    String today = LocalDate.now(CouncilTime.ZONE).toString();
    String yesterday = LocalDate.parse(today).minusDays(1).toString();
    setDate("certificateForm:from", today);
    setDate("certificateForm:to", yesterday);
    submit(By.id("certificateForm:download"));
    String expected = "The last day must be the same as or after the first day.";
    assertTrue(text(By.className("govuk-error-summary")).contains(expected));
    assertTrue(text(By.id("to-error")).contains(expected));
    assertEquals(today, valueOf("certificateForm:from"), "the first day typed is kept");
    assertEquals(yesterday, valueOf("certificateForm:to"), "the last day typed is kept");
    assertAccessible("compliance-retention-certificate-error");

    long before = TestDatabase.auditHead();
    var download =
        PortalClient.signedIn(base, "compliance")
            .submitForFile(
                PAGE,
                "certificateForm",
                List.of(
                    Map.entry("certificateForm:from", today),
                    Map.entry("certificateForm:to", today)),
                "certificateForm:download");
    assertEquals(200, download.statusCode());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(
        download
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .contains("deletion-certificate-" + today + "-to-" + today + ".pdf"));
    byte[] pdf = download.body();

    Path file = Files.createTempFile("deletion-certificate", ".pdf");
    try {
      Files.write(file, pdf);
      String signature = run("pdfsig", file.toString());
      assertTrue(signature.contains("Signature is Valid"), signature);
      String text = run("pdftotext", "-layout", file.toString(), "-");
      assertTrue(text.contains("Deletion certificate"), text);
      Pattern row =
          Pattern.compile(
              "^\\s*" + swept.id() + "\\s+" + TestFootage.CAMERA + "\\s.*" + swept.sha() + ".*");
      assertTrue(
          text.lines().anyMatch(line -> row.matcher(line).matches()),
          "the swept recording's row, with its SHA-256: " + text);
      assertTrue(text.contains("compliance"), "who asked for it");
    } finally {
      Files.deleteIfExists(file);
    }

    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    List<String> events = TestDatabase.auditSince(before);
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.startsWith(
                            "compliance REPORT_DOWNLOADED deletion-certificate period " + today)
                        && e.endsWith("sha256 " + sha256)),
        "the download is audited with the file's SHA-256: " + events);
  }

  @Test
  void anAdministratorCannotDownloadACertificate() throws Exception {
    String today = LocalDate.now(CouncilTime.ZONE).toString();
    PortalClient admin = PortalClient.signedIn(base, "admin");
    long before = TestDatabase.auditHead();

    var page = admin.get(PAGE);
    assertEquals(403, page.statusCode());
    assertFalse(page.body().contains("certificateForm"), "no form to fill in");
    // Posting the form anyway, as a crafted request would, is refused the same way.
    var attempt =
        admin.submitForFile(
            PAGE,
            "certificateForm",
            List.of(
                Map.entry("certificateForm:from", today), Map.entry("certificateForm:to", today)),
            "certificateForm:download");
    assertEquals(403, attempt.statusCode());
    assertNotEquals(
        "application/pdf", attempt.headers().firstValue("Content-Type").orElse(""), "no PDF");

    List<String> events = TestDatabase.auditSince(before);
    assertTrue(
        events.stream()
            .anyMatch(e -> e.startsWith("admin ACCESS_DENIED /evidence/compliance/retention")),
        events.toString());
    assertFalse(
        events.stream().anyMatch(e -> e.startsWith("admin REPORT_DOWNLOADED")), events.toString());
  }

  private static void awaitDeletionRecord(Uploaded r) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (deletionRecord(r) == null) {
      assertTrue(System.nanoTime() < deadline, "recording " + r.id() + " was never swept");
      Thread.sleep(500);
    }
  }

  /** A date field's value as the browser would send it (its picker's display is locale-bound). */
  private void setDate(String id, String isoDate) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];", browser.findElement(By.id(id)), isoDate);
  }

  private String valueOf(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  /** Runs a command of the machine (pdfsig, pdftotext) and gives what it printed. */
  static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " finished");
    return output;
  }
}
