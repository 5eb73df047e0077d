package uk.council.evidence.web.footage;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.entity.FootageNotVisible;
import uk.council.evidence.footage.entity.MediaFile;

/**
 * Plays and downloads recordings, with HTTP Range so that a player can seek, only to people allowed
 * to see the pictures (the library decides, per recording; everyone else gets 404).
 *
 * <p>{@code media?id=N&play=TOKEN} streams for the player. The detail page gives each showing of
 * the player a fresh token; the first request of a token is audited as a play, and the player's
 * later range requests for it (seeking, buffering) are not, so one press of play is one event.
 * {@code media?id=N&download=true} sends the original as a file and is audited every time. {@code
 * thumbnail?id=N} sends the thumbnail.
 */
@WebServlet(urlPatterns = {"/footage/media", "/footage/thumbnail"})
public class FootageMediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String PLAYED = FootageMediaServlet.class.getName() + ".played";

  /** Playback tokens remembered per session, so a long session cannot grow without bound. */
  private static final int TOKENS_KEPT = 500;

  private static final int BLOCK = 64 * 1024;

  @Inject transient FootageLibrary library;

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
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    try {
      if (request.getServletPath().endsWith("/thumbnail")) {
        thumbnail(id, response);
      } else {
        media(id, request, response);
      }
    } catch (FootageNotVisible e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void thumbnail(long id, HttpServletResponse response) throws IOException {
    var file = library.thumbnail(id);
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("image/jpeg");
    try (FileChannel in = FileChannel.open(file.get(), StandardOpenOption.READ)) {
      response.setContentLengthLong(in.size());
      send(in, 0, in.size(), response.getOutputStream());
    }
  }

  private void media(long id, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean download = "true".equals(request.getParameter("download"));
    // A HEAD request sends no footage, so it is neither a play nor a download.
    boolean head = "HEAD".equals(request.getMethod());
    AuditAction action =
        head
            ? null
            : download
                ? AuditAction.FOOTAGE_DOWNLOADED
                : firstOfPlayback(request.getSession(), request.getParameter("play"))
                    ? AuditAction.FOOTAGE_PLAYED
                    : null;
    MediaFile media = library.media(id, action, request.getRemoteAddr());
    String etag = "\"" + media.sha256() + "\"";
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("ETag", etag);
    response.setContentType("video/mp4");
    response.setHeader(
        "Content-Disposition",
        (download ? "attachment" : "inline") + "; filename=\"" + media.downloadName() + "\"");
    String ifRange = request.getHeader("If-Range");
    ByteRange.Answer answer =
        ifRange != null && !ifRange.equals(etag)
            ? new ByteRange.Whole()
            : ByteRange.answer(request.getHeader("Range"), media.size());
    if (answer instanceof ByteRange.Unsatisfiable) {
      response.setHeader("Content-Range", "bytes */" + media.size());
      response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
    } else if (answer instanceof ByteRange.Part p) {
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader("Content-Range", p.range().contentRange(media.size()));
      response.setContentLengthLong(p.range().length());
      if (!head) {
        stream(media.path(), p.range().first(), p.range().length(), response);
      }
    } else {
      response.setContentLengthLong(media.size());
      if (!head) {
        stream(media.path(), 0, media.size(), response);
      }
    }
  }

  /** Whether this is the first request of a showing of the player (so a play to audit). */
  private static boolean firstOfPlayback(HttpSession session, String token) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return true;
    }
    synchronized (session) {
      @SuppressWarnings("unchecked")
      Set<String> seen = (Set<String>) session.getAttribute(PLAYED);
      if (seen == null || seen.size() > TOKENS_KEPT) {
        seen = new HashSet<>();
      }
      boolean first = seen.add(token);
      session.setAttribute(PLAYED, seen);
      return first;
    }
  }

  private static void stream(Path file, long from, long length, HttpServletResponse response)
      throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      send(in, from, length, response.getOutputStream());
    }
  }

  /** Copies in 64 KiB blocks, so memory stays flat for any size; a player that stops is normal. */
  private static void send(FileChannel in, long from, long length, OutputStream out)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
    long position = from;
    long remaining = length;
    while (remaining > 0) {
      buffer.clear().limit((int) Math.min(BLOCK, remaining));
      int read = in.read(buffer, position);
      if (read < 0) {
        break;
      }
      out.write(buffer.array(), 0, read);
      position += read;
      remaining -= read;
    }
  }
}
