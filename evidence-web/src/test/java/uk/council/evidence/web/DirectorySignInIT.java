package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Signing in with the council's directory: the demo directory that ./bwv test starts (Debian's
 * slapd over LDAPS, seeded from {@code evidence-web/src/demo/directory/council.ldif}), changed by
 * the tests as the council's IT would change Active Directory, with {@code ldapmodify}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectorySignInIT extends BrowserTestBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  static final String PEOPLE = "ou=Staff,dc=council,dc=example";
  static final String GROUPS = "ou=Groups,dc=council,dc=example";

  static final String REFUSED = "The username or password is not right.";

  /** A directory person of each role: their home page, name, header role and service area. */
  record Person(String username, String home, String name, String role, String area) {}

  static final List<Person> PEOPLE_OF_EACH_ROLE =
      List.of(
          new Person(
              "ad.camera", "camera-user/index.xhtml", "Nadia Khan", "Camera user", "PARKING"),
          // The directory names the area by its name rather than its code: either is found.
          new Person(
              "ad.supervisor", "supervisor/index.xhtml", "Tom Evans", "Supervisor", "PARKING"),
          new Person(
              "ad.evidence",
              "evidence-officer/index.xhtml",
              "Grace Okafor",
              "Evidence officer",
              null),
          new Person("ad.dpo", "dpo/index.xhtml", "Hannah Lee", "Data protection officer", null),
          new Person(
              "ad.compliance", "compliance/index.xhtml", "Owen Price", "Compliance officer", null),
          new Person("ad.admin", "admin/index.xhtml", "Ruth Clarke", "Administrator", null));

  @Test
  void aPersonOfEachRoleSignsInWithTheirDirectoryAccountAndGetsAStaffRecord() throws Exception {
    for (Person person : PEOPLE_OF_EACH_ROLE) {
      long before = TestDatabase.auditHead();
      signIn(person.username());
      assertEquals(base.getPath() + person.home(), path(), person.username());
      assertEquals(person.name(), text(By.id("signed-in-name")));
      assertEquals(person.role(), text(By.id("signed-in-role")));
      // Their password is the directory's: the portal offers no way to change it.
      assertTrue(browser.findElements(By.id("changePassword")).isEmpty(), person.username());
      Map<String, String> record = staffRecord(person.username());
      assertEquals("uid=" + person.username() + "," + PEOPLE, record.get("directory_dn"));
      assertNull(record.get("password_hash"), person.username());
      assertEquals(person.area(), record.get("area"), person.username());
      List<String> audit = TestDatabase.auditSince(before);
      assertTrue(
          audit.stream()
              .anyMatch(
                  e ->
                      e.startsWith(person.username() + " LOGIN_SUCCEEDED")
                          && e.endsWith("through the directory")),
          String.join("\n", audit));
    }
    assertAccessible("a directory account's home page");
  }

  @Test
  void theFirstSignInMakesTheStaffRecordOnceAndSaysSo() throws Exception {
    String username = newPerson("BWV Camera Users", "PARKING");
    long before = TestDatabase.auditHead();
    signIn(username);
    assertEquals(base.getPath() + "camera-user/index.xhtml", path());
    signIn(username);
    List<String> audit = TestDatabase.auditSince(before);
    List<String> created = audit.stream().filter(e -> e.contains("STAFF_CREATED")).toList();
    assertEquals(1, created.size(), String.join("\n", audit));
    assertTrue(
        created.get(0).startsWith("directory STAFF_CREATED")
            && created.get(0).contains("first sign-in through the directory as uid=" + username),
        created.get(0));
    assertEquals(
        2, audit.stream().filter(e -> e.startsWith(username + " LOGIN_SUCCEEDED")).count());
  }

  @Test
  void aLeaverSomeoneInNoGroupAndAWrongPasswordAreRefusedAlikeAndAudited() throws Exception {
    Map<String, String> refusals =
        Map.of(
            "ad.leaver", "directory account disabled",
            "ad.nogroup",
                "in no directory group that gives a role of the portal (member of: All Staff)",
            "ad.nobody", "unknown username (not in the directory)");
    for (var refusal : refusals.entrySet()) {
      long before = TestDatabase.auditHead();
      signIn(refusal.getKey());
      assertEquals(base.getPath() + "login.xhtml", path());
      assertTrue(errors().contains(REFUSED), errors());
      assertTrue(
          TestDatabase.auditSince(before)
              .contains(refusal.getKey() + " LOGIN_FAILED " + refusal.getValue()),
          refusal.getKey() + ": " + TestDatabase.auditSince(before));
      assertTrue(staffRecord(refusal.getKey()).isEmpty(), refusal.getKey());
    }
    long before = TestDatabase.auditHead();
    signIn("ad.dpo", "not-the-password");
    assertTrue(errors().contains(REFUSED), errors());
    assertTrue(
        TestDatabase.auditSince(before)
            .contains("ad.dpo LOGIN_FAILED wrong password (checked by the directory)"),
        TestDatabase.auditSince(before).toString());
    assertAccessible("sign-in refused through the directory");
  }

  @Test
  void aGroupChangeAppliesAtTheNextSignInAndDisablingTheAccountEndsItsSessions() throws Exception {
    String username = newPerson("BWV Camera Users", "PARKING");
    var first = signedInAsCameraUser(username);

    // IT moves them from camera users to supervisors.
    directory(
        "dn: cn=BWV Camera Users," + GROUPS,
        "changetype: modify",
        "delete: member",
        "member: uid=" + username + "," + PEOPLE,
        "",
        "dn: cn=BWV Supervisors," + GROUPS,
        "changetype: modify",
        "add: member",
        "member: uid=" + username + "," + PEOPLE);
    // The session they have keeps the roles it was opened with...
    assertEquals(200, first.get("camera-user/index.xhtml").statusCode());
    // ...and the next sign-in brings the directory's.
    long before = TestDatabase.auditHead();
    signIn(username);
    assertEquals(base.getPath() + "supervisor/index.xhtml", path());
    assertEquals("Supervisor", text(By.id("signed-in-role")));
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(
                e ->
                    e.startsWith("directory STAFF_UPDATED")
                        && e.contains("roles=CAMERA_USER")
                        && e.contains("after: username=" + username)
                        && e.endsWith("roles=SUPERVISOR active=true")),
        TestDatabase.auditSince(before).toString());

    // They leave: IT disables the account. Their next attempt is refused, and it ends the
    // sessions they still have.
    directory(
        "dn: uid=" + username + "," + PEOPLE,
        "changetype: modify",
        "add: employeeType",
        "employeeType: disabled");
    var other = new PortalClient(base);
    assertTrue(
        other
            .signIn(username, PortalClient.DEMO_PASSWORD)
            .body()
            .contains("The username or password is not right."));
    assertEquals("/evidence/login.xhtml", first.get("camera-user/index.xhtml").uri().getPath());
    browser.navigate().refresh();
    assertEquals(base.getPath() + "login.xhtml", path());
  }

  @Test
  void aLeaverDisabledByItLosesTheirOpenSessionWithinTheWatchsInterval() throws Exception {
    String username = newPerson("BWV Camera Users", "PARKING");
    var session = signedInAsCameraUser(username);
    directory(
        "dn: uid=" + username + "," + PEOPLE,
        "changetype: modify",
        "add: employeeType",
        "employeeType: disabled");
    // ./bwv test has the watch ask every five seconds (a quarter of an hour in service).
    TestDatabase.awaitCount(
        "SELECT COUNT(*) FROM staff_session s JOIN staff_member m ON m.id = s.staff_id"
            + " WHERE m.username = '"
            + username
            + "' AND s.end_reason = 'ACCOUNT_DISABLED'",
        1,
        "SELECT string_agg(COALESCE(end_reason, 'open'), ', ') FROM staff_session s"
            + " JOIN staff_member m ON m.id = s.staff_id WHERE m.username = '"
            + username
            + "'");
    assertEquals("/evidence/login.xhtml", session.get("camera-user/index.xhtml").uri().getPath());
    try (var c = TestDatabase.connect();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT actor, details FROM audit_event WHERE action = 'SESSION_ENDED'"
                        + " AND details = '"
                        + username
                        + ": account disabled'")) {
      assertTrue(rs.next());
      assertEquals("directory", rs.getString(1));
    }
  }

  @Test
  void whenTheDirectoryDoesNotAnswerThePageSaysSoAndThePortalsOwnAccountsStillSignIn()
      throws Exception {
    String pid =
        Files.readString(Path.of(System.getenv("EVIDENCE_TEST_DIRECTORY_PID_FILE"))).strip();
    run("kill", "-STOP", pid);
    try {
      long before = TestDatabase.auditHead();
      signIn("ad.dpo");
      assertTrue(errors().contains("The council's directory is not answering"), errors());
      assertAccessible("sign-in while the directory does not answer");
      String audit = String.join("\n", TestDatabase.auditSince(before));
      assertTrue(
          audit.contains(
              "ad.dpo LOGIN_FAILED the directory could not be asked: the directory at "
                  + System.getenv("EVIDENCE_DIRECTORY_URL")
                  + " did not answer"),
          audit);
      signIn("admin");
      assertEquals(base.getPath() + "admin/index.xhtml", path());
    } finally {
      run("kill", "-CONT", pid);
    }
    signIn("ad.dpo");
    assertEquals(base.getPath() + "dpo/index.xhtml", path());
  }

  @Test
  void theAdministratorSeesWhatTheDirectoryGivesAndCannotChangeItHere() throws Exception {
    signIn("ad.camera");
    open("account/password.xhtml");
    assertTrue(text(By.id("directoryPassword")).contains("council network account"));
    assertTrue(browser.findElements(By.id("password:current")).isEmpty());

    long id = Long.parseLong(staffRecord("ad.camera").get("id"));
    signIn("admin");
    open("admin/staff.xhtml");
    assertTrue(
        text(By.tagName("main")).contains("Camera user (from directory groups)"),
        text(By.tagName("main")));
    open("admin/staff-edit.xhtml?id=" + id);
    assertTrue(text(By.id("directoryAccount")).contains("come from the directory"));
    assertEquals("true", browser.findElement(By.id("staff:displayName")).getAttribute("readonly"));
    assertTrue(browser.findElements(By.id("staff:roles")).isEmpty());
    assertTrue(browser.findElements(By.id("reset:resetPassword")).isEmpty());
    assertAccessible("a directory account's page for the administrator");
    // The service area is the council's choice here, and is kept.
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("staff:serviceArea")))
        .selectByVisibleText("Environmental Enforcement");
    submit(By.id("staff:save"));
    assertEquals("ENVIRONMENT", staffRecord("ad.camera").get("area"));
    // A sign-in does not move them back: the directory gave the area only at the first.
    signIn("ad.camera");
    assertEquals("ENVIRONMENT", staffRecord("ad.camera").get("area"));
    signIn("admin");
    open("admin/staff-edit.xhtml?id=" + id);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("staff:serviceArea")))
        .selectByVisibleText("Parking Services");
    submit(By.id("staff:save"));
    assertEquals("PARKING", staffRecord("ad.camera").get("area"));
  }

  @Test
  void theServerSaysAtStartUpThatDirectorySignInIsOnAndNeverWritesTheBindPassword()
      throws IOException {
    // This deployment's server writes the newest of target/payara-micro.log.N.
    Path newest;
    try (var logs = Files.list(Path.of("target"))) {
      newest =
          logs.filter(p -> p.getFileName().toString().startsWith("payara-micro.log"))
              .max(java.util.Comparator.comparing(p -> p.toFile().lastModified()))
              .orElseThrow();
    }
    String log = Files.readString(newest, StandardCharsets.UTF_8);
    assertTrue(
        log.contains(
            "Directory sign-in is on: directory " + System.getenv("EVIDENCE_DIRECTORY_URL")),
        "the start-up line in " + newest);
    assertFalse(log.contains(System.getenv("EVIDENCE_DIRECTORY_BIND_PASSWORD")));
  }

  /**
   * A server started with a wrong bind password says so in one line of its log, and starts: its own
   * administrator signs in, and a directory account is told the directory cannot be asked.
   */
  @Test
  void aWrongBindPasswordAtStartUpIsOneLineAndThePortalStillStarts(@TempDir Path work)
      throws Exception {
    MicroServer server =
        MicroServer.start(
            work,
            MicroServer.freePort(),
            Map.of(
                "EVIDENCE_STORAGE_ROOT",
                Files.createDirectories(work.resolve("footage")).toString(),
                "EVIDENCE_DIRECTORY_BIND_PASSWORD",
                "not-the-bind-password"));
    try {
      List<String> lines =
          server.logText().lines().filter(l -> l.contains("Directory sign-in")).toList();
      assertEquals(1, lines.size(), String.join("\n", lines));
      assertTrue(
          lines
              .get(0)
              .contains(
                  "Directory sign-in cannot work: the directory refused the bind account"
                      + " uid=bwv-portal,ou=Services,dc=council,dc=example: [LDAP: error code 49"
                      + " - Invalid Credentials]. Only the portal's own accounts can sign in"),
          lines.get(0));
      assertFalse(server.logText().contains("not-the-bind-password"));
      var url = new java.net.URL("http://localhost:" + server.port() + "/evidence/");
      assertTrue(
          new PortalClient(url)
              .signIn("ad.dpo", PortalClient.DEMO_PASSWORD)
              .body()
              .contains("directory is not answering"));
      assertEquals(
          "/evidence/admin/index.xhtml",
          new PortalClient(url).signIn("admin", PortalClient.DEMO_PASSWORD).uri().getPath());
    } finally {
      server.stop();
    }
  }

  /** The staff record with this username: its id, directory entry, password hash and area code. */
  static Map<String, String> staffRecord(String username) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT s.id, s.directory_dn, s.password_hash, a.code FROM staff_member s"
                    + " LEFT JOIN service_area a ON a.id = s.service_area_id"
                    + " WHERE s.username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Map.of();
        }
        var row = new java.util.HashMap<String, String>();
        row.put("id", rs.getString(1));
        row.put("directory_dn", rs.getString(2));
        row.put("password_hash", rs.getString(3));
        row.put("area", rs.getString(4));
        return row;
      }
    }
  }

  /** A session of a camera user's, signed in with their directory account. */
  PortalClient signedInAsCameraUser(String username) {
    var client = new PortalClient(base);
    assertEquals(
        "/evidence/camera-user/index.xhtml",
        client.signIn(username, PortalClient.DEMO_PASSWORD).uri().getPath());
    return client;
  }

  /** A new person in the directory, in one group, with the demo password; their username. */
  static String newPerson(String group, String area) throws Exception {
    String username = "ad.new" + System.nanoTime() % 1_000_000_000L;
    String dn = "uid=" + username + "," + PEOPLE;
    directory(
        "dn: " + dn,
        "changetype: add",
        "objectClass: inetOrgPerson",
        "uid: " + username,
        "cn: New Starter",
        "sn: Starter",
        "displayName: New Starter",
        "departmentNumber: " + area,
        "userPassword: " + PortalClient.DEMO_PASSWORD,
        "",
        "dn: cn=" + group + "," + GROUPS,
        "changetype: modify",
        "add: member",
        "member: " + dn);
    return username;
  }

  /** Changes the directory as its administrator, as IT would: ldapmodify with these LDIF lines. */
  static void directory(String... ldif) throws Exception {
    Path file = Files.createTempFile("bwv-directory", ".ldif");
    try {
      Files.writeString(file, String.join("\n", ldif) + "\n");
      ProcessBuilder ldapmodify =
          new ProcessBuilder(
                  "ldapmodify",
                  "-H",
                  System.getenv("EVIDENCE_DIRECTORY_URL"),
                  "-D",
                  System.getenv("EVIDENCE_TEST_DIRECTORY_ADMIN_DN"),
                  "-y",
                  passwordFile().toString(),
                  "-f",
                  file.toString())
              .redirectErrorStream(true);
      ldapmodify
          .environment()
          .put("LDAPTLS_CACERT", System.getenv("EVIDENCE_DIRECTORY_CA_CERTIFICATE"));
      Process process = ldapmodify.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, process.exitValue(), output);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The directory administrator's password in a file of its own, never on a command line. */
  static Path passwordFile() throws IOException {
    Path file = Files.createTempFile("bwv-directory", ".secret");
    file.toFile().deleteOnExit();
    Files.writeString(file, System.getenv("EVIDENCE_TEST_DIRECTORY_ADMIN_PASSWORD"));
    return file;
  }

  static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).inheritIO().start();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), String.join(" ", command));
  }
}
