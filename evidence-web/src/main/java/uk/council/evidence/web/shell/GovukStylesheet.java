package uk.council.evidence.web.shell;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * GOV.UK Frontend's style sheet as the portal needs it. The published CSS asks for its fonts and
 * images at the site's root ({@code /assets/…}), outside the portal's own path, where nothing
 * answers. Its images are served from the WebJar instead; its fonts are left out altogether, for
 * GDS Transport is for GOV.UK's own services only: the council's pages use the fallback, Arial.
 */
@WebServlet("/resources/vendor/govuk-frontend.min.css")
public class GovukStylesheet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*\\}");

  @Inject transient Portal portal;

  private volatile byte[] css;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body = css;
    if (body == null) {
      String dist = "/webjars/govuk-frontend/" + portal.getGovukVersion() + "/dist/govuk/";
      try (InputStream in =
          getServletContext().getResourceAsStream(dist + "govuk-frontend.min.css")) {
        if (in == null) {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
          return;
        }
        body =
            css =
                rewrite(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        request.getContextPath() + dist)
                    .getBytes(StandardCharsets.UTF_8);
      }
    }
    response.setContentType("text/css;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The published CSS without its font faces, its asset paths under {@code distPath}. */
  static String rewrite(String published, String distPath) {
    return FONT_FACE
        .matcher(published)
        .replaceAll("")
        .replace("url(/assets/", "url(" + distPath + "assets/");
  }
}
