package uk.council.evidence.staff.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a signed-in session lasts: it ends after {@code idle} without a request, and in any case
 * {@code lifetime} after signing in, however busy.
 *
 * @param idle time without a request after which the session ends (positive)
 * @param lifetime time after signing in after which the session ends (at least {@code idle})
 */
public record SessionLimits(Duration idle, Duration lifetime) {

  /**
   * The longest a session's last-seen time may lag behind its latest request. Writing it on every
   * request would make every page view, thumbnail and byte range an UPDATE; so the idle limit is
   * kept to within this.
   */
  static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);

  public SessionLimits {
    if (idle == null || idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("The idle limit must be positive");
    }
    if (lifetime == null || lifetime.compareTo(idle) < 0) {
      throw new IllegalArgumentException("The session lifetime must be at least the idle limit");
    }
  }

  /**
   * Whether a session started and last seen at these times has ended by {@code now}, and why. The
   * lifetime is named first when both have run out: it is the limit no activity can move.
   */
  public Optional<SessionEnd> endAt(Instant started, Instant lastSeen, Instant now) {
    if (!now.isBefore(started.plus(lifetime))) {
      return Optional.of(SessionEnd.LIFETIME);
    }
    if (!now.isBefore(lastSeen.plus(idle))) {
      return Optional.of(SessionEnd.IDLE);
    }
    return Optional.empty();
  }

  /** When such a session ends unless another request comes first. */
  public Instant endsAt(Instant started, Instant lastSeen) {
    Instant byLifetime = started.plus(lifetime);
    Instant byIdle = lastSeen.plus(idle);
    return byIdle.isBefore(byLifetime) ? byIdle : byLifetime;
  }

  /** Whether a request at {@code now} should move the recorded last-seen time on. */
  public boolean worthRecording(Instant lastSeen, Instant now) {
    Duration precision = idle.dividedBy(30);
    if (precision.compareTo(LAST_SEEN_PRECISION) > 0) {
      precision = LAST_SEEN_PRECISION;
    }
    return !now.isBefore(lastSeen.plus(precision));
  }
}
