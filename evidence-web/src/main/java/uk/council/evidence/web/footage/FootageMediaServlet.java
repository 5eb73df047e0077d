package uk.council.evidence.web.footage;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.entity.FootageNotVisible;
import uk.council.evidence.footage.entity.MediaFile;
import uk.council.evidence.footage.entity.Playback;
import uk.council.evidence.web.shell.PrivateFiles;

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

  @Inject transient FootageLibrary library;
  @Inject transient PlayTokens tokens;
  @Inject transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PrivateFiles.send(
        response,
        FootageNotVisible.class,
        () -> {
          long id = PrivateFiles.id(request, "id");
          if (request.getServletPath().endsWith("/thumbnail")) {
            thumbnail(id, response);
          } else {
            media(id, request, response);
          }
        });
  }

  private void thumbnail(long id, HttpServletResponse response) throws IOException {
    var file = library.thumbnail(id);
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("image/jpeg");
    RangedFile.send(
        file.get(), java.nio.file.Files.size(file.get()), new ByteRange.Whole(), false, response);
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
    long bytes = RangedFile.send(media.path(), media.size(), answer, head, response);
    if (!head && !(answer instanceof ByteRange.Unsatisfiable)) {
      sent(play, id, media, bytes, request);
    }
  }

  /** Counts what a play has sent; past another whole file, that is audited as another play. */
  private void sent(
      Optional<Playback> play, long id, MediaFile media, long bytes, HttpServletRequest request) {
    if (play.isPresent() && play.get().served(bytes, media.size())) {
      library.playedOn(id, play.get().bytesServed(), media.size(), request.getRemoteAddr());
    }
  }
}
