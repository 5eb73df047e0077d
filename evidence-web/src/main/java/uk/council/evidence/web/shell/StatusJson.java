package uk.council.evidence.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;
import uk.council.evidence.reports.JsonText;

/**
 * What the servlets share that tell a page, as JSON, where a background job of the caller's stands
 * (a package being built, an annual review being produced), so that it can follow it without
 * reloading.
 */
public final class StatusJson {

  private StatusJson() {}

  /** The job's number from the query string ({@code id}), if it is one. */
  public static OptionalLong id(HttpServletRequest request) {
    String id = request.getParameter("id");
    return id == null || !id.matches("\\d{1,18}")
        ? OptionalLong.empty()
        : OptionalLong.of(Long.parseLong(id));
  }

  /** Sends where the job stands, never to be cached. */
  public static void send(HttpServletResponse response, Map<String, Object> state)
      throws IOException {
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(JsonText.write(state));
  }
}
