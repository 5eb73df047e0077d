package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Every screen, as each role sees it, in headless Chromium with an accessibility check. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT extends BrowserTestBase {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  /** Each demo account, its home page, its header role and the navigation it must see. */
  record Account(String username, String name, String home, String role, List<String> links) {}

  static final List<Account> ACCOUNTS =
      List.of(
          new Account(
              "camera.user",
              "Sam Patel",
              "camera-user/index.xhtml",
              "Camera user",
              List.of("Home", "Footage", "Due soon", "Cameras", "Cases")),
          new Account(
              "supervisor",
              "Jo Williams",
              "supervisor/index.xhtml",
              "Supervisor",
              List.of("My team", "Footage", "Due soon", "Cameras", "Cases")),
          new Account(
              "evidence.officer",
              "Alex Morgan",
              "evidence-officer/index.xhtml",
              "Evidence officer",
              List.of("Evidence", "Cases", "Footage", "Due soon", "Police requests")),
          new Account(
              "dpo",
              "Priya Shah",
              "dpo/index.xhtml",
              "Data protection officer",
              List.of("Home", "Requests", "Footage", "Due soon")),
          new Account(
              "compliance",
              "Chris Evans",
              "compliance/index.xhtml",
              "Compliance officer",
              List.of(
                  "Compliance",
                  "Self-assessment",
                  "Registers",
                  "Reports",
                  "Audit log",
                  "Footage",
                  "Fixity",
                  "Retention",
                  "Disclosures")),
          new Account(
              "admin",
              "Morgan Lee",
              "admin/index.xhtml",
              "Administrator",
              List.of(
                  "Administration",
                  "Staff accounts",
                  "Service areas",
                  "Cameras",
                  "Docks",
                  "Footage",
                  "Fixity",
                  "Retention",
                  "Registers")));

  /** Every page behind a role, with the demo accounts that may open it. */
  static final Map<String, Set<String>> PAGES = new LinkedHashMap<>();

  static {
    for (Account a : ACCOUNTS) {
      PAGES.put(a.home(), Set.of(a.username()));
    }
    PAGES.put("shifts/cameras.xhtml", Set.of("camera.user", "supervisor"));
    PAGES.put(
        "account/sessions.xhtml",
        Set.of("camera.user", "supervisor", "evidence.officer", "dpo", "compliance", "admin"));
    PAGES.put(
        "account/password.xhtml",
        Set.of("camera.user", "supervisor", "evidence.officer", "dpo", "compliance", "admin"));
    PAGES.put(
        "footage/library.xhtml",
        Set.of("camera.user", "supervisor", "evidence.officer", "dpo", "compliance", "admin"));
    PAGES.put(
        "footage/due-soon.xhtml",
        Set.of("camera.user", "supervisor", "evidence.officer", "dpo", "compliance", "admin"));
    PAGES.put("dpo/deadlines.xhtml", Set.of("dpo"));
    PAGES.put("requests/index.xhtml", Set.of("dpo", "evidence.officer"));
    PAGES.put("requests/new.xhtml", Set.of("dpo", "evidence.officer"));
    PAGES.put("compliance/audit-log.xhtml", Set.of("compliance"));
    PAGES.put("compliance/retention.xhtml", Set.of("compliance"));
    PAGES.put("compliance/reports.xhtml", Set.of("compliance"));
    PAGES.put("compliance/self-assessment.xhtml", Set.of("compliance"));
    for (String register : RegistersIT.REGISTER_PAGES) {
      PAGES.put("registers/" + register, Set.of("compliance", "admin"));
    }
    PAGES.put("integrity/fixity.xhtml", Set.of("compliance", "admin"));
    for (String admin :
        List.of(
            "staff.xhtml",
            "staff-edit.xhtml",
            "service-areas.xhtml",
            "cameras.xhtml",
            "docks.xhtml",
            "retention.xhtml",
            "bank-holidays.xhtml",
            "retention-period.xhtml?category=GENERAL")) {
      PAGES.put("admin/" + admin, Set.of("admin"));
    }
  }

  @Test
  void theSignInPageIsAccessibleAndAWrongPasswordIsExplained() {
    open("login.xhtml");
    assertEquals("Sign in to BWV Evidence", heading());
    assertAccessible("login");
    signIn("dpo", "wrong-password-here");
    assertTrue(
        text(By.className("govuk-error-summary"))
            .contains("The username or password is not right"));
    assertEquals("dpo", browser.findElement(By.id("login:username")).getAttribute("value"));
    assertAccessible("login-error");
  }

  @Test
  void everyRoleLandsOnItsHomeSeesOnlyItsLinksAndIsRefusedEveryOtherPage() {
    for (Account account : ACCOUNTS) {
      signIn(account.username());
      assertEquals("/evidence/" + account.home(), path(), account.username());
      assertEquals(account.name(), text(By.id("signed-in-name")));
      assertEquals(account.role(), text(By.id("signed-in-role")));
      List<String> links =
          browser.findElements(By.cssSelector("#navigation a")).stream()
              .map(WebElement::getText)
              .toList();
      assertEquals(account.links(), links, account.username());
      assertAccessible("home-" + account.username());

      for (var page : PAGES.entrySet()) {
        open(page.getKey());
        if (page.getValue().contains(account.username())) {
          assertTrue(
              !browser.getTitle().startsWith("You cannot open this page"),
              account.username() + " may open " + page.getKey());
        } else {
          assertTrue(
              browser.getTitle().startsWith("You cannot open this page"),
              account.username()
                  + " must not open "
                  + page.getKey()
                  + " but saw "
                  + browser.getTitle());
        }
      }
    }
    assertAccessible("forbidden");
  }

  /**
   * Issue 16: the deadline calculator, bookmarkable, with the holidays it skipped; bad input
   * refused with what was chosen kept; the same answer as JSON for any signed-in member of staff.
   */
  @Test
  void aDataProtectionOfficerWorksOutADeadlineAndCanBookmarkIt() throws Exception {
    signIn("dpo");
    open("dpo/deadlines.xhtml?kind=FOI&received=2026-11-02");
    assertEquals("Tuesday 1 December 2026", text(By.id("due")));
    assertTrue(
        text(By.id("skipped")).contains("St Andrew’s Day (Scotland), Monday 30 November 2026"),
        text(By.id("skipped")));
    assertTrue(text(By.id("dataRunsTo")).contains("2027"));
    assertAccessible("dpo-deadline");

    new Select(browser.findElement(By.id("calculator:kind")))
        .selectByVisibleText("Subject access request");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = '2026-11-25'", browser.findElement(By.id("calculator:received")));
    submit(By.id("calculate"));
    assertTrue(path().endsWith("/dpo/deadlines.xhtml"), path());
    assertTrue(browser.getCurrentUrl().contains("kind=SUBJECT_ACCESS"), "bookmarkable");
    assertEquals("Tuesday 29 December 2026", text(By.id("due")));
    assertTrue(text(By.id("skipped")).contains("Boxing Day"), text(By.id("skipped")));

    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = ''", browser.findElement(By.id("calculator:received")));
    submit(By.id("calculate"));
    assertTrue(errors().contains("Enter the day it arrived."), errors());
    assertEquals(
        "SUBJECT_ACCESS",
        new Select(browser.findElement(By.id("calculator:kind")))
            .getFirstSelectedOption()
            .getAttribute("value"),
        "the kind chosen is kept");
    assertTrue(browser.findElements(By.id("due")).isEmpty());
    assertAccessible("dpo-deadline-errors");
    open("dpo/deadlines.xhtml?kind=FOI&received=2999-01-01");
    assertTrue(errors().contains("cannot be in the future"), errors());
    assertEquals(
        "2999-01-01",
        browser.findElement(By.id("calculator:received")).getAttribute("value"),
        "the date typed is kept");

    PortalClient camera = PortalClient.signedIn(base, "camera.user");
    var answer = camera.get("api/v1/deadlines?kind=SUBJECT_ACCESS&received=2026-01-31");
    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("\"due\":\"2026-03-02\""), answer.body());
    // 2018 is before GOV.UK's data: its holidays come from the rules, read inside the server.
    var before = camera.get("api/v1/deadlines?kind=FOI&received=2018-12-20");
    assertTrue(before.body().contains("\"due\":\"2019-01-23\""), before.body());
    assertTrue(before.body().contains("2018-12-25"), before.body());
    var refused = camera.get("api/v1/deadlines?kind=SOMETHING&received=31/01/2026");
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(
        refused.body().contains("\"field\":\"kind\"")
            && refused.body().contains("\"field\":\"received\""),
        refused.body());
    assertEquals(
        401,
        new PortalClient(base).get("api/v1/deadlines?kind=FOI&received=2026-11-02").statusCode());
  }

  /**
   * Issue 16: an administrator adds a one-off bank holiday (and takes it back), which deadlines
   * then count on, and loads a copy of GOV.UK's file; bad input refused with what was typed kept.
   */
  @Test
  void anAdministratorKeepsTheBankHolidaysCurrent() throws Exception {
    signIn("admin");
    open("admin/bank-holidays.xhtml");
    assertTrue(text(By.id("runsTo")).contains("2027"), text(By.id("runsTo")));
    assertAccessible("admin-bank-holidays");

    type(By.id("add:title"), "A one-off bank holiday");
    submit(By.id("add:addHoliday"));
    String refused = errors();
    assertTrue(refused.contains("Enter the day of the bank holiday"), refused);
    assertTrue(refused.contains("Choose the part of the UK"), refused);
    assertEquals(
        "A one-off bank holiday", browser.findElement(By.id("add:title")).getAttribute("value"));
    assertAccessible("admin-bank-holidays-errors");

    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].value = '2026-12-14'", browser.findElement(By.id("add:day")));
    new Select(browser.findElement(By.id("add:division"))).selectByVisibleText("Scotland");
    submit(By.id("add:addHoliday"));
    assertTrue(
        notice().contains("Monday 14 December 2026 is a bank holiday in Scotland"), notice());
    assertTrue(text(By.id("addedTable")).contains("A one-off bank holiday"));
    PortalClient dpo = PortalClient.signedIn(base, "dpo");
    assertTrue(
        dpo.get("api/v1/deadlines?kind=FOI&received=2026-11-16").body().contains("2026-12-16"),
        "an FOI deadline steps over a Scotland-only one-off day");
    submit(By.cssSelector("#addedTable input[value='Remove']"));
    assertTrue(notice().contains("Bank holiday removed"));
    assertTrue(
        dpo.get("api/v1/deadlines?kind=FOI&received=2026-11-16").body().contains("2026-12-15"),
        "and no longer once removed");

    java.nio.file.Path notJson = java.nio.file.Files.createTempFile("bank-holidays", ".json");
    java.nio.file.Files.writeString(notJson, "<html>not the data</html>");
    browser.findElement(By.id("load:file")).sendKeys(notJson.toString());
    submit(By.id("load:loadFile"));
    assertTrue(errors().contains("not JSON"), errors());
    java.nio.file.Path govUk = java.nio.file.Files.createTempFile("bank-holidays", ".json");
    try (var shipped =
        getClass().getResourceAsStream("/uk/council/evidence/request/gov-uk-bank-holidays.json")) {
      java.nio.file.Files.write(govUk, shipped.readAllBytes());
    }
    browser.findElement(By.id("load:file")).sendKeys(govUk.toString());
    submit(By.id("load:loadFile"));
    assertTrue(notice().contains("run to the end of 2027"), notice());
    assertTrue(
        text(By.id("runsTo")).contains("the GOV.UK file admin loaded"), text(By.id("runsTo")));
  }

  @Test
  void anAdministratorAddsAStaffAccountFixingWhatTheFormRejects() {
    signIn("admin");
    open("admin/staff.xhtml");
    assertTrue(text(By.id("staffTable")).contains("Sam Patel"));
    assertAccessible("admin-staff");

    submit(By.id("addStaff"));
    assertAccessible("admin-staff-new");
    String username = "new." + UUID.randomUUID().toString().substring(0, 6);
    type(By.id("staff:username"), username);
    type(By.id("staff:displayName"), "Nia Roberts");
    type(By.id("staff:email"), "not-an-email");
    new Select(browser.findElement(By.id("staff:serviceArea")))
        .selectByVisibleText("Environmental Enforcement");
    assertTrue(
        browser.findElements(By.id("staff:password")).isEmpty(),
        "the administrator does not choose the password");
    submit(By.id("staff:save"));

    String summary = text(By.className("govuk-error-summary"));
    assertTrue(summary.contains("Enter an email address"), summary);
    assertTrue(summary.contains("Choose at least one role."), summary);
    assertEquals(
        "Nia Roberts", browser.findElement(By.id("staff:displayName")).getAttribute("value"));
    assertEquals(username, browser.findElement(By.id("staff:username")).getAttribute("value"));
    assertTrue(browser.getTitle().startsWith("Error: "));
    assertAccessible("admin-staff-errors");

    type(By.id("staff:email"), "nia.roberts@example.gov.uk");
    browser.findElement(By.cssSelector("input[value='CAMERA_USER']")).click();
    submit(By.id("staff:save"));
    assertTrue(notice().contains("Account " + username + " created."));
    assertTrue(text(By.id("oneTimePassword")).length() >= 12);
    assertAccessible("admin-staff-one-time-password");
    submit(By.id("backToStaff"));
    assertTrue(text(By.id("staffTable")).contains("Nia Roberts"));

    submit(By.xpath("//tr[td[text()='" + username + "']]//a[starts-with(text(), 'Change')]"));
    assertEquals("Nia Roberts", heading());
    assertEquals(
        "nia.roberts@example.gov.uk",
        browser.findElement(By.id("staff:email")).getAttribute("value"));
    assertAccessible("admin-staff-change");

    open("admin/service-areas.xhtml");
    assertAccessible("admin-service-areas");
    String code = "AREA" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    type(By.id("area:code"), code);
    type(By.id("area:name"), "Highways " + code);
    submit(By.id("area:add"));
    assertTrue(text(By.id("areaTable")).contains("Highways " + code));
  }

  @Test
  void aPersonSeesWhereTheyAreSignedInAndSignsOutASessionLeftOpen() {
    String username = "tab." + UUID.randomUUID().toString().substring(0, 6);
    String password = "a-long-first-password";
    PortalClient.newPerson(
        PortalClient.signedIn(base, "admin"), username, "Rhys Jones", "CAMERA_USER", password);
    PortalClient leftOpen = new PortalClient(base);
    leftOpen.signIn(username, password);

    signIn(username, password);
    submit(By.id("yourSessions"));
    assertEquals("Your sessions", heading());
    By rows = By.cssSelector("#sessionTable tbody tr");
    assertEquals(2, browser.findElements(rows).size());
    assertTrue(text(By.id("sessionTable")).contains("This session"));
    assertAccessible("your-sessions");

    submit(By.cssSelector("#sessionTable input[value='Sign out this session']"));
    assertTrue(notice().contains("Session signed out."));
    assertEquals(1, browser.findElements(rows).size());
    assertAccessible("your-sessions-signed-out");
    assertTrue(leftOpen.get("camera-user/index.xhtml").uri().getPath().endsWith("/login.xhtml"));
  }

  /**
   * Issue 14: a new person changes the one-time password they were given, fixing what the form
   * rejects; the evidence officer role they were given waits for a compliance officer, who approves
   * it from their home page.
   */
  @Test
  void aNewPersonChangesTheirOneTimePasswordAndAComplianceOfficerApprovesTheirRole() {
    String username = "otp." + UUID.randomUUID().toString().substring(0, 6);
    var created =
        PortalClient.signedIn(base, "admin")
            .addStaff(username, "Tomos Price", "", "EVIDENCE_OFFICER");
    String oneTime = PortalClient.oneTimePassword(created.body());

    signIn(username, oneTime);
    assertEquals("/evidence/account/password.xhtml", path());
    assertEquals("Change your password", heading());
    assertAccessible("change-password-first");
    type(By.id("password:current"), oneTime);
    type(By.id("password:newPassword"), "short");
    type(By.id("password:again"), "short");
    submit(By.id("password:change"));
    assertTrue(errors().contains("The password must be at least 12 characters long."));
    assertTrue(browser.getTitle().startsWith("Error: "));
    assertAccessible("change-password-errors");
    type(By.id("password:current"), oneTime);
    type(By.id("password:newPassword"), "tomos-own-password");
    type(By.id("password:again"), "tomos-own-password");
    submit(By.id("password:change"));
    assertTrue(notice().contains("Your password is changed."));
    assertTrue(text(By.tagName("main")).contains("awaiting approval"));

    signIn("compliance");
    By grants = By.id("roleGrants");
    assertTrue(text(grants).contains(username), text(grants));
    assertAccessible("compliance-role-grants");
    submit(
        By.xpath(
            "//table[@id='roleGrants']//tr[td[text()='"
                + username
                + "']]//input[@value='Approve']"));
    assertTrue(notice().contains("Evidence officer for " + username + " approved."));
    assertAccessible("compliance-role-grants-approved");

    signIn(username, "tomos-own-password");
    assertEquals("/evidence/evidence-officer/index.xhtml", path());
    submit(By.id("changePassword"));
    assertEquals("Change your password", heading());
    assertAccessible("change-password");
  }

  @Test
  void aPageThatDoesNotExistSaysSoInThePortalsStyle() {
    signIn("dpo");
    open("no-such-page.xhtml");
    assertEquals("Page not found", heading());
    assertAccessible("not-found");
    var missing = PortalClient.signedIn(base, "dpo").get("no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertEquals(
        "text/html;charset=UTF-8",
        missing.headers().firstValue("Content-Type").orElse("").replace(" ", ""),
        "an error page is HTML, in which the layout's module scripts run");
  }

  @Test
  void aComplianceOfficerVerifiesTheAuditLog() {
    signIn("compliance");
    open("compliance/audit-log.xhtml");
    assertTrue(text(By.id("events")).contains("Signed in"));
    assertAccessible("compliance-audit-log");
    submit(By.id("verify:verify"));
    assertTrue(text(By.id("verificationResult")).contains("The log is intact"));
    assertAccessible("compliance-audit-log-verified");
  }
}
