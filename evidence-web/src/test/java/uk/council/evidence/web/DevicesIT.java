package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Cameras, docks and check-out: the administrator's screens, the wearer's and supervisor's
 * check-out screen in Chromium with an accessibility check, and the dock credential on the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DevicesIT extends BrowserTestBase {

  private static final Pattern SECRET = Pattern.compile("id=\"secret\">([^<]+)<");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 6);
  }

  /** Registers a dock through the administrator's form; returns its secret, shown once. */
  String registerDock(PortalClient admin, String name) {
    var page =
        admin.submit(
            "admin/docks.xhtml",
            "dock",
            List.of(Map.entry("dock:name", name), Map.entry("dock:site", "Civic Centre")),
            "dock:register");
    Matcher m = SECRET.matcher(page.body());
    assertTrue(m.find(), "the new secret is shown: " + page.body());
    return m.group(1);
  }

  HttpResponse<String> asDock(String name, String secret) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + "api/v1/dock/whoami"));
    if (name != null) {
      String pair = name + ":" + secret;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aDockSignsInWithItsSecretUntilItIsRevokedOrReissued() throws Exception {
    PortalClient admin = PortalClient.signedIn(base, "admin");
    String name = unique("dock-");
    String secret = registerDock(admin, name);

    var ok = asDock(name, secret);
    assertEquals(200, ok.statusCode(), ok.body());
    assertTrue(ok.body().contains("\"dock\":\"" + name + "\""), ok.body());

    long before = TestDatabase.auditHead();
    var wrong = asDock(name, secret + "x");
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
    assertTrue(wrong.body().contains("\"status\":401"));
    assertEquals(401, asDock(null, null).statusCode(), "no credential at all");
    assertEquals(401, asDock("no-such-dock", secret).statusCode());
    assertTrue(
        TestDatabase.auditSince(before).stream()
            .anyMatch(
                e ->
                    e.startsWith("dock:" + name + " DOCK_AUTH_FAILED")
                        && e.endsWith("wrong secret")));

    String list = admin.get("admin/docks.xhtml").body();
    admin.submit("admin/docks.xhtml", "dockList", List.of(), buttonFor(list, name, "Revoke"));
    assertEquals(401, asDock(name, secret).statusCode(), "revoked from the next request on");

    var reissued =
        admin.submit(
            "admin/docks.xhtml",
            "dockList",
            List.of(),
            buttonFor(admin.get("admin/docks.xhtml").body(), name, "Issue new secret"));
    Matcher m = SECRET.matcher(reissued.body());
    assertTrue(m.find());
    assertEquals(401, asDock(name, secret).statusCode(), "the old secret stays dead");
    assertEquals(200, asDock(name, m.group(1)).statusCode(), "the new one works");
  }

  /** The name of the button with {@code label} in the table row of dock {@code name}. */
  private static String buttonFor(String page, String name, String label) {
    int row = page.indexOf(">" + name + "<");
    Matcher m = Pattern.compile("name=\"(dockList:[^\"]+)\" value=\"" + label + "\"").matcher(page);
    assertTrue(m.find(row), label + " for " + name);
    return m.group(1);
  }

  @Test
  void aPersonsSessionIsNotADockCredential() {
    // Signed in, but not a dock: refused as forbidden (and audited), not asked to sign in.
    var page = PortalClient.signedIn(base, "admin").get("api/v1/dock/whoami");
    assertEquals(403, page.statusCode());
  }

  @Test
  void anAdministratorRegistersCamerasAndDocks() {
    signIn("admin");
    open("admin/cameras.xhtml");
    assertAccessible("admin-cameras");
    type(By.id("camera:serial"), "bad serial!");
    type(By.id("camera:make"), "");
    type(By.id("camera:model"), "VB400");
    submit(By.id("camera:register"));
    String summary = text(By.className("govuk-error-summary"));
    assertTrue(summary.contains("A serial number is 3 to 64"), summary);
    assertTrue(summary.contains("Enter the camera's make"), summary);
    assertEquals("VB400", browser.findElement(By.id("camera:model")).getAttribute("value"));
    assertAccessible("admin-cameras-errors");

    String serial = unique("VB4-").toUpperCase();
    type(By.id("camera:serial"), serial.toLowerCase());
    type(By.id("camera:make"), "Motorola");
    new Select(browser.findElement(By.id("camera:serviceArea")))
        .selectByVisibleText("Parking Services");
    submit(By.id("camera:register"));
    assertTrue(
        text(By.className("govuk-notification-banner"))
            .contains("Camera " + serial + " registered."));
    assertTrue(text(By.id("cameraTable")).contains(serial));

    open("admin/docks.xhtml");
    assertAccessible("admin-docks");
    String dock = unique("depot-");
    type(By.id("dock:name"), dock);
    type(By.id("dock:site"), "Depot North");
    submit(By.id("dock:register"));
    assertTrue(text(By.id("credential")).contains(dock));
    assertTrue(text(By.id("secret")).length() >= 40, "a 256-bit secret");
    assertAccessible("admin-docks-credential");
  }

  @Test
  void aSupervisorChecksACameraOutToTheirTeamAndTheWearerChecksItIn() throws SQLException {
    String serial = unique("SUP-").toUpperCase();
    PortalClient admin = PortalClient.signedIn(base, "admin");
    var registered =
        admin.submit(
            "admin/cameras.xhtml",
            "camera",
            List.of(
                Map.entry("camera:serial", serial),
                Map.entry("camera:make", "Reveal"),
                Map.entry("camera:model", "D5"),
                Map.entry("camera:assetTag", ""),
                Map.entry("camera:serviceArea", "")),
            "camera:register");
    assertTrue(registered.body().contains("Camera " + serial + " registered."));

    signIn("supervisor");
    open("shifts/cameras.xhtml");
    assertAccessible("shifts-supervisor");
    new Select(browser.findElement(By.id("checkOut:camera")))
        .selectByVisibleText(serial + " – Reveal D5");
    new Select(browser.findElement(By.id("checkOut:wearer"))).selectByVisibleText("Sam Patel");
    long before = TestDatabase.auditHead();
    submit(By.id("checkOut:checkOut"));
    assertTrue(
        text(By.className("govuk-notification-banner")).contains("checked out to Sam Patel"));
    assertTrue(text(By.id("openTable")).contains(serial));
    assertTrue(
        TestDatabase.auditSince(before)
            .contains(
                "supervisor CAMERA_CHECKED_OUT "
                    + idOfCamera(serial)
                    + " "
                    + serial
                    + " to camera.user"));

    signIn("camera.user");
    open("shifts/cameras.xhtml");
    assertTrue(text(By.id("openTable")).contains(serial), "the wearer sees their camera");
    assertAccessible("shifts-camera-user");
    submit(By.cssSelector("input[value='Check in " + serial + "']"));
    assertTrue(text(By.className("govuk-notification-banner")).contains("Camera checked in."));
  }

  private static String idOfCamera(String serial) throws SQLException {
    try (var c = TestDatabase.connect();
        var ps = c.prepareStatement("SELECT id FROM camera WHERE serial = ?")) {
      ps.setString(1, serial);
      var rs = ps.executeQuery();
      rs.next();
      return rs.getString(1);
    }
  }
}
