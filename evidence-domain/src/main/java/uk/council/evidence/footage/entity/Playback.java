package uk.council.evidence.footage.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One showing of the player: the token the recording page issues with it, bound to the person's
 * session and to one recording, and what has been served under it. Its first request is audited as
 * a play; the player's later range requests (seeking, buffering) are not, up to twice the file in
 * all. Past that, each further whole file sent is audited as a play again: so pulling the file
 * again and again through "play" shows in the audit log as often as it happens. A request with no
 * token, someone else's, another recording's or an expired one is not a play: it is audited as a
 * download.
 */
public final class Playback implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How soon after the page is shown the player must start. */
  public static final Duration START_WITHIN = Duration.ofMinutes(10);

  /** How long a token serves the player: longer than any recording takes to watch. */
  public static final Duration LASTS = Duration.ofHours(4);

  private final long recordingId;
  private final Instant issuedAt;
  private boolean started;
  private long bytesServed;
  private long wholeFilesAudited;

  public Playback(long recordingId, Instant issuedAt) {
    this.recordingId = recordingId;
    this.issuedAt = issuedAt;
  }

  /** Whether this token may serve a request for {@code recording} at {@code now}. */
  public synchronized boolean serves(long recording, Instant now) {
    return recording == recordingId
        && !now.isBefore(issuedAt)
        && now.isBefore(issuedAt.plus(LASTS))
        && (started || now.isBefore(issuedAt.plus(START_WITHIN)));
  }

  /** Marks the first request; true only for it, which is the play to audit. */
  public synchronized boolean start() {
    boolean first = !started;
    started = true;
    return first;
  }

  /** Seeking and buffering may send this many times the file as one play. */
  public static final int SEEKING_ALLOWANCE = 2;

  /**
   * Counts bytes sent under this token; true when they have just passed another whole file beyond
   * the {@link #SEEKING_ALLOWANCE} (so another play to audit, with {@link #bytesServed()}).
   */
  public synchronized boolean served(long bytes, long fileSize) {
    bytesServed += bytes;
    long wholeFiles = fileSize <= 0 ? 0 : (bytesServed - 1) / fileSize;
    if (wholeFiles >= SEEKING_ALLOWANCE && wholeFiles > wholeFilesAudited) {
      wholeFilesAudited = wholeFiles;
      return true;
    }
    return false;
  }

  public synchronized long bytesServed() {
    return bytesServed;
  }

  public long recordingId() {
    return recordingId;
  }
}
