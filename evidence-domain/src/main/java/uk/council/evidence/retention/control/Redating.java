package uk.council.evidence.retention.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import uk.council.evidence.footage.control.RecordingRows;
import uk.council.evidence.retention.entity.RedatingImpact;
import uk.council.evidence.retention.entity.RetentionRule;

/**
 * Re-dating one retention category's recordings under a new rule: what it would do (the preview an
 * administrator confirms) and doing it, from the same scan so that the two cannot disagree. It
 * reads the category's recordings in batches in id order, so memory does not grow with the number
 * of recordings, and works on a plain JDBC connection (in the server, the transaction's own), so
 * that tests against a real PostgreSQL run exactly this code.
 *
 * <p>A recording's new due date comes from {@link RetentionRule#deletionDue(Instant, Instant,
 * Instant)}: a hold's end counts as in {@code Hold.endsOrEnded}, so held footage is never made due
 * (it stays at least the grace period away) and the grace a released hold gave is kept. A recording
 * the change makes due is due from the moment of the change, never from a date already past.
 * Recordings the sweep has already claimed are left alone.
 */
public final class Redating {

  static final int BATCH = 1000;

  private static final String COLUMNS =
      "SELECT r.id, r.recorded_start, r.uploaded_at, r.deletion_due_at,"
          + " (SELECT max(coalesce(greatest(h.released_at, h.expires_at), ?)) FROM recording_hold h"
          + " WHERE h.recording_id = r.id),"
          + " EXISTS (SELECT 1 FROM recording_hold h WHERE h.recording_id = r.id"
          + " AND h.released_at IS NULL AND (h.expires_at IS NULL OR h.expires_at > ?))"
          + " FROM recording_retention r WHERE r.retention_category = ? AND r.deleting_since IS NULL";

  /** The preview reads without locking anything. */
  private static final String SCAN = COLUMNS + " AND r.id > ? ORDER BY r.id LIMIT ?";

  /**
   * Applying locks a batch first: {@code Holds} locks a recording's row before placing or releasing
   * a hold, so once the rows are locked no hold changes under them, and the statement that reads
   * them afterwards sees every hold committed before.
   */
  private static final String LOCK =
      "SELECT r.id FROM recording_retention r"
          + " WHERE r.retention_category = ? AND r.deleting_since IS NULL"
          + " AND r.id > ? ORDER BY r.id LIMIT ? FOR UPDATE";

  private static final String LOCKED = COLUMNS + " AND r.id = ANY (?) ORDER BY r.id";

  private final Connection connection;
  private final RetentionRule rule;
  private final Instant now;
  private final Instant atOnceBy;
  private final boolean longer;

  /**
   * Re-dating on this connection, under {@code rule}, as at {@code now}.
   *
   * @param atOnceBy a recording counts as made due at once if the new rule makes it due by then:
   *     the instant of the preview the administrator confirmed, so that footage falling due by
   *     itself since is not counted against the change
   * @param longer whether the new period is longer than the old: a longer period never brings a
   *     recording's deletion nearer (one moved to this category kept its date then, for instance)
   */
  public Redating(
      Connection connection, RetentionRule rule, Instant now, Instant atOnceBy, boolean longer) {
    this.connection = connection;
    this.rule = rule;
    this.now = now;
    this.atOnceBy = atOnceBy;
    this.longer = longer;
  }

  /** What re-dating the category would do; changes nothing. */
  public RedatingImpact preview(String category) throws SQLException {
    return scan(category, false);
  }

  /** Re-dates the category's recordings; the caller's transaction commits or rolls it back. */
  public RedatingImpact apply(String category) throws SQLException {
    return scan(category, true);
  }

  private RedatingImpact scan(String category, boolean write) throws SQLException {
    Tally tally = new Tally();
    long after = 0;
    try (PreparedStatement scan = connection.prepareStatement(write ? LOCKED : SCAN);
        PreparedStatement lock = write ? connection.prepareStatement(LOCK) : null) {
      while (true) {
        scan.setTimestamp(1, Timestamp.from(now));
        scan.setTimestamp(2, Timestamp.from(now));
        scan.setString(3, category);
        int read = 0;
        if (write) {
          lock.setString(1, category);
          lock.setLong(2, after);
          lock.setInt(3, BATCH);
          List<Long> locked = new ArrayList<>();
          try (ResultSet rs = lock.executeQuery()) {
            while (rs.next()) {
              locked.add(rs.getLong(1));
            }
          }
          read = locked.size();
          if (read > 0) {
            after = locked.get(read - 1);
          }
          scan.setArray(4, connection.createArrayOf("bigint", locked.toArray()));
        } else {
          scan.setLong(4, after);
          scan.setInt(5, BATCH);
        }
        List<Long> ids = new ArrayList<>();
        List<String> dues = new ArrayList<>();
        try (ResultSet rs = scan.executeQuery()) {
          while (rs.next()) {
            if (!write) {
              read++;
              after = rs.getLong(1);
            }
            Instant due = tally.count(rs);
            if (due != null) {
              ids.add(rs.getLong(1));
              dues.add(due.toString());
            }
          }
        }
        if (write && !ids.isEmpty()) {
          RecordingRows.redate(connection, category, ids, dues);
        }
        if (read < BATCH) {
          break;
        }
      }
    }
    return tally.impact();
  }

  /** Counts what re-dating does to each recording read. */
  private final class Tally {
    int recordings;
    int held;
    int earlier;
    int later;
    int dueAtOnce;
    final SortedMap<LocalDate, Integer> byWeek = new TreeMap<>();

    /** The recording's new due date, or null if it does not move. */
    Instant count(ResultSet rs) throws SQLException {
      Instant was = rs.getTimestamp(4).toInstant();
      Timestamp holdsEnded = rs.getTimestamp(5);
      boolean isHeld = rs.getBoolean(6);
      Instant byRule =
          rule.deletionDue(
              rs.getTimestamp(2).toInstant(),
              rs.getTimestamp(3).toInstant(),
              holdsEnded == null ? null : holdsEnded.toInstant());
      Instant due = byRule;
      if (longer && due.isBefore(was)) {
        due = was;
      }
      // A recording the change makes due falls due now, not on a date in the past: the
      // compliance figures then count its deletion as on time, which it is.
      if (due.isBefore(now)) {
        due = was.isBefore(now) ? (due.isAfter(was) ? due : was) : now;
      }
      recordings++;
      if (isHeld) {
        held++;
      }
      if (due.equals(was)) {
        return null;
      }
      if (due.isBefore(was)) {
        earlier++;
        if (!isHeld && !byRule.isAfter(atOnceBy)) {
          dueAtOnce++;
        } else if (!isHeld) {
          byWeek.merge(weekOf(due), 1, Integer::sum);
        }
      } else {
        later++;
      }
      return due;
    }

    RedatingImpact impact() {
      return new RedatingImpact(recordings, held, earlier, later, dueAtOnce, byWeek);
    }
  }

  private LocalDate weekOf(Instant due) {
    return due.atZone(rule.zone())
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
