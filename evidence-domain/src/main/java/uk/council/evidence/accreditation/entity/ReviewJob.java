package uk.council.evidence.accreditation.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * An annual review being made in the background, or made: how far it has got, and how it ended.
 *
 * @param kind a draft, or the year's sign-off
 * @param step the step it is on, from 1 to {@code steps} (0 before the first)
 * @param stage what it is doing, or did last, in words
 * @param heartbeatAt when its worker last said it was alive (at each step)
 * @param fileName the PDF's name, once done
 * @param failure why it failed, if it did
 */
public record ReviewJob(
    long id,
    int year,
    Kind kind,
    String requestedBy,
    Instant requestedAt,
    Status status,
    int step,
    int steps,
    String stage,
    Instant heartbeatAt,
    Instant finishedAt,
    String fileName,
    String failure) {

  /**
   * How long a running job may go without a heartbeat before it counts as interrupted: longer than
   * any one step takes at a large council's scale (the review's figures at 800,000 recordings are
   * counted in seconds), short enough that someone waiting learns soon.
   */
  public static final Duration SILENCE_ALLOWED = Duration.ofMinutes(5);

  /** What a job makes. */
  public enum Kind {
    /** A draft of the review as it stands, kept with the job for its owner to download. */
    DRAFT,
    /** The year's sign-off: the review and its public version made, signed and kept as signed. */
    SIGN_OFF
  }

  /** Whether the job signs the year off, rather than making a draft. */
  public boolean signsOff() {
    return kind == Kind.SIGN_OFF;
  }

  /** Where a job stands. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED;

    /** Whether it will not change again. */
    public boolean ended() {
      return this != RUNNING;
    }
  }

  /**
   * Whether the job is still marked running though its worker has stopped: the server restarted or
   * died while it was being made. Nothing of it was kept; it is to be made again.
   */
  public boolean silentSince(Instant now) {
    return status == Status.RUNNING && heartbeatAt.plus(SILENCE_ALLOWED).isBefore(now);
  }

  /** How far it has got, as a whole percentage. */
  public int percent() {
    return status == Status.DONE ? 100 : steps == 0 ? 0 : Math.min(99, step * 100 / (steps + 1));
  }
}
