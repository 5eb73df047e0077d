package uk.council.evidence.request.entity;

import java.time.Instant;
import uk.council.evidence.platform.entity.JobStatus;

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
    JobStatus status,
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

  public boolean isWaitingOrRunning() {
    return status.isWaitingOrRunning();
  }

  /** How far it is, from 0 to 100. */
  public int percent() {
    return status.percent(doneMs, ofMs);
  }
}
