package uk.council.evidence.retention.entity;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import uk.council.evidence.platform.entity.CouncilTime;

/**
 * When a recording falls due for deletion: its recorded start plus the retention period, counted in
 * calendar days in the council's time zone (so a clock change does not move the day), but never
 * sooner than a review window after it arrived, so that footage from a camera docked weeks late can
 * still be looked at and flagged before it goes.
 *
 * @param period how long footage is kept from its recorded start (31 days by default)
 * @param reviewWindow the least time footage is kept after it arrives
 * @param zone the zone in which days are counted
 */
public record RetentionRule(Period period, Period reviewWindow, ZoneId zone) {

  /** The council's policy unless an administrator sets another: 31 days, 7 days' review. */
  public static final RetentionRule DEFAULT =
      new RetentionRule(Period.ofDays(31), Period.ofDays(7), CouncilTime.ZONE);

  public RetentionRule {
    if (period.isNegative() || period.isZero() || reviewWindow.isNegative()) {
      throw new IllegalArgumentException("A retention period must be positive: " + period);
    }
  }

  /** After the last hold on a recording ends, it stays at least this long before it is due. */
  public static final Period RELEASE_GRACE = Period.ofDays(7);

  /**
   * When a recording falls due once its last hold has ended at {@code endedAt}: its own due date,
   * but never sooner than the grace period after the end, so that nobody loses footage the moment a
   * case closes.
   */
  public Instant dueAfterHolds(Instant due, Instant endedAt) {
    Instant graceEnds = endedAt.atZone(zone).plus(RELEASE_GRACE).toInstant();
    return due.isAfter(graceEnds) ? due : graceEnds;
  }

  /**
   * When a recording falls due under this rule once its holds are taken into account: its own due
   * date, but never sooner than the grace period after its latest hold ended (or, for a hold still
   * active, after now). Re-dating footage under a new period uses this, so that a change of period
   * never takes away the time a released hold promised, and never makes held footage due.
   *
   * @param holdsEnded when its latest hold ended or will end; null if it never had one
   */
  public Instant deletionDue(Instant recordedStart, Instant arrived, Instant holdsEnded) {
    Instant due = deletionDue(recordedStart, arrived);
    return holdsEnded == null ? due : dueAfterHolds(due, holdsEnded);
  }

  /** This rule with another period. */
  public RetentionRule withPeriod(Period other) {
    return new RetentionRule(other, reviewWindow, zone);
  }

  /** The instant at which a recording that started and arrived at these times becomes due. */
  public Instant deletionDue(Instant recordedStart, Instant arrived) {
    Instant byPolicy = recordedStart.atZone(zone).plus(period).toInstant();
    Instant afterReview = arrived.atZone(zone).plus(reviewWindow).toInstant();
    return byPolicy.isAfter(afterReview) ? byPolicy : afterReview;
  }
}
