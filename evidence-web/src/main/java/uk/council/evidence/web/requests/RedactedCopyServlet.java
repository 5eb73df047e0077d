package uk.council.evidence.web.requests;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import uk.council.evidence.request.boundary.Redactions;
import uk.council.evidence.request.entity.RequestNotVisible;
import uk.council.evidence.web.footage.RangedFile;
import uk.council.evidence.web.shell.PrivateFiles;

/**
 * Plays a redacted copy ({@code redacted?id=N}, the redaction's id) to whoever may handle its
 * request; the boundary audits the first request of a play, and refuses (and audits) anyone else,
 * who gets 404. The player's later requests for parts of the file (seeking, buffering: a {@code
 * Range} header) are not audited again.
 */
@WebServlet(urlPatterns = "/requests/redacted")
public class RedactedCopyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Redactions redactions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PrivateFiles.send(
        response,
        RequestNotVisible.class,
        () -> {
          String range = request.getHeader("Range");
          Path file =
              redactions.openCopy(
                  PrivateFiles.id(request, "id"),
                  range != null && !range.startsWith("bytes=0-"),
                  request.getRemoteAddr());
          response.setHeader("Accept-Ranges", "bytes");
          response.setContentType("video/mp4");
          RangedFile.send(file, range, response);
        });
  }
}
