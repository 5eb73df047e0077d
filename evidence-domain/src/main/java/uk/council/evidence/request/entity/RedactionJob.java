package uk.council.evidence.request.entity;

import java.time.Instant;

/**
 * A job of the redaction worker: finding faces or making the copy.
 *
 * @param doneMs how much of the recording it has been through, in milliseconds
 * @param ofMs the recording's length, if known
 * @param failure why it failed, or null
 */
public record RedactionJob(
    long id,
    long redactionId,
    Kind kind,
    Status status,
    Instant queuedAt,
    long doneMs,
    Long ofMs,
    String failure) {

  public enum Kind {
    DETECT("Finding faces"),
    RENDER("Making the redacted copy");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  public boolean isWaitingOrRunning() {
    return status == Status.QUEUED || status == Status.RUNNING;
  }

  /** How far it is, from 0 to 100. */
  public int percent() {
    if (status == Status.DONE) {
      return 100;
    }
    return ofMs == null || ofMs <= 0 ? 0 : (int) Math.min(99, doneMs * 100 / ofMs);
  }
}
