package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.council.evidence.platform.entity.CouncilTime;

/**
 * Sign-in, roles, lockout and the audit log, over HTTP against the deployed WAR on Payara Micro and
 * a real PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityAndAuditIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aPageWithoutSignInGoesToTheSignInPage() {
    var response = new PortalClient(base).getWithoutFollowing("admin/staff.xhtml");
    assertEquals(302, response.statusCode());
    assertTrue(
        response.headers().firstValue("Location").orElseThrow().endsWith("/evidence/login.xhtml"));
  }

  @Test
  void anApiCallWithoutSignInGets401AsProblemDetails() {
    var response = new PortalClient(base).getWithoutFollowing("api/v1/session");
    assertEquals(401, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    assertTrue(response.body().contains("\"status\":401"), response.body());
  }

  @Test
  void theApiKnowsWhoIsSignedIn() {
    var response = PortalClient.signedIn(base, "dpo").get("api/v1/session");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("\"roles\":[\"DPO\"]"), response.body());
  }

  @Test
  void eachDemoAccountLandsOnItsRolesHomePageAndTheSignInIsAudited() throws SQLException {
    Map<String, String> homes =
        Map.of(
            "camera.user", "/evidence/camera-user/index.xhtml",
            "supervisor", "/evidence/supervisor/index.xhtml",
            "evidence.officer", "/evidence/evidence-officer/index.xhtml",
            "dpo", "/evidence/dpo/index.xhtml",
            "compliance", "/evidence/compliance/index.xhtml",
            "admin", "/evidence/admin/index.xhtml");
    for (var home : homes.entrySet()) {
      long before = TestDatabase.auditHead();
      var page = new PortalClient(base).signIn(home.getKey(), PortalClient.DEMO_PASSWORD);
      assertEquals(200, page.statusCode());
      assertEquals(home.getValue(), page.uri().getPath(), home.getKey());
      assertTrue(page.body().contains("id=\"signed-in-name\""), home.getKey());
      assertTrue(
          TestDatabase.auditSince(before).stream()
              .anyMatch(e -> e.startsWith(home.getKey() + " LOGIN_SUCCEEDED")),
          home.getKey());
    }
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameMessageAndAreAudited() throws SQLException {
    long before = TestDatabase.auditHead();
    var wrongPassword = new PortalClient(base).signIn("dpo", "not-the-password");
    var unknownUser = new PortalClient(base).signIn("nobody.here", "not-the-password");
    String message = "The username or password is not right.";
    assertTrue(wrongPassword.body().contains(message));
    assertTrue(unknownUser.body().contains(message));
    assertTrue(wrongPassword.uri().getPath().endsWith("/login.xhtml"));
    assertTrue(wrongPassword.body().contains("value=\"dpo\""), "the username typed is kept");
    List<String> events = TestDatabase.auditSince(before);
    assertTrue(events.contains("dpo LOGIN_FAILED wrong password"), events.toString());
    // With directory sign-in on, as in these tests, the directory was asked too.
    assertTrue(
        events.contains("nobody.here LOGIN_FAILED unknown username (not in the directory)"),
        events.toString());
  }

  /**
   * Five wrong passwords lock an account against the address they came from, and say no more than a
   * wrong password does: the same words, the same path through a password check. The owner, signing
   * in from elsewhere, is not locked out by someone guessing; an administrator can lift the lock.
   */
  @Test
  void repeatedFailuresLockTheAccountAgainstThatAddressAndTellNothing() throws Exception {
    String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
    String password = "correct-horse-battery";
    PortalClient admin = PortalClient.signedIn(base, "admin");
    PortalClient.newPerson(admin, username, "Lock Test", "CAMERA_USER", password);

    long before = TestDatabase.auditHead();
    URI portal = URI.create(base.toString().replaceFirst("/?$", "/"));
    String refusal = "The username or password is not right.";
    for (int i = 1; i <= 5; i++) {
      String answer = signInFrom("127.0.0.4", portal, username, "wrong-" + i);
      assertTrue(answer.contains(refusal), answer);
      assertEquals(refusal, refusal(answer).substring(0, refusal.length()), answer);
    }
    String rightButLocked = signInFrom("127.0.0.4", portal, username, password);
    assertTrue(rightButLocked.contains(refusal), rightButLocked);
    String unknown = signInFrom("127.0.0.4", portal, "no.such." + username, "wrong");
    assertEquals(
        refusal(rightButLocked), refusal(unknown), "a locked account and an unknown one alike");
    assertEquals(
        refusal(signInFrom("127.0.0.4", portal, username, "wrong-6")),
        refusal(unknown),
        "and a wrong password");
    List<String> events = TestDatabase.auditSince(before);
    assertTrue(
        events.stream().anyMatch(e -> e.startsWith(username + " ACCOUNT_LOCKED")),
        events.toString());
    assertTrue(
        events.contains(username + " LOGIN_REFUSED_LOCKED locked against this address"),
        events.toString());

    // From the owner's own computer, the right password still works.
    String fromElsewhere = signInFrom("127.0.0.5", portal, username, password);
    assertTrue(fromElsewhere.contains("302") && fromElsewhere.contains("Location:"), fromElsewhere);

    String id = idOf(admin.get("admin/staff.xhtml").body(), username);
    var unlocked =
        admin.submit("admin/staff-edit.xhtml?id=" + id, "unlock", List.of(), "unlock:unlock");
    assertTrue(unlocked.body().contains("Account " + username + " unlocked."), unlocked.body());
    String afterUnlock = signInFrom("127.0.0.4", portal, username, password);
    assertTrue(afterUnlock.contains("302") && afterUnlock.contains("Location:"), afterUnlock);
  }

  /** The sign-in page's answer to a sign-in from another loopback address. */
  private static String signInFrom(String address, URI portal, String username, String password)
      throws java.io.IOException {
    return PortalClient.submitFrom(
        address,
        portal,
        "login.xhtml",
        "login",
        List.of(Map.entry("login:username", username), Map.entry("login:password", password)),
        "login:signIn");
  }

  /** The error summary's words on a sign-in page. */
  private static String refusal(String page) {
    int at = page.indexOf("The username or password");
    return at < 0 ? page : page.substring(at, page.indexOf('<', at));
  }

  @Test
  void aRoleChangeTakesEffectOnTheSignedInPersonsNextRequest() throws SQLException {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String username = newAccount(admin, "ADMIN");
    PortalClient person = new PortalClient(base);
    person.signIn(username, ACCOUNT_PASSWORD);
    assertEquals(200, person.get("admin/staff.xhtml").statusCode());

    String id = idOf(admin.get("admin/staff.xhtml").body(), username);
    var saved = editStaff(admin, id, username, "CAMERA_USER", true);
    assertTrue(saved.body().contains("Account " + username + " saved."), saved.body());

    var refused = person.get("admin/staff.xhtml");
    assertEquals(403, refused.statusCode(), "the same session no longer has ADMIN");
    var home = person.get("camera-user/index.xhtml");
    assertEquals(200, home.statusCode());
    assertEquals("/evidence/camera-user/index.xhtml", home.uri().getPath());
    assertTrue(
        home.body().contains("evidence-header__role\">Camera user</span>"),
        "the header shows the new role");
    var api = person.get("api/v1/session");
    assertTrue(api.body().contains("\"roles\":[\"CAMERA_USER\"]"), api.body());
  }

  @Test
  void disablingAnAccountSignsOutEveryOneOfItsSessionsOnTheirNextRequest() throws SQLException {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String username = newAccount(admin, "CAMERA_USER");
    PortalClient browser = new PortalClient(base);
    browser.signIn(username, ACCOUNT_PASSWORD);
    PortalClient apiClient = new PortalClient(base);
    apiClient.signIn(username, ACCOUNT_PASSWORD);
    assertEquals(200, apiClient.get("api/v1/session").statusCode());

    long before = TestDatabase.auditHead();
    String id = idOf(admin.get("admin/staff.xhtml").body(), username);
    editStaff(admin, id, username, "CAMERA_USER", false);

    assertEquals(401, apiClient.get("api/v1/session").statusCode());
    var page = browser.get("camera-user/index.xhtml");
    assertEquals("/evidence/login.xhtml", page.uri().getPath());
    assertTrue(page.body().contains("Your session ended"), page.body());
    List<String> events = TestDatabase.auditSince(before);
    assertEquals(
        2,
        events.stream()
            .filter(e -> e.startsWith("admin SESSION_ENDED") && e.contains("account disabled"))
            .count(),
        events.toString());
  }

  @Test
  void resettingAPasswordSignsOutTheAccountsSessions() throws SQLException {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String username = newAccount(admin, "CAMERA_USER");
    PortalClient person = new PortalClient(base);
    person.signIn(username, ACCOUNT_PASSWORD);
    assertEquals(200, person.get("camera-user/index.xhtml").statusCode());

    String id = idOf(admin.get("admin/staff.xhtml").body(), username);
    var reset =
        admin.submit("admin/staff-edit.xhtml?id=" + id, "reset", List.of(), "reset:resetPassword");
    String oneTime = PortalClient.oneTimePassword(reset.body());

    var page = person.get("camera-user/index.xhtml");
    assertEquals("/evidence/login.xhtml", page.uri().getPath());
    assertEquals(
        "/evidence/login.xhtml",
        new PortalClient(base).signIn(username, ACCOUNT_PASSWORD).uri().getPath(),
        "the old password no longer works");
    var again = person.signIn(username, oneTime);
    assertEquals(
        "/evidence/account/password.xhtml",
        again.uri().getPath(),
        "a reset password is one-time too");
    var changed = person.changePassword(oneTime, "a-brand-new-password", "a-brand-new-password");
    assertEquals("/evidence/camera-user/index.xhtml", changed.uri().getPath());
  }

  @Test
  void aSessionIdleTooLongOrOlderThanItsLifetimeIsSignedOutAndThatIsAudited() throws SQLException {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String username = newAccount(admin, "CAMERA_USER");

    PortalClient idle = new PortalClient(base);
    idle.signIn(username, ACCOUNT_PASSWORD);
    long before = TestDatabase.auditHead();
    // As if the last request were 31 minutes ago (the idle limit is 30 minutes).
    moveOpenSessions(
        username,
        "started_at = now() - interval '31 minutes', last_seen_at = now() - interval '31 minutes'");
    assertEquals("/evidence/login.xhtml", idle.get("camera-user/index.xhtml").uri().getPath());

    PortalClient old = new PortalClient(base);
    old.signIn(username, ACCOUNT_PASSWORD);
    assertEquals(200, old.get("api/v1/session").statusCode());
    // Busy all along, but signed in 10 hours and a minute ago (the lifetime is 10 hours).
    moveOpenSessions(username, "started_at = now() - interval '10 hours 1 minute'");
    assertEquals(401, old.get("api/v1/session").statusCode());

    List<String> events = TestDatabase.auditSince(before);
    assertTrue(
        events.stream()
            .anyMatch(e -> e.startsWith(username + " SESSION_ENDED") && e.contains("idle")),
        events.toString());
    assertTrue(
        events.stream()
            .anyMatch(e -> e.startsWith(username + " SESSION_ENDED") && e.contains("lifetime")),
        events.toString());
  }

  @Test
  void aPersonSeesTheirOwnSessionsAndEndsAnother() throws SQLException {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String username = newAccount(admin, "CAMERA_USER");
    PortalClient desk = new PortalClient(base);
    desk.signIn(username, ACCOUNT_PASSWORD);
    PortalClient forgotten = new PortalClient(base);
    forgotten.signIn(username, ACCOUNT_PASSWORD);
    assertEquals(200, forgotten.get("camera-user/index.xhtml").statusCode());

    var list = desk.get("account/sessions.xhtml");
    assertEquals(200, list.statusCode());
    assertEquals(2, count(list.body(), "class=\"govuk-table__row evidence-session\""), list.body());
    assertTrue(list.body().contains("This session"), list.body());
    Matcher button = Pattern.compile("name=\"(sessions:[^\"]*:end)\"").matcher(list.body());
    assertTrue(button.find(), "a button for the other session");
    String end = button.group(1);
    assertFalse(button.find(), "no button for this session");

    long before = TestDatabase.auditHead();
    var ended = desk.submit("account/sessions.xhtml", "sessions", List.of(), end);
    assertTrue(ended.body().contains("Session signed out."), ended.body());
    assertEquals(1, count(ended.body(), "class=\"govuk-table__row evidence-session\""));
    assertEquals("/evidence/login.xhtml", forgotten.get("camera-user/index.xhtml").uri().getPath());
    assertEquals(200, desk.get("camera-user/index.xhtml").statusCode());
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(
                e -> e.startsWith(username + " SESSION_ENDED") && e.contains("by the person")),
        "ending a session is audited");
  }

  private static final String ACCOUNT_PASSWORD = "session-test-password";

  /**
   * A new account with one role whose person has signed in once and changed the one-time password
   * to {@link #ACCOUNT_PASSWORD}; returns its username.
   */
  private static String newAccount(PortalClient admin, String role) {
    String username = "sess." + UUID.randomUUID().toString().substring(0, 8);
    PortalClient.newPerson(admin, username, "Session Test", role, ACCOUNT_PASSWORD);
    return username;
  }

  /** Sends the administrator's "Change a staff account" form with one role. */
  private static HttpResponse<String> editStaff(
      PortalClient admin, String id, String username, String role, boolean active) {
    List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
    fields.add(Map.entry("staff:username", username));
    fields.add(Map.entry("staff:displayName", "Session Test"));
    fields.add(Map.entry("staff:email", ""));
    fields.add(Map.entry("staff:serviceArea", ""));
    fields.add(Map.entry("staff:roles", role));
    if (active) {
      fields.add(Map.entry("staff:active", "true"));
    }
    return admin.submit("admin/staff-edit.xhtml?id=" + id, "staff", fields, "staff:save");
  }

  /** Moves the times of a person's open sessions, as if time had passed. */
  private static void moveOpenSessions(String username, String assignment) throws SQLException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      int moved =
          s.executeUpdate(
              "UPDATE staff_session SET "
                  + assignment
                  + " WHERE ended_at IS NULL AND staff_id ="
                  + " (SELECT id FROM staff_member WHERE username = '"
                  + username
                  + "')");
      assertEquals(1, moved, "one open session of " + username);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  /** Fills in and sends the administrator's "Add a staff account" form. */
  private static HttpResponse<String> addStaff(
      PortalClient admin, String username, String name, String email, String role) {
    return admin.addStaff(username, name, email, role);
  }

  private static String idOf(String staffList, String username) {
    int row = staffList.indexOf(">" + username + "<");
    int link = staffList.indexOf("staff-edit.xhtml?id=", row);
    int start = link + "staff-edit.xhtml?id=".length();
    int end = start;
    while (Character.isDigit(staffList.charAt(end))) {
      end++;
    }
    return staffList.substring(start, end);
  }

  /**
   * Issue 14: an administrator's own page offers no role boxes, and a form sent with roles anyway
   * changes nothing and asks for nothing.
   */
  @Test
  void noOneChangesTheirOwnRoles() throws SQLException {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String username = newAccount(admin, "ADMIN");
    PortalClient self = new PortalClient(base);
    self.signIn(username, ACCOUNT_PASSWORD);
    String id = idOf(self.get("admin/staff.xhtml").body(), username);

    var own = self.get("admin/staff-edit.xhtml?id=" + id);
    assertEquals(200, own.statusCode());
    assertFalse(own.body().contains("name=\"staff:roles\""), "no role boxes on one's own page");
    assertTrue(own.body().contains("You cannot change your own roles"), own.body());

    long before = TestDatabase.auditHead();
    var sent = editStaff(self, id, username, "DPO", true);
    assertEquals(200, sent.statusCode());
    var session = self.get("api/v1/session");
    assertTrue(session.body().contains("\"roles\":[\"ADMIN\"]"), session.body());
    assertEquals(0, grants(username), "nothing was requested");
    assertFalse(
        TestDatabase.auditSince(before).stream().anyMatch(e -> e.contains("ROLE_GRANT")),
        TestDatabase.auditSince(before).toString());
    var stillOwn = self.get("admin/staff-edit.xhtml?id=" + id);
    assertFalse(stillOwn.body().contains("Data protection officer"), stillOwn.body());
  }

  /**
   * Issue 14: an administrator gives a new account the DPO role; it opens no footage until a
   * compliance officer (not the administrator, who cannot open the approvals at all) approves it;
   * the request and the approval are audited and shown on the compliance officer's home page.
   */
  @Test
  void aRoleThatOpensFootageTakesEffectOnlyWhenASecondPersonApprovesIt() throws Exception {
    var recording = TestFootage.upload(base, Instant.now().minus(Duration.ofHours(3)));
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String username = "four.eyes." + UUID.randomUUID().toString().substring(0, 6);
    long before = TestDatabase.auditHead();
    var created = admin.addStaff(username, "Four Eyes", "", "DPO");
    assertTrue(created.body().contains("Account " + username + " created."), created.body());
    assertTrue(created.body().contains("awaiting approval"), created.body());
    PortalClient person = new PortalClient(base);
    person.signInFirstTime(
        username, PortalClient.oneTimePassword(created.body()), ACCOUNT_PASSWORD);

    String play = "footage/media?id=" + recording.id() + "&play=" + UUID.randomUUID();
    Map<String, String> range = Map.of("Range", "bytes=0-99");
    assertEquals(403, person.getBytes(play, range).statusCode(), "no footage before approval");
    assertEquals(
        403, admin.get("compliance/index.xhtml").statusCode(), "the administrator cannot approve");
    assertEquals(1, grants(username));

    PortalClient compliance = PortalClient.signedIn(base, "compliance");
    var home = compliance.get("compliance/index.xhtml");
    String row = rowOf(home.body(), username);
    assertTrue(row.contains("Data protection officer") && row.contains("admin"), row);
    var approved =
        compliance.submit(
            "compliance/index.xhtml",
            "grants",
            List.of(),
            button(home.body(), username, "approve"));
    assertTrue(
        approved.body().contains("Data protection officer for " + username + " approved."),
        approved.body());
    String decided = rowOf(approved.body(), username);
    assertTrue(decided.contains("Approved") && decided.contains("compliance"), decided);

    var watched = person.getBytes(play, range);
    assertEquals(206, watched.statusCode(), "the next request has the role");
    List<String> events = TestDatabase.auditSince(before);
    assertTrue(
        events.stream()
            .anyMatch(e -> e.startsWith("admin ROLE_GRANT_REQUESTED") && e.contains(username)),
        events.toString());
    assertTrue(
        events.stream()
            .anyMatch(e -> e.startsWith("compliance ROLE_GRANT_APPROVED") && e.contains(username)),
        events.toString());
  }

  /**
   * Issue 14: an administrator who resets the password of someone who may see footage knows the
   * one-time password, so the roles that open footage wait for a second person's approval again.
   */
  @Test
  void aPasswordResetPutsTheRolesThatOpenFootageBackForApproval() throws Exception {
    var recording = TestFootage.upload(base, Instant.now().minus(Duration.ofHours(3)));
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String username = "reset.dpo." + UUID.randomUUID().toString().substring(0, 6);
    var created = admin.addStaff(username, "Reset Dpo", "", "DPO");
    PortalClient person = new PortalClient(base);
    person.signInFirstTime(
        username, PortalClient.oneTimePassword(created.body()), ACCOUNT_PASSWORD);
    PortalClient compliance = PortalClient.signedIn(base, "compliance");
    var home = compliance.get("compliance/index.xhtml");
    compliance.submit(
        "compliance/index.xhtml", "grants", List.of(), button(home.body(), username, "approve"));
    String play = "footage/media?id=" + recording.id() + "&play=" + UUID.randomUUID();
    Map<String, String> range = Map.of("Range", "bytes=0-99");
    assertEquals(206, person.getBytes(play, range).statusCode(), "approved: footage opens");

    String id = idOf(admin.get("admin/staff.xhtml").body(), username);
    var reset =
        admin.submit("admin/staff-edit.xhtml?id=" + id, "reset", List.of(), "reset:resetPassword");
    assertTrue(reset.body().contains("Data protection officer is awaiting approval"), reset.body());
    PortalClient resetter = new PortalClient(base);
    resetter.signInFirstTime(
        username, PortalClient.oneTimePassword(reset.body()), "chosen-by-whoever-reset-it");
    assertEquals(
        403,
        resetter.getBytes(play, range).statusCode(),
        "whoever knows the one-time password sees no footage");
    assertEquals(2, grants(username), "the role is asked for again");

    var again = compliance.get("compliance/index.xhtml");
    compliance.submit(
        "compliance/index.xhtml", "grants", List.of(), button(again.body(), username, "approve"));
    assertEquals(206, resetter.getBytes(play, range).statusCode(), "approved again");
  }

  /**
   * Issue 14: a session left open is no way to guess its password: wrong current passwords on
   * changing it count as failed sign-ins, and the fifth signs the person out and locks this
   * address.
   */
  @Test
  void wrongCurrentPasswordsOnChangingItCountTowardsTheLock() throws SQLException {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String username = newAccount(admin, "CAMERA_USER");
    PortalClient left = new PortalClient(base);
    left.signIn(username, ACCOUNT_PASSWORD);
    long before = TestDatabase.auditHead();
    for (int i = 1; i <= 4; i++) {
      var refused = left.changePassword("a-guess-" + i, "new-password-here", "new-password-here");
      assertTrue(refused.body().contains("Your current password is not right."), refused.body());
    }
    var fifth = left.changePassword("a-guess-5", "new-password-here", "new-password-here");
    assertTrue(fifth.body().contains("Too many wrong passwords"), fifth.body());
    assertEquals(
        "/evidence/login.xhtml", left.get("camera-user/index.xhtml").uri().getPath(), "signed out");
    assertEquals(
        "/evidence/login.xhtml",
        new PortalClient(base).signIn(username, ACCOUNT_PASSWORD).uri().getPath(),
        "and locked against this address");
    List<String> events = TestDatabase.auditSince(before);
    assertEquals(
        5,
        events.stream()
            .filter(e -> e.contains("LOGIN_FAILED") && e.contains("on changing it"))
            .count(),
        events.toString());
    assertTrue(
        events.stream().anyMatch(e -> e.contains("ACCOUNT_LOCKED") && e.contains(username)),
        events.toString());
  }

  /** Issue 14: changing a password ends the person's other sessions, and keeps the one in use. */
  @Test
  void changingAPasswordSignsOutThePersonsOtherSessions() throws SQLException {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String username = newAccount(admin, "CAMERA_USER");
    PortalClient here = new PortalClient(base);
    here.signIn(username, ACCOUNT_PASSWORD);
    PortalClient elsewhere = new PortalClient(base);
    elsewhere.signIn(username, ACCOUNT_PASSWORD);
    assertEquals(200, elsewhere.get("camera-user/index.xhtml").statusCode());

    long before = TestDatabase.auditHead();
    here.changePassword(ACCOUNT_PASSWORD, "another-new-password", "another-new-password");
    assertEquals("/evidence/login.xhtml", elsewhere.get("camera-user/index.xhtml").uri().getPath());
    assertEquals(
        "/evidence/camera-user/index.xhtml",
        here.get("camera-user/index.xhtml").uri().getPath(),
        "the session it was changed in goes on");
    List<String> events = TestDatabase.auditSince(before);
    assertEquals(
        1,
        events.stream()
            .filter(e -> e.contains("SESSION_ENDED") && e.contains("password changed"))
            .count(),
        events.toString());
  }

  /**
   * Issue 14: a new account's password is generated and shown once; at the first sign-in the person
   * can do nothing but change it, and afterwards only their own password works.
   */
  @Test
  void aNewAccountsOneTimePasswordMustBeChangedBeforeAnythingElse() throws SQLException {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String username = "otp." + UUID.randomUUID().toString().substring(0, 8);
    var created = admin.addStaff(username, "First Time", "", "CAMERA_USER");
    String oneTime = PortalClient.oneTimePassword(created.body());
    assertTrue(oneTime.length() >= 12, oneTime);

    PortalClient person = new PortalClient(base);
    var landed = person.signIn(username, oneTime);
    assertEquals("/evidence/account/password.xhtml", landed.uri().getPath());
    assertTrue(landed.body().contains("one-time password"), landed.body());
    assertEquals(
        "/evidence/account/password.xhtml",
        person.get("camera-user/index.xhtml").uri().getPath(),
        "nothing else opens");
    assertEquals(403, person.get("api/v1/session").statusCode());

    var mismatch = person.changePassword(oneTime, "a-new-password-one", "a-new-password-two");
    assertTrue(mismatch.body().contains("The two new passwords are not the same."));
    var wrong =
        person.changePassword("not-the-password", "a-new-password-one", "a-new-password-one");
    assertTrue(wrong.body().contains("Your current password is not right."));
    var same = person.changePassword(oneTime, oneTime, oneTime);
    assertTrue(same.body().contains("Choose a new password"), same.body());

    long before = TestDatabase.auditHead();
    var changed = person.changePassword(oneTime, "a-new-password-one", "a-new-password-one");
    assertEquals("/evidence/camera-user/index.xhtml", changed.uri().getPath());
    assertTrue(changed.body().contains("Your password is changed."), changed.body());
    assertTrue(changed.body().contains("id=\"changePassword\""), "the header offers it again");
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(e -> e.startsWith(username + " STAFF_PASSWORD_CHANGED")),
        TestDatabase.auditSince(before).toString());
    assertEquals(
        "/evidence/login.xhtml",
        new PortalClient(base).signIn(username, oneTime).uri().getPath(),
        "the one-time password works once");
    assertEquals(
        "/evidence/camera-user/index.xhtml",
        new PortalClient(base).signIn(username, "a-new-password-one").uri().getPath());
  }

  /** The role grants of an account, whatever became of them. */
  private static int grants(String username) throws SQLException {
    try (Connection c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM role_grant g JOIN staff_member m ON m.id = g.staff_id"
                    + " WHERE m.username = ?")) {
      ps.setString(1, username);
      var rs = ps.executeQuery();
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The first table row on a page that names the username. */
  private static String rowOf(String page, String username) {
    int at = page.indexOf(">" + username + "<");
    assertTrue(at >= 0, username + " is not on the page: " + page);
    int start = page.lastIndexOf("<tr", at);
    return page.substring(start, page.indexOf("</tr>", at));
  }

  /** The name of a button in the first table row that names the username. */
  private static String button(String page, String username, String id) {
    Matcher m = Pattern.compile("name=\"([^\"]*:" + id + ")\"").matcher(rowOf(page, username));
    assertTrue(m.find(), "no " + id + " button for " + username);
    return m.group(1);
  }

  @Test
  void aRejectedStaffFormKeepsWhatWasTypedAndSaysWhatIsWrong() {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    var rejected = addStaff(admin, "Bad Name!", "Kept Name", "kept@example.gov.uk", "SUPERVISOR");
    assertEquals(200, rejected.statusCode());
    assertTrue(rejected.body().contains("There is a problem"));
    assertTrue(rejected.body().contains("A username is 2 to 64 characters"));
    assertTrue(rejected.body().contains("value=\"Kept Name\""));
    assertTrue(rejected.body().contains("value=\"kept@example.gov.uk\""));
    assertTrue(rejected.body().contains("value=\"Bad Name!\""));
  }

  @Test
  void aPageTheRoleMayNotUseIs403InThePortalsStyleAndAudited() throws SQLException {
    long before = TestDatabase.auditHead();
    var page = PortalClient.signedIn(base, "camera.user").get("admin/staff.xhtml");
    assertEquals(403, page.statusCode());
    assertTrue(page.body().contains("You cannot open this page"));
    assertTrue(page.body().contains("govuk-header"));
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(e -> e.startsWith("camera.user ACCESS_DENIED /evidence/admin/staff.xhtml")));
  }

  /**
   * Every kind of response carries the hardened headers: a Content-Security-Policy whose script
   * nonce is fresh each time and matches the page's inline scripts, nosniff, no referrer, no
   * framing; and no browser or proxy may keep a copy of anything personal (pages, error pages, the
   * API), while static assets may be cached.
   */
  @Test
  void everyKindOfResponseCarriesTheHardenedHeaders() {
    PortalClient signedOut = new PortalClient(base);
    PortalClient officer = PortalClient.signedIn(base, "evidence.officer");
    PortalClient wearer = PortalClient.signedIn(base, "camera.user");
    Map<String, HttpResponse<String>> personal = new LinkedHashMap<>();
    personal.put("sign-in page", signedOut.get("login.xhtml"));
    personal.put("public verify page", signedOut.get("verify.xhtml"));
    personal.put("home page", officer.get("evidence-officer/index.xhtml"));
    personal.put("library", officer.get("footage/library.xhtml"));
    personal.put("403 page", wearer.get("admin/staff.xhtml"));
    personal.put("404 page", officer.get("footage/recording.xhtml?id=987654321"));
    personal.put("API", officer.get("api/v1/session"));
    for (var page : personal.entrySet()) {
      HttpResponse<String> r = page.getValue();
      String what = page.getKey() + " (" + r.uri() + ", " + r.statusCode() + ")";
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'"), what + ": " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), what);
      assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), what + ": " + csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), what);
      assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), what);
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), what);
      Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
      if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        assertTrue(nonce.find(), what + ": " + csp);
        assertTrue(r.body().contains("<script nonce=\"" + nonce.group(1) + "\">"), what);
        assertFalse(r.body().contains("<script>"), what + " has an inline script without nonce");
      }
    }
    String first =
        personal.get("sign-in page").headers().firstValue("Content-Security-Policy").get();
    String again =
        signedOut.get("login.xhtml").headers().firstValue("Content-Security-Policy").get();
    assertFalse(first.equals(again), "a fresh nonce for each response");

    var css = signedOut.get("jakarta.faces.resource/evidence.css.xhtml?ln=evidence");
    assertEquals(200, css.statusCode());
    assertFalse(css.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    assertEquals("nosniff", css.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  /**
   * The session cookie is HttpOnly and SameSite; a session id in the address is refused, not used;
   * and redirects name the portal's own path, never a host taken from the request, so a forged Host
   * header sends no one elsewhere.
   */
  @Test
  void sessionsTravelOnlyInAStrictCookieAndRedirectsStayOnThePortal() throws Exception {
    PortalClient admin = new PortalClient(base);
    var signIn = admin.get("login.xhtml");
    String setCookie = signIn.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(setCookie.startsWith("JSESSIONID="), signIn.headers().toString());
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
    admin.signIn("admin", PortalClient.DEMO_PASSWORD);
    String session = admin.cookie("JSESSIONID").orElseThrow();

    var inTheAddress =
        new PortalClient(base).getWithoutFollowing("admin/staff.xhtml;jsessionid=" + session);
    assertFalse(inTheAddress.statusCode() == 200, "a session id in the address opened the page");
    assertFalse(inTheAddress.body().contains("Staff accounts"), inTheAddress.body());

    URI portal = URI.create(base.toString().replaceFirst("/?$", "/"));
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", portal.getPort())) {
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + portal.getPath()
                      + "admin/staff.xhtml HTTP/1.0\r\nHost: evil.example\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertTrue(answer.startsWith("HTTP/1.1 302"), answer);
      assertFalse(answer.contains("evil.example"), answer);
      assertTrue(answer.contains("Location: " + portal.getPath() + "login.xhtml"), answer);
    }
  }

  @Test
  void signingOutIsAuditedAndEndsTheSession() throws SQLException {
    PortalClient client = PortalClient.signedIn(base, "supervisor");
    long before = TestDatabase.auditHead();
    var out =
        client.submit("supervisor/index.xhtml", "signOutForm", List.of(), "signOutForm:signOut");
    assertTrue(out.uri().getPath().endsWith("/login.xhtml"));
    assertTrue(out.body().contains("You have signed out."));
    assertTrue(TestDatabase.auditSince(before).contains("supervisor LOGOUT"));
    assertTrue(client.get("supervisor/index.xhtml").uri().getPath().endsWith("/login.xhtml"));
  }

  @Test
  void theDatabaseRefusesToEditOrDeleteAuditEvents() throws SQLException {
    new PortalClient(base).signIn("admin", PortalClient.DEMO_PASSWORD);
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      for (String sql :
          List.of(
              "UPDATE audit_event SET actor = 'someone-else' WHERE seq = 1",
              "DELETE FROM audit_event WHERE seq = 1",
              "TRUNCATE audit_event")) {
        SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
      }
    }
  }

  /**
   * The role the application connects as cannot take that protection off: it owns no table, so it
   * can neither disable nor drop the triggers, and it is no superuser, so it cannot set {@code
   * session_replication_role} (under {@code replica} PostgreSQL skips ordinary triggers). Nor may
   * it change or remove a row in the first place. {@link
   * #theDatabaseRefusesToEditOrDeleteAuditEvents} shows the triggers; this shows the grants.
   */
  @Test
  void theApplicationsRoleCannotSwitchOffTheAuditLogsProtection() throws SQLException {
    new PortalClient(base).signIn("admin", PortalClient.DEMO_PASSWORD);
    try (Connection c = TestDatabase.connectAsApplication();
        Statement s = c.createStatement()) {
      var role =
          s.executeQuery(
              "SELECT r.rolsuper, pg_has_role(current_user, t.relowner, 'USAGE')"
                  + " FROM pg_roles r, pg_class t"
                  + " WHERE r.rolname = current_user AND t.oid = 'audit_event'::regclass");
      assertTrue(role.next());
      assertFalse(role.getBoolean(1), "the application's role is not a superuser");
      assertFalse(role.getBoolean(2), "nor the audit log's owner");
      for (String sql :
          List.of(
              "ALTER TABLE audit_event DISABLE TRIGGER ALL",
              "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
              "DROP TRIGGER audit_event_append_only ON audit_event",
              "SET session_replication_role = replica",
              "UPDATE audit_event SET actor = 'someone-else' WHERE seq = 1",
              "DELETE FROM audit_event WHERE seq = 1",
              "TRUNCATE audit_event")) {
        SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        // 42501: insufficient privilege ("must be owner of table", "permission denied ...").
        assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
      }
      var replication = s.executeQuery("SHOW session_replication_role");
      assertTrue(replication.next());
      assertEquals("origin", replication.getString(1), "triggers still fire");
    }
  }

  @Test
  void aRowAlteredWithTheProtectionRemovedIsNamedByVerification() throws SQLException {
    new PortalClient(base).signIn("dpo", PortalClient.DEMO_PASSWORD);
    long victim = TestDatabase.auditHead();
    PortalClient compliance = PortalClient.signedIn(base, "compliance");
    String original;
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      var rs = s.executeQuery("SELECT actor FROM audit_event WHERE seq = " + victim);
      rs.next();
      original = rs.getString(1);
      alter(s, victim, "'an-intruder'");
    }
    try {
      var page =
          compliance.submit("compliance/audit-log.xhtml", "verify", List.of(), "verify:verify");
      assertTrue(page.body().contains("The log has been altered"), page.body());
      assertTrue(page.body().contains("Broken at event " + victim + ":"), page.body());
    } finally {
      try (Connection c = TestDatabase.connect();
          Statement s = c.createStatement()) {
        alter(s, victim, "'" + original.replace("'", "''") + "'");
      }
    }
    var again =
        compliance.submit("compliance/audit-log.xhtml", "verify", List.of(), "verify:verify");
    assertTrue(again.body().contains("The log is intact"), again.body());
    assertFalse(again.body().contains("The log has been altered"));
  }

  /** What an intruder with the schema owner's password could do: drop the guard, edit. */
  private static void alter(Statement s, long seq, String actorLiteral) throws SQLException {
    s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
    try {
      s.executeUpdate("UPDATE audit_event SET actor = " + actorLiteral + " WHERE seq = " + seq);
    } finally {
      s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
    }
  }

  @Test
  void aComplianceOfficerDownloadsASignedAuditExtractAndTheDownloadIsAudited() throws Exception {
    PortalClient compliance = PortalClient.signedIn(base, "compliance");
    String today = LocalDate.now(CouncilTime.ZONE).toString();
    long before = TestDatabase.auditHead();
    var download =
        compliance.submitForFile(
            "compliance/audit-log.xhtml",
            "extractForm",
            List.of(Map.entry("extractForm:from", today), Map.entry("extractForm:to", today)),
            "extractForm:download");
    assertEquals(200, download.statusCode());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
    byte[] pdf = download.body();

    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document);
      assertEquals(1, document.getSignatureDictionaries().size(), "one signature");
    }
    assertTrue(text.contains("Audit log extract"), text);
    assertTrue(text.contains("compliance"), "the person who asked for it");
    assertTrue(text.contains("LOGIN_SUCCEEDED"), "today's sign-ins are listed");

    Path file = Files.createTempFile("audit-extract", ".pdf");
    try {
      Files.write(file, pdf);
      Process pdfsig =
          new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
      String out = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      pdfsig.waitFor();
      assertTrue(out.contains("Signature is Valid"), out);
    } finally {
      Files.deleteIfExists(file);
    }
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(
                e ->
                    e.startsWith("compliance REPORT_DOWNLOADED audit-log-extract")
                        && e.endsWith(sha256)),
        "the download is audited with the file's SHA-256");
  }

  /**
   * A compliance officer reviews the log by who, what and when: the search is in the address (so it
   * can be bookmarked), lists only matching events, exports the same list as CSV (audited, with its
   * filters and count) and as a signed extract that says which events it lists; a search that makes
   * no sense says why and keeps what was typed.
   */
  @Test
  void theAuditLogIsSearchedByWhoWhatAndWhenAndTheResultExported() throws Exception {
    PortalClient.signedIn(base, "camera.user");
    PortalClient compliance = PortalClient.signedIn(base, "compliance");
    String today = LocalDate.now(CouncilTime.ZONE).toString();
    String search = "who=camera.user&action=LOGIN_SUCCEEDED&since=" + today + "&until=" + today;
    var page = compliance.get("compliance/audit-log.xhtml?" + search);
    assertEquals(200, page.statusCode());
    String events = page.body().substring(page.body().indexOf("id=\"events\""));
    assertTrue(events.contains("camera.user"), events);
    assertFalse(events.contains(">compliance<"), "only camera.user's events: " + events);
    assertFalse(events.contains("sign-in failed"), events);
    assertTrue(events.contains("Signed in"), events);
    assertTrue(page.body().contains("by camera.user, action \u2018signed in\u2019"), page.body());

    long before = TestDatabase.auditHead();
    var csv = compliance.get("compliance/audit-log.csv?" + search);
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<String> lines = csv.body().lines().toList();
    assertEquals(
        "seq,occurred_at_utc,actor,action,target_type,target_id,details,source_address,hash",
        lines.get(0));
    assertTrue(lines.size() > 1, csv.body());
    assertTrue(
        lines.subList(1, lines.size()).stream()
            .allMatch(l -> l.contains(",\"camera.user\",\"LOGIN_SUCCEEDED\",")),
        csv.body());
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(
                e ->
                    e.startsWith("compliance AUDIT_LOG_EXPORTED")
                        && e.contains("CSV of " + (lines.size() - 1) + " events: by camera.user")),
        TestDatabase.auditSince(before).toString());

    var extract =
        compliance.submitForFile(
            "compliance/audit-log.xhtml?" + search,
            "extractForm",
            List.of(Map.entry("extractForm:from", today), Map.entry("extractForm:to", today)),
            "extractForm:download");
    assertEquals("application/pdf", extract.headers().firstValue("Content-Type").orElseThrow());
    try (PDDocument document = Loader.loadPDF(extract.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(
          text.contains("Only the events by camera.user, action \u2018signed in\u2019"), text);
    }

    var wrong =
        compliance.submit(
            "compliance/audit-log.xhtml",
            "filter",
            List.of(
                Map.entry("filter:who", "camera.user"),
                Map.entry("filter:since", today),
                Map.entry("filter:until", "2000-01-01")),
            "filter:search");
    assertTrue(
        wrong.body().contains("The end date must be on or after the start date."), wrong.body());
    assertTrue(wrong.body().contains("value=\"camera.user\""), "what was typed is kept");
  }

  @Test
  void anExtractWhosePeriodEndsBeforeItStartsIsRefusedWithAReason() {
    PortalClient compliance = PortalClient.signedIn(base, "compliance");
    var page =
        compliance.submit(
            "compliance/audit-log.xhtml",
            "extractForm",
            List.of(
                Map.entry("extractForm:from", "2026-11-20"),
                Map.entry("extractForm:to", "2026-11-01")),
            "extractForm:download");
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(page.body().contains("The last day must be the same as or after the first day."));
    assertTrue(page.body().contains("value=\"2026-11-20\""), "what was typed is kept");
  }

  /**
   * The operations endpoints at the server root answer anyone who can reach the server, so health
   * says only up or down (no storage path, no sweep times: those are on the administrator's pages),
   * metrics and OpenAPI are switched off, and no header names the server.
   */
  /**
   * The metrics the council's monitoring reads at {@code /metrics?scope=application}: uploads
   * stored and refused, sweeps and what they deleted, files the fixity check read, and the request
   * queue by urgency; counts only, naming no one and no file.
   */
  @Test
  void metricsCountWhatTheServerDidAndNameNoOne() throws Exception {
    PortalClient client = new PortalClient(base);
    String metrics = client.serverRoot().resolve("/metrics?scope=application").toString();
    double storedBefore = metric(client.get(metrics).body(), "bwv_uploads_total", "stored");
    TestFootage.upload(base, Instant.now().minus(Duration.ofHours(2)));
    var refused =
        java.net.http.HttpClient.newHttpClient()
            .send(
                DevicesIT.uploadRequest(
                        base,
                        "demo-dock",
                        TestFootage.SECRET,
                        "NO-SUCH-CAMERA",
                        Instant.now().minusSeconds(600).toString(),
                        Instant.now().minusSeconds(580).toString(),
                        "0".repeat(64))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[64]))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertTrue(refused.statusCode() >= 400, refused.body());
    PortalClient.signedIn(base, "admin")
        .submit("admin/retention.xhtml", "sweep", List.of(), "sweep:sweepNow");
    PortalClient.signedIn(base, "compliance")
        .submit("integrity/fixity.xhtml", "checkNow", List.of(), "checkNow:check");
    String body = "";
    // The fixity check may be the scheduled one's (it holds the lease), and the queue's counts
    // are taken every minute.
    for (int tries = 0; tries < 180; tries++) {
      body = client.get(metrics).body();
      if (metric(body, "bwv_uploads_total", "stored") >= storedBefore + 1
          && metric(body, "bwv_uploads_total", "refused") >= 1
          && metric(body, "bwv_sweep_runs_total", null) >= 1
          && metric(body, "bwv_fixity_checked_total", null) >= 1
          && metric(body, "bwv_requests", "OVERDUE") >= 0) {
        break;
      }
      Thread.sleep(1_000);
    }
    assertTrue(metric(body, "bwv_uploads_total", "stored") >= storedBefore + 1, body);
    assertTrue(metric(body, "bwv_uploads_total", "refused") >= 1, body);
    assertTrue(metric(body, "bwv_uploads_stored_bytes_total", null) > 0, body);
    assertTrue(metric(body, "bwv_sweep_runs_total", null) >= 1, body);
    assertTrue(metric(body, "bwv_sweep_deleted_total", null) >= 0, body);
    assertTrue(metric(body, "bwv_sweep_last_seconds", null) > 1.7e9, body);
    assertTrue(metric(body, "bwv_fixity_checked_total", null) >= 1, body);
    assertTrue(metric(body, "bwv_fixity_failed_total", null) >= 0, body);
    for (String urgency : List.of("OVERDUE", "RED", "AMBER", "GREEN", "PAUSED", "WAITING")) {
      assertTrue(metric(body, "bwv_requests", urgency) >= 0, urgency + " in " + body);
    }
    for (String secret :
        List.of("demo-dock", "NO-SUCH-CAMERA", "VB4-", System.getenv("EVIDENCE_STORAGE_ROOT"))) {
      assertFalse(body.contains(secret), secret + " in " + body);
    }
  }

  /**
   * A metric's value in Prometheus' text format: the line of {@code name} whose tags include the
   * value {@code tag} (any line if null); -1 when there is none.
   */
  static double metric(String body, String name, String tag) {
    for (String line : body.split("\n")) {
      if (line.startsWith(name + "{")
          && (tag == null || line.contains("=\"" + tag + "\""))
          && !line.startsWith("#")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return -1;
  }

  @Test
  void healthSaysOnlyUpOrDownAndNothingElseAnswersAtTheServerRoot() {
    PortalClient client = new PortalClient(base);
    var health = client.get(client.serverRoot().resolve("/health").toString());
    assertEquals(200, health.statusCode(), health.body());
    for (String check : List.of("database", "migrations", "storage", "deletion-sweep")) {
      assertTrue(
          health.body().matches("(?s).*\"name\":\"" + check + "\",\"status\":\"UP\".*"),
          health.body());
    }
    assertFalse(health.body().contains("\"data\":{\""), "no check says more: " + health.body());
    assertFalse(health.body().contains(System.getenv("EVIDENCE_STORAGE_ROOT")), health.body());
    for (String endpoint : List.of("/openapi")) {
      var answer = client.get(client.serverRoot().resolve(endpoint).toString());
      assertTrue(
          answer.statusCode() == 403 || answer.statusCode() == 404,
          endpoint + ": " + answer.statusCode() + " " + answer.body());
      assertFalse(answer.body().contains("dock"), endpoint + " describes the portal");
    }
    var page = client.get("login.xhtml");
    assertTrue(page.headers().firstValue("Server").isEmpty(), page.headers().toString());
    assertTrue(page.headers().firstValue("X-Powered-By").isEmpty(), page.headers().toString());
  }
}
