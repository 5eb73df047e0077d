package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Screens in a real headless Chromium (Debian's chromium and chromium-driver, paths set so that
 * nothing is downloaded), with waits around full-page requests and an axe accessibility check.
 */
abstract class BrowserTestBase {

  /**
   * The WCAG levels checked on every page, and axe's best practices: among them {@code region},
   * that all content is inside a landmark, which no WCAG tag carries.
   */
  private static final List<String> WCAG =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

  /** The impacts that fail a page: all but "minor". */
  private static final java.util.Set<String> FAILING =
      java.util.Set.of("moderate", "serious", "critical");

  /** A style sheet, script, font or image the page asked for and did not get. */
  private static final java.util.regex.Pattern MISSING_ASSET =
      java.util.regex.Pattern.compile(
          "\\.(css|js|woff2?|svg|png|ico)(\\?\\S*)? - Failed to load resource: the server"
              + " responded with a status of 404");

  private static final Json JSON = new Json();

  static WebDriver browser;
  static Path userDataDir;

  @ArquillianResource URL base;

  @BeforeAll
  static void startBrowser() throws IOException {
    String driverPath = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    String chromium = System.getProperty("chromium.binary", "/usr/bin/chromium");
    for (String exe : List.of(driverPath, chromium)) {
      if (!Files.isExecutable(Path.of(exe))) {
        throw new IllegalStateException(
            exe + " is missing: ./bwv test installs chromium and chromium-driver from Debian");
      }
    }
    userDataDir = Files.createTempDirectory("bwv-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + userDataDir);
    // The console shows what the Content-Security-Policy blocked, and the performance log the
    // headers each page arrived with; assertAccessible reads both.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(driverPath).toFile())
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
    if (userDataDir != null) {
      try (var files = Files.walk(userDataDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void startSignedOut() {
    open("login.xhtml");
    browser.manage().deleteAllCookies();
  }

  /** Opens a page of the portal, e.g. {@code "admin/staff.xhtml"}. */
  void open(String path) {
    browser.get(base.toString() + path);
  }

  void signIn(String username) {
    signIn(username, PortalClient.DEMO_PASSWORD);
  }

  void signIn(String username, String password) {
    browser.manage().deleteAllCookies();
    open("login.xhtml");
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    submit(By.id("login:signIn"));
  }

  void type(By field, String text) {
    WebElement input = browser.findElement(field);
    input.clear();
    input.sendKeys(text);
  }

  /** Clicks a button or link that loads a new page, and waits until it has. */
  void submit(By control) {
    WebElement old = browser.findElement(By.tagName("html"));
    WebElement target = browser.findElement(control);
    // After an axe run, a control below the fold was not always clicked; bring it into view.
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
    target.click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                old.getTagName();
                return false;
              } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return loaded(d);
              } catch (org.openqa.selenium.WebDriverException gone) {
                // Chromium 156 may say the old page's node "does not belong to the document"
                // rather than that it is stale: the same news, the page has gone.
                if (!String.valueOf(gone.getMessage())
                    .contains("does not belong to the document")) {
                  throw gone;
                }
                return loaded(d);
              }
            });
  }

  /** Whether the page now in the browser has finished loading. */
  private static boolean loaded(WebDriver d) {
    return "complete"
        .equals(
            ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState"));
  }

  String path() {
    return java.net.URI.create(browser.getCurrentUrl()).getPath();
  }

  String text(By element) {
    return browser.findElement(element).getText();
  }

  String heading() {
    return text(By.tagName("h1"));
  }

  /** Opens a folded section ({@code <details>}) of the page, if it is not open already. */
  void expand(String detailsId) {
    WebElement details = browser.findElement(By.id(detailsId));
    if (details.getAttribute("open") == null) {
      details.findElement(By.tagName("summary")).click();
    }
  }

  /** The error summary's text; fails showing the page if there is none. */
  String errors() {
    List<WebElement> summary = browser.findElements(By.className("govuk-error-summary"));
    assertTrue(
        !summary.isEmpty(),
        "an error summary on " + browser.getCurrentUrl() + ":\n" + text(By.tagName("main")));
    return summary.get(0).getText();
  }

  /** The success banner's text; fails showing the page if there is none. */
  String notice() {
    List<WebElement> banner = browser.findElements(By.className("govuk-notification-banner"));
    assertTrue(
        !banner.isEmpty(),
        "a notice on " + browser.getCurrentUrl() + ":\n" + text(By.tagName("main")));
    return banner.get(0).getText();
  }

  /**
   * After "Build package": reads the package's reference from the notice that it is being built,
   * then reloads the page until the package is in its list (built in the background), failing with
   * why if the build failed or it took over three minutes.
   *
   * @return the package's reference
   */
  String awaitPackageBuilt() throws InterruptedException {
    String asked = notice();
    java.util.regex.Matcher reference =
        java.util.regex.Pattern.compile("Package (DP-\\d{4}-\\d{4,}) for .* is being built")
            .matcher(asked);
    assertTrue(reference.find(), asked);
    String page = browser.getCurrentUrl();
    for (int tries = 0; tries < 360; tries++) {
      List<WebElement> list = browser.findElements(By.id("packageList"));
      if (!list.isEmpty() && list.get(0).getText().contains(reference.group(1))) {
        return reference.group(1);
      }
      List<WebElement> failed =
          browser.findElements(By.xpath("//*[starts-with(text(), 'Not built: ')]"));
      assertTrue(failed.isEmpty(), () -> failed.get(0).getText());
      Thread.sleep(500);
      browser.get(page);
    }
    throw new AssertionError(reference.group(1) + " was not built within three minutes");
  }

  /**
   * Checks the page with axe-core: no moderate, serious or critical violations; saves a screenshot.
   */
  void assertAccessible(String name) {
    screenshot(name);
    assertHardenedHeaders(name);
    List<String> blocked =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(
                m ->
                    m.contains("Content Security Policy")
                        || m.contains("Content-Security")
                        || MISSING_ASSET.matcher(m).find())
            .toList();
    assertEquals(
        List.of(),
        blocked,
        name
            + ": the Content-Security-Policy blocked something, or a style sheet, script, font"
            + " or image was missing, on a page up to here");
    assertAxeClean(name);
  }

  /**
   * Checks the page with axe-core alone: no moderate, serious or critical violations. For a page
   * that is not the portal's (a downloaded web page opened from a file), which has no headers.
   */
  void assertAxeClean(String name) {
    Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
    List<Rule> bad =
        results.getViolations().stream().filter(r -> FAILING.contains(r.getImpact())).toList();
    assertTrue(
        bad.isEmpty(),
        name
            + " ("
            + browser.getCurrentUrl()
            + ") has accessibility violations:\n"
            + bad.stream()
                .map(
                    r ->
                        r.getImpact()
                            + " "
                            + r.getId()
                            + ": "
                            + r.getHelp()
                            + " at "
                            + r.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
  }

  /**
   * The headers the browser received with the page it shows, as Chromium's network log has them: a
   * Content-Security-Policy with a script nonce and nothing inline or evaluated allowed, no
   * framing, nosniff, no referrer, and no copy kept (every page of the portal may show personal
   * data, the sign-in page's form included); and the session cookie HttpOnly and SameSite.
   */
  void assertHardenedHeaders(String name) {
    Map<String, String> headers = documentHeaders(name);
    String what = name + " (" + browser.getCurrentUrl() + ")";
    String csp = headers.getOrDefault("content-security-policy", "");
    assertTrue(csp.contains("default-src 'self'"), what + ": " + csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
    assertTrue(csp.contains("object-src 'none'"), what + ": " + csp);
    assertTrue(csp.matches(".*script-src [^;]*'nonce-[^']+'.*"), what + ": " + csp);
    assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), what + ": " + csp);
    assertEquals("nosniff", headers.get("x-content-type-options"), what);
    assertEquals("no-referrer", headers.get("referrer-policy"), what);
    assertEquals("no-store", headers.get("cache-control"), what);
    assertFalse(
        headers.containsKey("server"), what + " names its server: " + headers.get("server"));
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    if (session != null) {
      assertTrue(session.isHttpOnly(), what + ": the session cookie is readable by scripts");
      assertEquals("Lax", session.getSameSite(), what + ": the session cookie's SameSite");
    }
  }

  /** The response headers of the last page loaded, names in lower case. */
  @SuppressWarnings("unchecked")
  private static Map<String, String> documentHeaders(String name) {
    Map<String, Object> response = null;
    for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      Map<String, Object> message =
          (Map<String, Object>)
              JSON.<Map<String, Object>>toType(entry.getMessage(), Json.MAP_TYPE).get("message");
      Map<String, Object> params = (Map<String, Object>) message.get("params");
      if ("Network.responseReceived".equals(message.get("method"))
          && "Document".equals(params.get("type"))) {
        response = (Map<String, Object>) params.get("response");
      }
    }
    assertNotNull(response, name + ": no page load in the browser's network log");
    Map<String, String> headers = new TreeMap<>();
    ((Map<String, Object>) response.get("headers"))
        .forEach((header, value) -> headers.put(header.toLowerCase(Locale.ROOT), value.toString()));
    return headers;
  }

  void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Presses "Check now" on the integrity page (open), asking again every five seconds while the
   * five-minute schedule holds the check's lease: for up to the four minutes a scheduled check may
   * run on a busy machine.
   */
  protected void checkFixityNow() throws InterruptedException {
    for (int tries = 0; tries < 54; tries++) {
      submit(By.id("checkNow:check"));
      if (!text(By.className("govuk-notification-banner")).contains("Another server")) {
        return;
      }
      Thread.sleep(5_000);
    }
  }
}
