package uk.council.evidence.footage.entity;

import jakarta.ejb.ApplicationException;

/**
 * The request body stopped before its end: the dock lost its connection or the request timed out.
 * For a one-request upload nothing was kept; for a resumable upload everything up to {@link
 * #received()} was kept and the dock continues from there.
 */
@ApplicationException(rollback = true)
public class UploadInterrupted extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long received;

  public UploadInterrupted(String message, long received, Throwable cause) {
    super(message, cause);
    this.received = received;
  }

  /** Bytes of the upload the server holds now: the offset to resume from (0 if nothing kept). */
  public long received() {
    return received;
  }
}
