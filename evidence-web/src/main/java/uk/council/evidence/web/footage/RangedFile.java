package uk.council.evidence.web.footage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a file as the answer to an HTTP {@code Range} request ({@link ByteRange}): the whole file,
 * one part (206), or 416 for a range outside it; for the footage servlet and any other that serves
 * video a player seeks in. The caller has set the content type and any other headers.
 */
public final class RangedFile {

  private static final int BLOCK = 64 * 1024;

  private static final Logger LOG = Logger.getLogger(RangedFile.class.getName());

  private RangedFile() {}

  /**
   * Answers with the part of {@code file} the {@code Range} header asks for.
   *
   * @return how many bytes went
   */
  public static long send(Path file, String rangeHeader, HttpServletResponse response)
      throws IOException {
    long size = Files.size(file);
    return send(file, size, ByteRange.answer(rangeHeader, size), false, response);
  }

  /**
   * Answers as {@code answer} says; the body only if not {@code head}.
   *
   * @return how many bytes went (0 for a HEAD or a 416)
   */
  static long send(
      Path file, long size, ByteRange.Answer answer, boolean head, HttpServletResponse response)
      throws IOException {
    if (answer instanceof ByteRange.Unsatisfiable) {
      response.setHeader("Content-Range", "bytes */" + size);
      response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
      return 0;
    }
    if (answer instanceof ByteRange.Part p) {
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader("Content-Range", p.range().contentRange(size));
      response.setContentLengthLong(p.range().length());
      return head ? 0 : stream(file, p.range().first(), p.range().length(), response);
    }
    response.setContentLengthLong(size);
    return head ? 0 : stream(file, 0, size, response);
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
