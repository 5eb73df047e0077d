package uk.council.evidence.retention.control;

import static uk.council.evidence.platform.control.SqlValues.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.council.evidence.platform.control.SqlValues;

/**
 * The deletion sweep's SQL on a plain JDBC connection, so that the same statements run in the
 * server (on the connection of the JTA transaction) and in tests against a real PostgreSQL without
 * a container. The caller owns the transaction: each method is meant to be one transaction of its
 * own, and commits nothing itself.
 */
public final class SweepSql {

  private SweepSql() {}

  /** A claimed recording: what the sweep needs to remove its files. */
  public record Claimed(long id, String sha256) {}

  /** What a deletion record keeps of a recording, as the audit event describes it. */
  public record Deletion(
      long recordingId,
      String cameraSerial,
      Instant recordedStart,
      long sizeBytes,
      String sha256,
      Instant dueAt) {}

  private static final String DUE_UNHELD_OR_CLAIMED =
      "r.deleting_since IS NOT NULL OR (r.deletion_due_at <= ?1 AND NOT "
          + String.format(HoldSql.HELD, 1)
          + ")";

  private static final String CANDIDATES =
      "SELECT r.id FROM recording r WHERE "
          + DUE_UNHELD_OR_CLAIMED
          + " ORDER BY r.deleting_since NULLS LAST, r.deletion_due_at, r.id"
          + " LIMIT ?2 FOR UPDATE SKIP LOCKED";

  private static final String CLAIM =
      "UPDATE recording r SET deleting_since = coalesce(r.deleting_since, ?1)"
          + " WHERE r.id = ?2 AND ("
          + DUE_UNHELD_OR_CLAIMED
          + ") RETURNING r.id, r.sha256";

  private static final String RECORD =
      "INSERT INTO deletion_record (recording_id, camera_serial, wearer, wearer_id,"
          + " service_area, recorded_start, recorded_end, uploaded_at, size_bytes, sha256, rule,"
          + " due_at, deleted_at)"
          + " SELECT r.id, c.serial, w.display_name, r.wearer_id, a.name, r.recorded_start,"
          + " r.recorded_end, r.uploaded_at, r.size_bytes, r.sha256,"
          + " 'due: ' || k.name || ', recorded start + ' || k.period_days || ' days ' || ?2,"
          + " r.deletion_due_at, ?3"
          + " FROM recording r JOIN camera_serial c ON c.id = r.camera_id"
          + " JOIN retention_category k ON k.code = r.retention_category"
          + " LEFT JOIN staff_name w ON w.id = r.wearer_id"
          + " LEFT JOIN area_name a ON a.id = r.service_area_id"
          + " WHERE r.id = ?1 AND r.deleting_since IS NOT NULL"
          + " ON CONFLICT (recording_id) DO NOTHING"
          + " RETURNING camera_serial, recorded_start, size_bytes, sha256, due_at";

  /** What hangs off a recording, removed before the row itself. */
  private static final List<String> DEPENDENTS =
      List.of("recording_note", "fixity_result", "recording_hold");

  /**
   * Claims up to {@code limit} recordings for deletion: those already claimed by a sweep that
   * stopped part-way, then those due by {@code now} with no active hold. Rows locked by someone
   * placing a hold are skipped (they are decided next time). The rows are first locked, then each
   * is claimed by a statement of its own, which sees any hold committed up to that moment: a hold
   * placed while the sweep was choosing rows is never missed. Claimed rows stay claimed until
   * finished, so every sweep running retries them; finishing is idempotent.
   *
   * @param skip ids not to claim again in this sweep (they failed earlier in it)
   */
  public static List<Claimed> claim(Connection connection, Instant now, int limit, Set<Long> skip)
      throws SQLException {
    List<Long> candidates = new ArrayList<>();
    try (PreparedStatement select = prepare(connection, CANDIDATES, utc(now), limit + skip.size());
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        candidates.add(rows.getLong(1));
      }
    }
    List<Claimed> claimed = new ArrayList<>();
    for (long id : candidates) {
      if (skip.contains(id) || claimed.size() >= limit) {
        continue;
      }
      try (PreparedStatement update = prepare(connection, CLAIM, utc(now), id);
          ResultSet row = update.executeQuery()) {
        if (row.next()) {
          claimed.add(new Claimed(row.getLong(1), row.getString(2).strip()));
        }
      }
    }
    return claimed;
  }

  /**
   * Records the deletion of a claimed recording whose files are gone and removes its row and what
   * hangs off it. Finishing one already finished (or never claimed) does nothing.
   *
   * @return what the deletion record keeps, or empty if this call recorded nothing
   */
  public static Optional<Deletion> finish(Connection connection, long id, String rule, Instant now)
      throws SQLException {
    Deletion deletion;
    try (PreparedStatement insert = prepare(connection, RECORD, id, rule, utc(now));
        ResultSet row = insert.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      deletion =
          new Deletion(
              id,
              row.getString(1),
              SqlValues.instant(row, 2),
              row.getLong(3),
              row.getString(4).strip(),
              SqlValues.instant(row, 5));
    }
    for (String table : DEPENDENTS) {
      update(connection, "DELETE FROM " + table + " WHERE recording_id = ?1", id);
    }
    update(connection, "DELETE FROM recording WHERE id = ?1", id);
    return Optional.of(deletion);
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, values)) {
      statement.executeUpdate();
    }
  }

  private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

  /**
   * The statement with {@code ?1, ?2...} (as {@link HoldSql#HELD} writes them, and a number may
   * appear more than once) turned into JDBC's {@code ?}, each bound to its value.
   */
  static PreparedStatement prepare(Connection connection, String sql, Object... values)
      throws SQLException {
    List<Object> bound = new ArrayList<>();
    Matcher m = NUMBERED.matcher(sql);
    StringBuilder jdbc = new StringBuilder();
    while (m.find()) {
      bound.add(values[Integer.parseInt(m.group(1)) - 1]);
      m.appendReplacement(jdbc, "?");
    }
    m.appendTail(jdbc);
    PreparedStatement statement = connection.prepareStatement(jdbc.toString());
    try {
      for (int i = 0; i < bound.size(); i++) {
        statement.setObject(i + 1, bound.get(i));
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }
}
