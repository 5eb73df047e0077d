package uk.council.evidence.web.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What the servlets that send one person's files share (footage, redacted copies, a request's
 * documents and letters): numbers from the query string, an answer no cache keeps, and 404 for a
 * number that is not one or names something the boundary will not show, so that nobody learns what
 * exists by trying numbers. The boundary has audited the refusal.
 */
public final class PrivateFiles {

  /** Sends one file; may throw the boundary's refusal, or {@link #id}'s. */
  @FunctionalInterface
  public interface Sending {
    void send() throws IOException;
  }

  private PrivateFiles() {}

  /**
   * Marks the answer private, runs {@code sending}, and answers 404 if it is refused: by {@link
   * #id} or by the boundary throwing {@code refusal}, as itself or wrapped by the EJB container.
   */
  public static void send(
      HttpServletResponse response, Class<? extends RuntimeException> refusal, Sending sending)
      throws IOException {
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    try {
      sending.send();
    } catch (NoSuchNumber e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (RuntimeException e) {
      if (refusal.isInstance(e) || refusal.isInstance(e.getCause())) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
  }

  /** The query parameter {@code name} as a number; not one ends {@link #send} with 404. */
  public static long id(HttpServletRequest request, String name) {
    try {
      return Long.parseLong(request.getParameter(name));
    } catch (NumberFormatException e) {
      throw new NoSuchNumber();
    }
  }

  private static final class NoSuchNumber extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSuchNumber() {
      super(null, null, false, false);
    }
  }
}
