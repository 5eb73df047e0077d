package uk.council.evidence.web.footage;

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
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.entity.FootageNotVisible;
import uk.council.evidence.footage.entity.MediaFile;
import uk.council.evidence.footage.entity.Playback;

/**
 * Plays and downloads recordings, with HTTP Range so that a player can seek, only to people allowed
 * to see the pictures (the library decides, per recording; everyone else gets 404).
 *
 * <p>{@code media?id=N&play=TOKEN} streams for the player. The recording page issues each showing
 * of the player a token of the server's ({@link PlayTokens}, bound to the session and the
 * recording); its first request is audited as a play, the player's later range requests for it
 * (seeking, buffering) are not, until it has sent more than another whole file ({@link Playback}).
 * Any other request for the footage, {@code media?id=N&download=true} or a token the server did not
 * issue to this session for this recording, is a download, audited every time with the range asked
 * for, a HEAD included. {@code thumbnail?id=N} sends the thumbnail.
 */
@WebServlet(urlPatterns = {"/footage/media", "/footage/thumbnail"})
public class FootageMediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final int BLOCK = 64 * 1024;

  private static final Logger LOG = Logger.getLogger(FootageMediaServlet.class.getName());

  @Inject transient FootageLibrary library;
  @Inject transient PlayTokens tokens;
  @Inject transient Clock clock;

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
    boolean head = "HEAD".equals(request.getMethod());
    Optional<Playback> play =
        download
            ? Optional.empty()
            : tokens.find(request.getParameter("play"), id, clock.instant());
    String range = request.getHeader("Range");
    AuditAction action;
    String detail;
    if (play.isPresent()) {
      action = play.get().start() ? AuditAction.FOOTAGE_PLAYED : null;
      detail = null;
    } else {
      action = AuditAction.FOOTAGE_DOWNLOADED;
      detail =
          (head ? "HEAD, headers only" : range == null ? "whole file" : range)
              + (download ? "" : "; not a play this session was given");
    }
    MediaFile media = library.media(id, action, detail, request.getRemoteAddr());
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
        sent(
            play,
            id,
            media,
            stream(media.path(), p.range().first(), p.range().length(), response),
            request);
      }
    } else {
      response.setContentLengthLong(media.size());
      if (!head) {
        sent(play, id, media, stream(media.path(), 0, media.size(), response), request);
      }
    }
  }

  /** Counts what a play has sent; past another whole file, that is audited as another play. */
  private void sent(
      Optional<Playback> play, long id, MediaFile media, long bytes, HttpServletRequest request) {
    if (play.isPresent() && play.get().served(bytes, media.size())) {
      library.playedOn(id, play.get().bytesServed(), media.size(), request.getRemoteAddr());
    }
  }

  /** Sends part of a file; how many bytes went, a player that stops early being normal. */
  private static long stream(Path file, long from, long length, HttpServletResponse response)
      throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      return send(in, from, length, response.getOutputStream());
    }
  }

  /**
   * Copies in 64 KiB blocks, so memory stays flat for any size, and flushes the last block here
   * rather than leave it to the container.
   *
   * <p>A player that seeks drops the stream it was reading, and a person may close the page: the
   * client going away shows as an {@link IOException} from the response's stream (a reset, a broken
   * pipe, "connection is closed"). That is normal, so it ends the copy with one FINE line. Letting
   * it out would make the container log it with a stack trace and then try its error page on a
   * response whose body has begun, failing twice more ("getOutputStream() has already been
   * called"): three stack traces for every seek. A file that cannot be read is not the client's
   * doing, and still goes out as an error.
   */
  private static long send(FileChannel in, long from, long length, OutputStream out)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
    long position = from;
    long remaining = length;
    try {
      while (remaining > 0) {
        buffer.clear().limit((int) Math.min(BLOCK, remaining));
        int read = in.read(buffer, position);
        if (read < 0) {
          break;
        }
        write(out, buffer.array(), read);
        position += read;
        remaining -= read;
      }
      flush(out);
    } catch (ClientGone gone) {
      LOG.log(
          Level.FINE,
          "The client stopped reading after {0} of {1} bytes: {2}",
          new Object[] {position - from, length, gone.getCause().toString()});
    }
    return position - from;
  }

  private static void write(OutputStream out, byte[] bytes, int count) throws ClientGone {
    try {
      out.write(bytes, 0, count);
    } catch (IOException e) {
      throw new ClientGone(e);
    }
  }

  private static void flush(OutputStream out) throws ClientGone {
    try {
      out.flush();
    } catch (IOException e) {
      throw new ClientGone(e);
    }
  }

  /** The response's stream failed: the client has gone, which is no error of the server's. */
  private static final class ClientGone extends Exception {
    private static final long serialVersionUID = 1L;

    ClientGone(IOException cause) {
      super(cause);
    }
  }
}
