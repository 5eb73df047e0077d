package uk.council.evidence.retention.control;

/**
 * Retention's one rule of what holds a recording, as SQL: the same rule as {@code Hold.isActiveAt}
 * in Java. The sweep and the reports ask it of {@code recording_hold} itself; the library reads the
 * copy retention keeps on the recording ({@code held_until}, set by {@code Holds}).
 */
public final class HoldSql {

  /** Whether hold {@code h} is active at the time bound to {@code ?%d}. */
  public static final String ACTIVE =
      "h.released_at IS NULL AND (h.expires_at IS NULL OR h.expires_at > ?%d)";

  /** Whether recording {@code r} has an active hold at the time bound to {@code ?%d}. */
  public static final String HELD =
      "EXISTS (SELECT 1 FROM recording_hold h WHERE h.recording_id = r.id AND " + ACTIVE + ")";

  private HoldSql() {}
}
