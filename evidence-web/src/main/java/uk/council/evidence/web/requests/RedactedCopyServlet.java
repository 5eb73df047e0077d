package uk.council.evidence.web.requests;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.council.evidence.request.boundary.Redactions;
import uk.council.evidence.request.entity.RequestNotVisible;

/**
 * Plays a redacted copy ({@code redacted?id=N}, the redaction's id) to whoever may handle its
 * request; the boundary audits the first request of a play, and refuses (and audits) anyone else,
 * who gets 404. The player's later requests for parts of the file (seeking, buffering: a {@code
 * Range} header) are not audited again.
 */
@WebServlet(urlPatterns = "/requests/redacted")
public class RedactedCopyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  @Inject transient Redactions redactions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String range = request.getHeader("Range");
    Path file;
    try {
      file =
          redactions.openCopy(
              id, range != null && !range.startsWith("bytes=0-"), request.getRemoteAddr());
    } catch (RequestNotVisible e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBException e) {
      if (e.getCause() instanceof RequestNotVisible) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Accept-Ranges", "bytes");
    response.setContentType("video/mp4");
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = in.size();
      long from = 0;
      long to = size - 1;
      Matcher m = range == null ? null : RANGE.matcher(range.strip());
      if (m != null && m.matches()) {
        from = Long.parseLong(m.group(1));
        if (!m.group(2).isEmpty()) {
          to = Math.min(size - 1, Long.parseLong(m.group(2)));
        }
        if (from > to) {
          response.setHeader("Content-Range", "bytes */" + size);
          response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
          return;
        }
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader("Content-Range", "bytes " + from + "-" + to + "/" + size);
      }
      response.setContentLengthLong(to - from + 1);
      OutputStream out = response.getOutputStream();
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      long at = from;
      while (at <= to) {
        buffer.clear();
        buffer.limit((int) Math.min(buffer.capacity(), to - at + 1));
        int read = in.read(buffer, at);
        if (read < 0) {
          break;
        }
        out.write(buffer.array(), 0, read);
        at += read;
      }
    }
  }
}
