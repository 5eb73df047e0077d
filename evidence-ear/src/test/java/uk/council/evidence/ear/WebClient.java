package uk.council.evidence.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP with a cookie jar that follows redirects and signs in through the portal's Faces form
 * the way a browser does (view state included). The same approach as the web module's test
 * PortalClient, which lives in that module's test sources.
 */
final class WebClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI server;
  private final HttpClient http;

  /** A client for the server at {@code server} (for example http://localhost:28080/). */
  WebClient(URI server) {
    this.server = server;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  HttpResponse<String> get(String path) {
    return send(http, HttpRequest.newBuilder(server.resolve(path)).GET());
  }

  /** A request without cookies that does not follow redirects, to see where it would go. */
  HttpResponse<String> getWithoutFollowing(String path) {
    HttpClient once =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    return send(once, HttpRequest.newBuilder(server.resolve(path)).GET());
  }

  /**
   * Opens the sign-in page, fills in the form and presses "Sign in"; returns the page it lands on
   * after the redirects.
   */
  HttpResponse<String> signIn(String username, String password) {
    HttpResponse<String> form = get("/evidence/login.xhtml");
    Matcher m = VIEW_STATE.matcher(form.body());
    if (form.statusCode() != 200 || !m.find()) {
      throw new AssertionError(
          "No sign-in form at " + form.uri() + " (status " + form.statusCode() + ")");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:signIn", "Sign in");
    fields.put("jakarta.faces.ViewState", m.group(1));
    String body =
        fields.entrySet().stream()
            .map(
                f ->
                    URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        http,
        HttpRequest.newBuilder(form.uri())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Opens {@code page}, fills in {@code fields} of the Faces form {@code formId} and presses its
   * {@code button}; returns the answer as bytes (a download, or the page again).
   */
  HttpResponse<byte[]> submit(
      String page, String formId, Map<String, String> fields, String button) {
    HttpResponse<String> form = get(page);
    Matcher m = VIEW_STATE.matcher(form.body());
    if (form.statusCode() != 200 || !m.find()) {
      throw new AssertionError("No form on " + form.uri() + " (status " + form.statusCode() + ")");
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put(formId, formId);
    fields.forEach((name, value) -> all.put(formId + ":" + name, value));
    all.put(formId + ":" + button, button);
    all.put("jakarta.faces.ViewState", m.group(1));
    try {
      return http.send(
          HttpRequest.newBuilder(form.uri())
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(encoded(all)))
              .timeout(Duration.ofSeconds(120))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encoded(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            f ->
                URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
