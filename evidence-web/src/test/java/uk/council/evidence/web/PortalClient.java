package uk.council.evidence.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a browser: plain HTTP with a cookie jar, following redirects, that can fill in
 * and submit a Faces form the way a person's browser would (view state included).
 */
public final class PortalClient {

  public static final String DEMO_PASSWORD =
      System.getenv().getOrDefault("EVIDENCE_DEMO_PASSWORD", "demo-password-2026");

  private static final Pattern ONE_TIME_PASSWORD =
      Pattern.compile("id=\"oneTimePassword\">([^<]+)<");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();

  /** A client for the portal deployed at {@code base} (ending in "/evidence/"). */
  public PortalClient(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Signs in through the sign-in page; returns the page it lands on. */
  public static PortalClient signedIn(URL base, String username) {
    PortalClient client = new PortalClient(base);
    client.signIn(username, DEMO_PASSWORD);
    return client;
  }

  public HttpResponse<String> signIn(String username, String password) {
    return submit(
        "login.xhtml",
        "login",
        List.of(Map.entry("login:username", username), Map.entry("login:password", password)),
        "login:signIn");
  }

  /**
   * As an administrator, fills in and sends the "Add a staff account" form with one role; the page
   * that comes back shows the account's one-time password (see {@link #oneTimePassword}).
   */
  public HttpResponse<String> addStaff(String username, String name, String email, String role) {
    return submit(
        "admin/staff-edit.xhtml",
        "staff",
        List.of(
            Map.entry("staff:username", username),
            Map.entry("staff:displayName", name),
            Map.entry("staff:email", email),
            Map.entry("staff:serviceArea", ""),
            Map.entry("staff:roles", role),
            Map.entry("staff:active", "true")),
        "staff:save");
  }

  /** The one-time password a page shows once, after an account is created or its password reset. */
  public static String oneTimePassword(String page) {
    Matcher m = ONE_TIME_PASSWORD.matcher(page);
    if (!m.find()) {
      throw new AssertionError("No one-time password on the page: " + page);
    }
    return m.group(1);
  }

  /** Sends the "Change your password" form; returns the page that comes back. */
  public HttpResponse<String> changePassword(String current, String newPassword, String again) {
    return submit(
        "account/password.xhtml",
        "password",
        List.of(
            Map.entry("password:current", current),
            Map.entry("password:newPassword", newPassword),
            Map.entry("password:again", again)),
        "password:change");
  }

  /**
   * Signs in for the first time with the one-time password an administrator was shown, and changes
   * it to {@code password}, as the portal insists; returns the page it lands on.
   */
  public HttpResponse<String> signInFirstTime(String username, String oneTime, String password) {
    var landed = signIn(username, oneTime);
    if (!landed.uri().getPath().endsWith("/account/password.xhtml")) {
      throw new AssertionError("Not sent to change the one-time password: " + landed.uri());
    }
    return changePassword(oneTime, password, password);
  }

  /**
   * A new account made by {@code admin} with one role, whose person has signed in once, chosen
   * {@code password} and signed out; returns the page the administrator was shown.
   */
  public static HttpResponse<String> newPerson(
      PortalClient admin, String username, String name, String role, String password) {
    try {
      return newPersonAt(admin, username, name, role, password);
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> newPersonAt(
      PortalClient admin, String username, String name, String role, String password)
      throws java.net.MalformedURLException {
    var created = admin.addStaff(username, name, "", role);
    if (!created.body().contains("Account " + username + " created.")) {
      throw new AssertionError("Account " + username + " not created: " + created.body());
    }
    PortalClient person = new PortalClient(admin.base.toURL());
    person.signInFirstTime(username, oneTimePassword(created.body()), password);
    // Signed out again, so that the tests find only the sessions they open themselves.
    person.submit("account/password.xhtml", "signOutForm", List.of(), "signOutForm:signOut");
    return created;
  }

  public HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    return getBytes(path, java.util.Map.of());
  }

  /** A GET with extra headers, such as {@code Range}. */
  public HttpResponse<byte[]> getBytes(String path, java.util.Map<String, String> headers) {
    var request = HttpRequest.newBuilder(base.resolve(path)).GET();
    headers.forEach(request::header);
    return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The value of this client's cookie {@code name}, if it has one. */
  public java.util.Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst();
  }

  /** A HEAD request: the headers a GET would send, and no body. */
  public HttpResponse<Void> head(String path) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  /** A request without cookies that does not follow redirects, to see where it would go. */
  public HttpResponse<String> getWithoutFollowing(String path) {
    HttpClient once = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    try {
      return once.send(
          HttpRequest.newBuilder(base.resolve(path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Opens {@code page}, fills in {@code fields} of form {@code formId} and presses {@code button};
   * returns the page that comes back (after any redirect).
   */
  public HttpResponse<String> submit(
      String page, String formId, List<Map.Entry<String, String>> fields, String button) {
    return submitBody(page, formId, fields, button, HttpResponse.BodyHandlers.ofString());
  }

  /** As {@link #submit}, for a button that answers with a file. */
  public HttpResponse<byte[]> submitForFile(
      String page, String formId, List<Map.Entry<String, String>> fields, String button) {
    return submitBody(page, formId, fields, button, HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> HttpResponse<T> submitBody(
      String page,
      String formId,
      List<Map.Entry<String, String>> fields,
      String button,
      HttpResponse.BodyHandler<T> handler) {
    HttpResponse<String> form = get(page);
    Matcher m = VIEW_STATE.matcher(form.body());
    if (!m.find()) {
      throw new AssertionError("No form on " + form.uri() + " (status " + form.statusCode() + ")");
    }
    return post(form.uri(), formBody(formId, fields, button, m.group(1)), handler);
  }

  /** The view state of the first form on a page. */
  public static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new AssertionError("No form on the page: " + page);
    }
    return m.group(1);
  }

  /**
   * As {@link #submit}, but with a view state of the caller's making in place of the one the page
   * gave: a forged or stale form.
   */
  public HttpResponse<String> submitWithViewState(
      String page,
      String formId,
      List<Map.Entry<String, String>> fields,
      String button,
      String viewState) {
    return post(
        base.resolve(page),
        formBody(formId, fields, button, viewState),
        HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> post(URI uri, String body, HttpResponse.BodyHandler<T> handler) {
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        handler);
  }

  private static String formBody(
      String formId, List<Map.Entry<String, String>> fields, String button, String viewState) {
    List<Map.Entry<String, String>> all = new ArrayList<>();
    all.add(Map.entry(formId, formId));
    all.addAll(fields);
    all.add(Map.entry(button, "pressed"));
    all.add(Map.entry("jakarta.faces.ViewState", viewState));
    StringBuilder body = new StringBuilder();
    for (var field : all) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  /**
   * As {@link #submit} for someone signed out, but from another loopback address ({@code
   * 127.0.0.2}, say) than every other test's requests, for what the portal counts per address.
   * Plain HTTP/1.0 over a socket bound to that address; returns the whole response, headers first.
   */
  public static String submitFrom(
      String sourceAddress,
      URI base,
      String page,
      String formId,
      List<Map.Entry<String, String>> fields,
      String button)
      throws IOException {
    String path = base.getPath() + page;
    String form = exchange(sourceAddress, base, "GET " + path + " HTTP/1.0\r\n\r\n");
    Matcher viewState = VIEW_STATE.matcher(form);
    Matcher session = Pattern.compile("(?i)Set-Cookie: (JSESSIONID=[^;\r\n]+)").matcher(form);
    if (!viewState.find() || !session.find()) {
      throw new AssertionError("No form or session from " + path + ": " + form);
    }
    String body = formBody(formId, fields, button, viewState.group(1));
    return exchange(
        sourceAddress,
        base,
        "POST "
            + path
            + " HTTP/1.0\r\nCookie: "
            + session.group(1)
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + body.getBytes(StandardCharsets.UTF_8).length
            + "\r\n\r\n"
            + body);
  }

  private static String exchange(String sourceAddress, URI base, String request)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(sourceAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public URI base() {
    return base;
  }

  /** The server's root, where Payara serves /health. */
  public URI serverRoot() {
    return base.resolve("/");
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
