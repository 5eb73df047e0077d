package uk.council.evidence.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import uk.council.evidence.platform.entity.CouncilTime;

/**
 * The production EAR on a real Payara Server of the same release as Payara Micro: a private domain
 * on free ports, configuration from the environment (as ./bwv test exports it), deploy with
 * asadmin, then health, sign-in and access control over HTTP. The domain is undeployed and stopped
 * whatever happens; a failure carries the tail of server.log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(EarOnPayaraServerIT.ServerLogOnFailure.class)
class EarOnPayaraServerIT {

  private static final String APP = "bwv-evidence";
  private static final String DEMO_PASSWORD =
      System.getenv().getOrDefault("EVIDENCE_DEMO_PASSWORD", "demo-password-2026");

  private static PayaraServer server;
  private static boolean deployed;
  private static Map<String, String> serverEnvironment;
  private static TestDatabase database;
  private static WebClient anonymous;
  private static long startedAt;

  @BeforeAll
  static void deployTheEar() {
    startedAt = System.nanoTime();
    String dbUrl = System.getenv("EVIDENCE_DB_URL");
    if (dbUrl == null || dbUrl.isBlank()) {
      throw new AssertionError(
          "EVIDENCE_DB_URL is not set: this test deploys the EAR to Payara Server against a real"
              + " PostgreSQL. Run it with ./bwv test (for this module alone: ./bwv test -pl"
              + " evidence-ear), which starts a throw-away PostgreSQL and exports the settings.");
    }
    Path ear = Path.of(property("evidence.ear"));
    assertTrue(Files.isRegularFile(ear), "no EAR at " + ear + ": run mvn verify, not the IDE");
    Path workDir = Path.of(property("it.domain.dir"));

    serverEnvironment = new LinkedHashMap<>();
    if (System.getenv("EVIDENCE_STORAGE_ROOT") == null) {
      serverEnvironment.put(
          "EVIDENCE_STORAGE_ROOT", workDir.resolve("footage").toAbsolutePath().toString());
    }
    if (System.getenv("EVIDENCE_DEMO_ENABLED") == null) {
      serverEnvironment.put("EVIDENCE_DEMO_ENABLED", "true");
      serverEnvironment.put("EVIDENCE_DEMO_PASSWORD", DEMO_PASSWORD);
    }
    // A value only this run uses, to see the environment reach the server's MicroProfile Config.
    serverEnvironment.put("EVIDENCE_COUNCIL_NAME", "EAR check " + ProcessHandle.current().pid());

    database =
        TestDatabase.fromEar(
            ear,
            workDir,
            dbUrl,
            System.getenv("EVIDENCE_DB_USER"),
            System.getenv("EVIDENCE_DB_PASSWORD"));
    server =
        PayaraServer.prepare(
            Path.of(property("payara.home")),
            workDir,
            Integer.parseInt(property("it.portbase")),
            serverEnvironment);
    System.out.printf(
        "[payara] Payara Server %s, domain %s on port base %d (HTTP %d, admin %d)%n",
        property("payara.version"),
        PayaraServer.DOMAIN,
        server.portBase(),
        server.httpPort(),
        server.adminPort());
    Duration start = server.start();
    System.out.printf("[payara] start-domain took %.1f s%n", start.toMillis() / 1000.0);
    Duration deploy = server.deploy(ear, APP);
    deployed = true;
    System.out.printf(
        "[payara] deploy of %s took %.1f s%n", ear.getFileName(), deploy.toMillis() / 1000.0);
    anonymous = new WebClient(URI.create("http://localhost:" + server.httpPort() + "/"));
  }

  @AfterAll
  static void undeployAndStop() {
    if (server == null) {
      return;
    }
    long t0 = System.nanoTime();
    List<String> problems = server.stop(deployed ? APP : null);
    System.out.printf(
        "[payara] undeploy and stop-domain took %.1f s; whole test %.1f s%n",
        PayaraServer.seconds(t0), PayaraServer.seconds(startedAt));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "Cleaning up Payara Server went wrong (the server was stopped anyway):\n"
              + String.join("\n", problems));
    }
  }

  @Test
  @Order(1)
  void healthIsUpWithDatabaseMigrationsAndStorageAndSaysNoMore() {
    HttpResponse<String> health = anonymous.get("/health");
    for (int i = 0; i < 30 && health.statusCode() != 200; i++) {
      sleep(Duration.ofSeconds(1));
      health = anonymous.get("/health");
    }
    assertEquals(200, health.statusCode(), "GET /health: " + health.body());
    Map<String, String> checks = healthChecks(health.body());
    for (String check : List.of("database", "migrations", "storage")) {
      assertEquals("UP", checks.get(check), check + " in " + health.body());
    }
    // Health answers anyone: up or down, never the storage path or other details.
    assertFalse(health.body().contains("\"data\":{\""), "no check says more: " + health.body());
  }

  @Test
  @Order(2)
  void configurationFromTheEnvironmentReachesTheApplication() {
    HttpResponse<String> login = anonymous.get("/evidence/login.xhtml");
    assertEquals(200, login.statusCode(), login.body());
    String councilName = serverEnvironment.get("EVIDENCE_COUNCIL_NAME");
    assertTrue(
        login.body().contains(councilName),
        "EVIDENCE_COUNCIL_NAME=" + councilName + " should show on the sign-in page");
  }

  @Test
  @Order(3)
  void anUnauthenticatedRequestIsSentToSignIn() {
    HttpResponse<String> staff = anonymous.getWithoutFollowing("/evidence/admin/staff.xhtml");
    assertEquals(302, staff.statusCode(), "GET /evidence/admin/staff.xhtml without a session");
    String location = staff.headers().firstValue("Location").orElse("");
    assertEquals("/evidence/login.xhtml", URI.create(location).getPath(), "Location: " + location);
  }

  @Test
  @Order(4)
  void theAdministratorSignsInAndUsesTheEjbModule() {
    long lastEventBefore = database.number("SELECT coalesce(max(seq), 0) FROM audit_event");
    WebClient browser = new WebClient(URI.create("http://localhost:" + server.httpPort() + "/"));

    HttpResponse<String> home = browser.signIn("admin", DEMO_PASSWORD);

    assertEquals(200, home.statusCode(), "after signing in as admin: " + home.uri());
    assertEquals("/evidence/admin/index.xhtml", home.uri().getPath(), "admin's home page");
    assertTrue(
        home.body().contains("<strong id=\"signed-in-name\">Morgan Lee</strong>"),
        "the admin home page should name Morgan Lee");
    // StaffAccounts.all() is @RolesAllowed(ADMIN) in the EJB module: the role must be mapped
    // there too (the test domain has Payara's default principal-to-role mapping turned off).
    assertTrue(
        home.body().matches("(?s).*There (is|are) \\d+ staff accounts?.*"),
        "the admin home page should show the staff summary from the EJB module");
    HttpResponse<String> staff = browser.get("/evidence/admin/staff.xhtml");
    assertEquals(200, staff.statusCode(), "the staff list for admin");
    assertTrue(staff.body().contains("id=\"staffTable\""), "the staff list shows its table");

    HttpResponse<String> session = browser.get("/evidence/api/v1/session");
    assertEquals(200, session.statusCode(), "GET /evidence/api/v1/session: " + session.body());
    assertTrue(session.body().contains("\"username\":\"admin\""), session.body());

    assertTrue(
        database.number(
                "SELECT count(*) FROM audit_event WHERE seq > ? AND actor = 'admin'"
                    + " AND action = 'LOGIN_SUCCEEDED'",
                lastEventBefore)
            >= 1,
        "the sign-in should be in the audit log of the PostgreSQL at EVIDENCE_DB_URL");
  }

  @Test
  @Order(5)
  void theGovukFrontendAssetsAreServedFromTheWebModule() {
    HttpResponse<String> login = anonymous.get("/evidence/login.xhtml");
    Matcher css =
        Pattern.compile("href=\"([^\"]*govuk-frontend\\.min\\.css)\"").matcher(login.body());
    assertTrue(css.find(), "the sign-in page links the GOV.UK Frontend stylesheet");
    HttpResponse<String> stylesheet = anonymous.get(css.group(1));
    assertEquals(200, stylesheet.statusCode(), "GET " + css.group(1));
  }

  /**
   * The reports jar's beans in the web module, the domain's EJBs and the reporting libraries in
   * lib/ work together: a compliance officer's signed audit log extract is produced, audited and
   * sent.
   */
  @Test
  @Order(6)
  void theComplianceOfficerDownloadsASignedAuditLogExtract() {
    assertTrue(
        System.getenv("EVIDENCE_SIGNING_KEYSTORE") != null,
        "EVIDENCE_SIGNING_KEYSTORE is not set: run this test with ./bwv test, which makes a"
            + " development signing key");
    long lastEventBefore = database.number("SELECT coalesce(max(seq), 0) FROM audit_event");
    WebClient browser = new WebClient(URI.create("http://localhost:" + server.httpPort() + "/"));
    browser.signIn("compliance", DEMO_PASSWORD);
    String today = java.time.LocalDate.now(CouncilTime.ZONE).toString();

    HttpResponse<byte[]> pdf =
        browser.submit(
            "/evidence/compliance/audit-log.xhtml",
            "extractForm",
            Map.of("from", today, "to", today),
            "download");

    assertEquals(200, pdf.statusCode(), "the extract download");
    assertEquals(
        "application/pdf",
        pdf.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""),
        "the extract should be a PDF: "
            + new String(pdf.body(), 0, Math.min(pdf.body().length, 2000)));
    assertTrue(
        new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"),
        "a PDF starts with %PDF-");
    assertTrue(
        database.number(
                "SELECT count(*) FROM audit_event WHERE seq > ? AND actor = 'compliance'"
                    + " AND action = 'REPORT_DOWNLOADED'",
                lastEventBefore)
            == 1,
        "the download should be audited once");
  }

  /** Each check's status by name, from MicroProfile Health's JSON. */
  private static Map<String, String> healthChecks(String json) {
    Map<String, String> checks = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile(
                "\"name\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"status\"\\s*:\\s*\"(\\w+)\""
                    + "|\"status\"\\s*:\\s*\"(\\w+)\"\\s*,\\s*\"name\"\\s*:\\s*\"([^\"]+)\"")
            .matcher(json);
    while (m.find()) {
      if (m.group(1) != null) {
        checks.put(m.group(1), m.group(2));
      } else {
        checks.put(m.group(4), m.group(3));
      }
    }
    return checks;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new AssertionError(
          "System property " + name + " is not set: run this test through Maven (failsafe).");
    }
    return value;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Appends the tail of server.log to any failure, so that CI output says why. */
  static final class ServerLogOnFailure
      implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure)
        throws Throwable {
      throw withServerLog(failure);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure)
        throws Throwable {
      throw withServerLog(failure);
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable failure)
        throws Throwable {
      throw withServerLog(failure);
    }

    private static Throwable withServerLog(Throwable failure) {
      if (server == null) {
        return failure;
      }
      AssertionError withLog =
          new AssertionError(
              failure.getMessage()
                  + "\n---- last lines of "
                  + server.serverLog()
                  + " ----\n"
                  + server.serverLogTail(60)
                  + "\n---- end of server.log ----",
              failure);
      withLog.setStackTrace(failure.getStackTrace());
      return withLog;
    }
  }
}
