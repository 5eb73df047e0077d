package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * Disclosure end to end, in the browser and with the recipient's own tools: an evidence officer
 * flags a recording, cuts a clip, builds a package for a named police officer, downloads it; the
 * package passes {@code sha256sum -c} and {@code pdfsig}; the verify page recognises its files and
 * refuses altered ones; a revoked or expired package cannot be downloaded; and the disclosure log
 * and the recording's chain of custody show it all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisclosureIT extends BrowserTestBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @Test
  void anEvidenceOfficerDisclosesAClipToANamedOfficerWhoCanCheckIt() throws Exception {
    long recording =
        TestFootage.upload(
                base, Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS))
            .id();

    signIn("evidence.officer");
    open("footage/recording.xhtml?id=" + recording);
    submit(By.id("flagAsEvidence"));
    new Select(browser.findElement(By.id("flag:type"))).selectByValue("THREATS_OR_ABUSE");
    type(By.id("flag:location"), "Bus station, stand 4");
    type(By.id("flag:description"), "A driver threatened the warden.");
    type(By.id("flag:exhibitDescription"), "The threat, as the warden recorded it.");
    submit(By.id("flag:flagIt"));
    long caseId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    String page = "cases/case.xhtml?id=" + caseId;

    // A clip: an end before the start, or past the recording, is refused and the times kept.
    expand("clipDetails");
    new Select(browser.findElement(By.id("clip:exhibitId"))).selectByIndex(1);
    type(By.id("clip:clipStart"), "0:01.5");
    type(By.id("clip:clipEnd"), "0:01");
    submit(By.id("clip:cutClip"));
    assertTrue(errors().contains("The clip must end at least a second after it starts."));
    assertEquals("0:01.5", browser.findElement(By.id("clip:clipStart")).getAttribute("value"));
    type(By.id("clip:clipStart"), "0:00.5");
    type(By.id("clip:clipEnd"), "0:09");
    submit(By.id("clip:cutClip"));
    assertTrue(errors().contains("The clip cannot end after the recording does"), errors());
    assertEquals(0, count("SELECT count(*) FROM clip WHERE recording_id = " + recording));
    assertAccessible("cases-clip-errors");
    // To the very end: the clip's last frames may run past the length the recording states.
    new Select(browser.findElement(By.id("clip:exhibitId"))).selectByIndex(1);
    type(By.id("clip:clipEnd"), "0:02");
    submit(By.id("clip:cutClip"));
    String cut = notice();
    assertTrue(cut.contains("Clip cut: 0:00 to "), cut);
    assertTrue(cut.contains("key frame before the time asked for"), cut);
    String clipSha = one("SELECT sha256 FROM clip WHERE recording_id = " + recording);
    String clipList = text(By.cssSelector("ul[id^='clips-']"));
    assertTrue(clipList.contains(clipSha), clipList);
    assertTrue(clipList.contains("(asked for 0:00.5 to 0:02)"), "both ranges shown: " + clipList);

    // A package with nothing chosen and no basis is refused, every problem named, typing kept.
    expand("packageDetails");
    type(By.id("package:organisation"), "Metropolitan Police Service");
    submit(By.id("package:build"));
    String refused = errors();
    for (String problem :
        List.of(
            "Choose at least one exhibit to disclose.",
            "Choose whether the package is for the police or the CPS.",
            "Choose the lawful basis for the disclosure.",
            "Say what the footage is for")) {
      assertTrue(refused.contains(problem), problem + " in " + refused);
    }
    assertEquals(
        "Metropolitan Police Service",
        browser.findElement(By.id("package:organisation")).getAttribute("value"));
    assertEquals(0, count("SELECT count(*) FROM disclosure_package WHERE case_id = " + caseId));
    assertAccessible("cases-package-errors");

    Select include = new Select(browser.findElement(By.cssSelector("select[name^='include-']")));
    include.selectByVisibleText(
        include.getOptions().stream()
            .map(o -> o.getText())
            .filter(t -> t.startsWith("Clip 0:00 to"))
            .findFirst()
            .orElseThrow());
    new Select(browser.findElement(By.id("package:recipientKind"))).selectByValue("POLICE");
    type(By.id("package:officer"), "PC 4471 Jane Doe");
    new Select(browser.findElement(By.id("package:lawfulBasis"))).selectByValue("CRIME_PREVENTION");
    type(By.id("package:purpose"), "Investigation of threats to a civil enforcement officer.");
    // A clip whose stored file is gone is said on the form, not the error page, and nothing waits.
    Path clipInStore =
        Path.of(
            System.getenv("EVIDENCE_STORAGE_ROOT"),
            "clips",
            clipSha.substring(0, 2),
            clipSha.substring(2, 4),
            clipSha + ".mp4");
    Path aside = clipInStore.resolveSibling(clipSha + ".aside");
    Files.move(clipInStore, aside);
    try {
      submit(By.id("package:build"));
      assertTrue(errors().contains("has no stored file"), errors());
      assertEquals(0, count("SELECT count(*) FROM package_build WHERE case_id = " + caseId));
    } finally {
      Files.move(aside, clipInStore);
    }
    assertEquals(
        "PC 4471 Jane Doe", browser.findElement(By.id("package:officer")).getAttribute("value"));
    // With the file back, the page lists the clip again and the same form builds.
    open(page);
    expand("packageDetails");
    Select again = new Select(browser.findElement(By.cssSelector("select[name^='include-']")));
    again.selectByVisibleText(
        again.getOptions().stream()
            .map(o -> o.getText())
            .filter(t -> t.startsWith("Clip 0:00 to"))
            .findFirst()
            .orElseThrow());
    new Select(browser.findElement(By.id("package:recipientKind"))).selectByValue("POLICE");
    type(By.id("package:organisation"), "Metropolitan Police Service");
    type(By.id("package:officer"), "PC 4471 Jane Doe");
    new Select(browser.findElement(By.id("package:lawfulBasis"))).selectByValue("CRIME_PREVENTION");
    type(By.id("package:purpose"), "Investigation of threats to a civil enforcement officer.");
    submit(By.id("package:build"));
    String packageRef = awaitPackageBuilt();
    String packageSha =
        one("SELECT sha256 FROM disclosure_package WHERE reference = '" + packageRef + "'");
    assertTrue(text(By.id("packageList")).contains(packageSha));
    assertTrue(
        text(By.id("packageList")).contains("PC 4471 Jane Doe, Metropolitan Police Service"));
    assertAccessible("cases-package-built");

    // The download is the package recorded, and passes the recipient's own checks.
    long before = TestDatabase.auditHead();
    var download =
        PortalClient.signedIn(base, "evidence.officer")
            .submitForFile(
                page,
                "packages",
                List.of(Map.entry("caseId", Long.toString(caseId))),
                "packages:rows:0:download");
    assertEquals(200, download.statusCode());
    assertEquals("application/zip", download.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(packageSha, DevicesIT.sha256(download.body()));
    Path unpacked = unzip(download.body());
    assertEquals("", run(unpacked, "sha256sum", "--quiet", "-c", "SHA256SUMS"));
    String manifest = Files.readString(unpacked.resolve("manifest.json"));
    assertTrue(manifest.contains(packageRef) && manifest.contains("PC 4471 Jane Doe"), manifest);
    Path clipFile;
    try (var files = Files.walk(unpacked.resolve("exhibits"))) {
      clipFile = files.filter(f -> f.toString().endsWith(".mp4")).findFirst().orElseThrow();
    }
    assertEquals(clipSha, DevicesIT.sha256(Files.readAllBytes(clipFile)));
    Path statement;
    try (var files = Files.walk(unpacked.resolve("exhibits"))) {
      statement = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }
    String signature = run(unpacked, "pdfsig", statement.toString());
    assertTrue(signature.contains("Signature is Valid"), signature);
    String statementText = run(unpacked, "pdftotext", statement.toString(), "-");
    assertTrue(statementText.contains(clipSha.substring(0, 32)), statementText);
    assertTrue(
        statementText.replaceAll("\\s+", " ").contains("Asked for 0:00.5 to 0:02"),
        "the statement gives the range asked for beside the range cut: " + statementText);
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(e -> e.startsWith("evidence.officer DISCLOSURE_DOWNLOADED " + recording)),
        "the download is in the recording's chain of custody");

    // Anyone holding the clip can check it; altered bytes under the same name are not it.
    browser.manage().deleteAllCookies();
    open("verify.xhtml");
    choose(clipFile);
    submit(By.id("verify:check"));
    String matched = text(By.id("result"));
    assertTrue(matched.contains("This file is one the council disclosed"), matched);
    assertTrue(matched.contains(packageRef) && matched.contains("PC 4471 Jane Doe"), matched);
    assertAccessible("verify-matched");
    byte[] altered = Files.readAllBytes(clipFile);
    altered[altered.length / 2] ^= 1;
    Path forged = Files.createTempDirectory("forged").resolve(clipFile.getFileName().toString());
    Files.write(forged, altered);
    open("verify.xhtml");
    choose(forged);
    submit(By.id("verify:check"));
    assertTrue(text(By.id("noMatch")).contains("no record of disclosing a file with this SHA-256"));
    assertAccessible("verify-no-match");
    // The page answers about the hash only: it neither asks for nor confirms a file's name, so a
    // made-up hash with a guessed name (a camera serial and a time) learns nothing.
    assertTrue(browser.findElements(By.id("verify:name")).isEmpty(), "no name field");
    assertFalse(browser.getPageSource().contains(clipFile.getFileName().toString()));
    open("verify.xhtml");
    type(By.id("verify:sha256"), "0".repeat(64));
    submit(By.id("verify:check"));
    String guessed = text(By.id("result"));
    assertTrue(guessed.contains("no record"), guessed);
    assertFalse(guessed.contains(packageRef) || guessed.contains(packageSha), guessed);
    open("verify.xhtml");
    type(By.id("verify:sha256"), packageSha.toUpperCase());
    submit(By.id("verify:check"));
    assertTrue(text(By.id("result")).contains("This is a package the council disclosed"));
    open("verify.xhtml");
    type(By.id("verify:sha256"), "not-a-hash");
    submit(By.id("verify:check"));
    assertTrue(errors().contains("Enter the SHA-256 as 64 letters and digits"));

    // Only evidence officers download packages: a supervisor's post gets no file.
    var supervisor =
        PortalClient.signedIn(base, "supervisor")
            .submitForFile(
                page,
                "packages",
                List.of(Map.entry("caseId", Long.toString(caseId))),
                "packages:rows:0:download");
    assertFalse(
        supervisor.headers().firstValue("Content-Type").orElse("").contains("zip"),
        "no package for a supervisor");

    // Revoked: refused without confirmation, then no more downloads, and the copy is gone.
    signIn("evidence.officer");
    open(page);
    expand("revokeDetails");
    new Select(browser.findElement(By.id("revoke:packageId"))).selectByIndex(1);
    type(By.id("revoke:revokeReason"), "Sent to the wrong officer.");
    submit(By.id("revoke:revokePackage"));
    assertTrue(errors().contains("Confirm that package " + packageRef));
    new Select(browser.findElement(By.id("revoke:packageId"))).selectByIndex(1);
    browser.findElement(By.id("revoke:confirmRevoke")).click();
    submit(By.id("revoke:revokePackage"));
    assertTrue(notice().contains(packageRef + " revoked"));
    submit(By.id("packages:rows:0:download"));
    assertTrue(errors().contains("was revoked"), errors());
    assertFalse(
        Files.exists(
            Path.of(System.getenv("EVIDENCE_STORAGE_ROOT"), "packages", packageRef + ".zip")));

    // A second package, for the CPS, expires: no download after its last day.
    expand("packageDetails");
    new Select(browser.findElement(By.cssSelector("select[name^='include-']")))
        .selectByValue("original");
    new Select(browser.findElement(By.id("package:recipientKind"))).selectByValue("CPS");
    type(By.id("package:organisation"), "CPS London South");
    new Select(browser.findElement(By.id("package:lawfulBasis")))
        .selectByValue("LEGAL_PROCEEDINGS");
    type(By.id("package:purpose"), "Trial bundle.");
    submit(By.id("package:build"));
    String cpsRef = awaitPackageBuilt();
    assertTrue(text(By.id("packageList")).contains("CPS London South"));

    // Built in the background, one at a time; a build whose server stopped starts again.
    String asked =
        "SELECT source, case_id, chosen, recipient_kind, organisation, person, basis, purpose,"
            + " expires, queued_by FROM package_build WHERE reference = '"
            + cpsRef
            + "'";
    String interrupted = askAgain(asked, "RUNNING", "now() - interval '5 minutes'", 1);
    List<String> waiting = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      waiting.add(askAgain(asked, "QUEUED", "NULL", 0));
    }
    String all =
        Stream.concat(Stream.of(interrupted), waiting.stream())
            .map(r -> "'" + r + "'")
            .collect(Collectors.joining(", "));
    TestDatabase.awaitCount(
        "SELECT count(*) FROM package_build WHERE status = 'DONE' AND reference IN (" + all + ")",
        4,
        "SELECT string_agg(reference || ' ' || status || ' ' || coalesce(failure, ''), '; ')"
            + " FROM package_build WHERE reference IN ("
            + all
            + ")");
    assertEquals(
        4, count("SELECT count(*) FROM disclosure_package WHERE reference IN (" + all + ")"));
    assertEquals(
        "2",
        one("SELECT attempts FROM package_build WHERE reference = '" + interrupted + "'"),
        "the interrupted build was started again");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM package_build a JOIN package_build b ON a.id < b.id"
                + " AND a.started_at < b.finished_at AND b.started_at < a.finished_at"
                + " WHERE a.case_id = "
                + caseId
                + " AND b.case_id = "
                + caseId),
        "never two built at once");
    try (var scratch = Files.walk(Path.of(System.getenv("EVIDENCE_STORAGE_ROOT"), "incoming"))) {
      assertEquals(
          List.of(),
          scratch.filter(f -> f.getFileName().toString().endsWith(".zip")).toList(),
          "no work file left behind");
    }
    // One that cannot be built says why on the page, and leaves no package.
    try (var c = TestDatabase.connect()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE package_build SET chosen = '999999' WHERE reference = '"
                  + askAgain(asked, "QUEUED", "NULL", 0)
                  + "'");
    }
    TestDatabase.awaitCount(
        "SELECT count(*) FROM package_build WHERE status = 'FAILED' AND case_id = " + caseId,
        1,
        "SELECT string_agg(reference || ' ' || status, '; ') FROM package_build WHERE case_id = "
            + caseId);
    open(page);
    assertTrue(
        text(By.id("packageBuilds"))
            .contains("Not built: One of the exhibits chosen is no longer in the case."),
        text(By.id("packageBuilds")));
    assertAccessible("cases-package-failed");
    // The page follows a build through its JSON; only those who may disclose from the case see it.
    String failedBuild =
        one("SELECT id FROM package_build WHERE status = 'FAILED' AND case_id = " + caseId);
    var followed =
        PortalClient.signedIn(base, "evidence.officer")
            .get("cases/package-build?id=" + failedBuild);
    assertEquals(200, followed.statusCode());
    assertTrue(
        followed.body().contains("\"status\": \"FAILED\"")
            && followed.body().contains("no longer in the case"),
        followed.body());
    assertEquals(
        403,
        PortalClient.signedIn(base, "supervisor")
            .get("cases/package-build?id=" + failedBuild)
            .statusCode());
    assertEquals(
        404,
        PortalClient.signedIn(base, "evidence.officer")
            .get("cases/package-build?id=99999999")
            .statusCode());
    try (var c = TestDatabase.connect()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE disclosure_package SET expires_at = now() - interval '1 minute'"
                  + " WHERE case_id = "
                  + caseId
                  + " AND revoked_at IS NULL");
    }
    open(page);
    submit(By.id("packages:rows:0:download"));
    assertTrue(errors().contains("expired"), errors());

    // The recording's chain of custody and the compliance officer's log show it all.
    open("footage/recording.xhtml?id=" + recording);
    expand("custodyDetails");
    String custody = text(By.id("custody"));
    for (String action : List.of("clip cut", "disclosure built", "disclosure downloaded")) {
      assertTrue(custody.contains(action), action + " in " + custody);
    }
    signIn("compliance");
    open("compliance/disclosures.xhtml");
    String log = text(By.id("disclosures"));
    assertTrue(log.contains(packageRef) && log.contains("PC 4471 Jane Doe"), log);
    assertTrue(log.contains("CPS London South") && log.contains("Revoked"), log);
    assertAccessible("compliance-disclosures");
    open("compliance/disclosures.xhtml?from=31/02/2026&to=1/1/2026");
    assertTrue(errors().contains("Enter the first day as a date"), errors());

    // Closing the case removes the council's copies of its clips and packages, audited.
    Path clipStored =
        Path.of(
            System.getenv("EVIDENCE_STORAGE_ROOT"),
            "clips",
            clipSha.substring(0, 2),
            clipSha.substring(2, 4),
            clipSha + ".mp4");
    assertTrue(Files.exists(clipStored), clipStored.toString());
    signIn("evidence.officer");
    open(page);
    type(By.id("close:closeReason"), "No further action.");
    browser.findElement(By.id("close:confirmClose")).click();
    submit(By.id("close:closeCase"));
    assertFalse(Files.exists(clipStored), "the clip's file is gone");
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM clip WHERE file_removed_at IS NULL AND recording_id = "
                + recording));
    open("footage/recording.xhtml?id=" + recording);
    expand("custodyDetails");
    assertTrue(text(By.id("custody")).contains("clip removed"), text(By.id("custody")));
  }

  /**
   * The public verify page lets one address check only so many hashes a minute (30 by default), so
   * that it cannot be used to guess them; another address is not held back. From addresses of their
   * own, so that no other test's checks count.
   */
  @Test
  void oneAddressMayCheckOnlySoManyHashesAMinute() throws IOException {
    var hash = List.of(Map.entry("verify:sha256", "0".repeat(64)));
    URI portal = URI.create(base.toString().replaceFirst("/?$", "/"));
    for (int i = 1; i <= 30; i++) {
      String answer =
          PortalClient.submitFrom(
              "127.0.0.2", portal, "verify.xhtml", "verify", hash, "verify:check");
      assertTrue(answer.contains("no record of disclosing"), "check " + i + ": " + answer);
    }
    String refused =
        PortalClient.submitFrom(
            "127.0.0.2", portal, "verify.xhtml", "verify", hash, "verify:check");
    assertTrue(refused.contains("Too many checks from your address in the last minute"), refused);
    assertFalse(refused.contains("no record of disclosing"), refused);
    assertTrue(
        PortalClient.submitFrom("127.0.0.3", portal, "verify.xhtml", "verify", hash, "verify:check")
            .contains("no record of disclosing"));
  }

  /**
   * The verify page's SHA-256, the vendored library as the page loads it and reads a file, gives
   * the answers of FIPS 180-2's examples however the input is cut into pieces: one byte at a time,
   * pieces that split the 64-byte blocks unevenly, and pieces larger than the input.
   */
  @Test
  void theVerifyPageWorksOutSha256AsNistsExamplesSay() throws Exception {
    record Example(String text, int times, String sha256) {}
    List<Example> examples =
        List.of(
            new Example("", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            new Example(
                "abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            new Example(
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                1,
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
            new Example(
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                    + "klmnopqrlmnopqrsmnopqrstnopqrstu",
                1,
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
            new Example(
                "a",
                1_000_000,
                "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    open("verify.xhtml");
    JavascriptExecutor page = (JavascriptExecutor) browser;
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> (Boolean) page.executeScript("return typeof bwvSha256Hex === 'function'"));
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    String hash =
        """
        const [text, times, chunk, done] = arguments;
        bwvSha256Hex(new Blob([text.repeat(times)]), chunk ?? undefined)
          .then(done, (e) => done('failed: ' + e));
        """;
    for (Example example : examples) {
      // null is the page's own piece size. Each read of a piece costs the browser about a
      // millisecond, so the million bytes are read in pieces of thousands, still not whole blocks.
      List<Integer> chunks =
          example.times() == 1
              ? Arrays.asList(1, 55, 56, 63, 64, 65, 1 << 20, null)
              : Arrays.asList(4095, 65537, 1 << 20, null);
      for (Integer chunk : chunks) {
        assertEquals(
            example.sha256(),
            page.executeAsyncScript(hash, example.text(), example.times(), chunk),
            example.text().substring(0, Math.min(8, example.text().length()))
                + " x"
                + example.times()
                + " in pieces of "
                + chunk);
      }
    }

    // A file of several of the page's pieces, with an uneven last one, and the progress it shows.
    int size = 9 * 1024 * 1024 + 5;
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i % 251);
    }
    Object answer =
        page.executeAsyncScript(
            """
            const [size, done] = arguments;
            const bytes = new Uint8Array(size);
            for (let i = 0; i < size; i++) bytes[i] = i % 251;
            const seen = [];
            bwvSha256Hex(new Blob([bytes]), undefined, (at) => seen.push(at))
              .then((hex) => done([hex, seen]), (e) => done(['failed: ' + e, seen]));
            """,
            size);
    assertEquals(List.of(DevicesIT.sha256(bytes), List.of(0L, 4194304L, 8388608L)), answer);
  }

  /** Chooses a file on the verify page and waits for the browser to work out its SHA-256. */
  private void choose(Path file) {
    browser.findElement(By.id("chosenFile")).sendKeys(file.toString());
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
        .until(
            d ->
                d.findElement(By.id("verify:sha256")).getAttribute("value").length() == 64
                    && d.findElement(By.id("hashStatus")).getText().contains("worked out"));
  }

  private static Path unzip(byte[] zip) throws IOException {
    Path dir = Files.createTempDirectory("package");
    try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        Path target = dir.resolve(e.getName()).normalize();
        assertTrue(target.startsWith(dir), e.getName());
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      }
    }
    return dir;
  }

  /** Runs a tool in a folder; its output, or a failure with it if the tool failed. */
  private static String run(Path dir, String... command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
    return out.strip();
  }

  /**
   * Asks again for a package as an earlier build was asked for, under a new reference, as waiting
   * or as running on a server that went silent.
   *
   * @return the new build's reference
   */
  private static String askAgain(String asked, String status, String heartbeat, int attempts)
      throws SQLException {
    String reference =
        one(
            "SELECT 'DP-' || extract(year FROM now())::int || '-'"
                + " || lpad(nextval('disclosure_number_seq')::text, 4, '0')");
    try (var c = TestDatabase.connect()) {
      c.createStatement()
          .executeUpdate(
              "INSERT INTO package_build (reference, source, case_id, chosen, recipient_kind,"
                  + " organisation, person, basis, purpose, expires, queued_by, status, queued_at,"
                  + " started_at, heartbeat_at, attempts) SELECT '"
                  + reference
                  + "', a.*, '"
                  + status
                  + "', now(), "
                  + heartbeat
                  + ", "
                  + heartbeat
                  + ", "
                  + attempts
                  + " FROM ("
                  + asked
                  + ") a");
    }
    return reference;
  }

  private static long count(String sql) throws SQLException {
    return Long.parseLong(one(sql));
  }

  private static String one(String sql) throws SQLException {
    try (var c = TestDatabase.connect();
        var rs = c.createStatement().executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getString(1).strip();
    }
  }
}
