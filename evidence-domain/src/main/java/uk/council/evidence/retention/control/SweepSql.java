package uk.council.evidence.retention.control;

import static uk.council.evidence.platform.control.SqlValues.utc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.council.evidence.footage.control.RecordingRows;
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

  private static final String CANDIDATES =
      "SELECT r.id, r.deleting_since IS NOT NULL FROM recording_retention r"
          + " WHERE r.deleting_since IS NOT NULL OR (r.deletion_due_at <= ?1 AND NOT "
          + String.format(HoldSql.HELD, 1)
          + ") ORDER BY r.deleting_since NULLS LAST, r.deletion_due_at, r.id"
          + " LIMIT ?2 FOR UPDATE OF r SKIP LOCKED";

  private static final String STILL_HELD =
      "SELECT DISTINCT h.recording_id FROM recording_hold h"
          + " WHERE h.recording_id = ANY (?2) AND "
          + String.format(HoldSql.ACTIVE, 1);

  private static final String RECORD =
      "INSERT INTO deletion_record (recording_id, camera_serial, wearer, wearer_id,"
          + " service_area, recorded_start, recorded_end, uploaded_at, size_bytes, sha256, rule,"
          + " due_at, deleted_at)"
          + " SELECT r.id, c.serial, w.display_name, r.wearer_id, a.name, r.recorded_start,"
          + " r.recorded_end, r.uploaded_at, r.size_bytes, r.sha256,"
          + " 'due: ' || k.name || ', recorded start + ' || k.period_days || ' days ' || ?2,"
          + " r.deletion_due_at, ?3"
          + " FROM recording_retention r JOIN camera_serial c ON c.id = r.camera_id"
          + " JOIN retention_category k ON k.code = r.retention_category"
          + " LEFT JOIN staff_name w ON w.id = r.wearer_id"
          + " LEFT JOIN area_name a ON a.id = r.service_area_id"
          + " WHERE r.id = ANY (?1) AND r.deleting_since IS NOT NULL"
          + " ON CONFLICT (recording_id) DO NOTHING"
          + " RETURNING recording_id, camera_serial, recorded_start, size_bytes, sha256, due_at";

  /**
   * Claims up to {@code limit} recordings for deletion: those already claimed by a sweep that
   * stopped part-way, then those due by {@code now} with no active hold. Rows locked by someone
   * placing a hold are skipped (they are decided next time). The rows are first locked; then one
   * statement asks which of them a hold placed since the first statement began now holds, and
   * footage claims the rest in another, which reads their due dates afresh. {@code Holds} locks a
   * recording's row before placing a hold, so once locked no hold comes: a hold placed while the
   * sweep was choosing rows is never missed. Claimed rows stay claimed until finished, so every
   * sweep running retries them; finishing is idempotent.
   *
   * @param skip ids not to claim again in this sweep (they failed earlier in it)
   */
  public static List<Claimed> claim(Connection connection, Instant now, int limit, Set<Long> skip)
      throws SQLException {
    List<Long> candidates = new ArrayList<>();
    List<Long> unclaimed = new ArrayList<>();
    try (PreparedStatement select = prepare(connection, CANDIDATES, utc(now), limit + skip.size());
        ResultSet rows = select.executeQuery()) {
      while (rows.next() && candidates.size() < limit) {
        long id = rows.getLong(1);
        if (!skip.contains(id)) {
          candidates.add(id);
          if (!rows.getBoolean(2)) {
            unclaimed.add(id);
          }
        }
      }
    }
    if (!unclaimed.isEmpty()) {
      try (PreparedStatement held =
              prepare(
                  connection,
                  STILL_HELD,
                  utc(now),
                  connection.createArrayOf("bigint", unclaimed.toArray()));
          ResultSet rows = held.executeQuery()) {
        while (rows.next()) {
          candidates.remove(Long.valueOf(rows.getLong(1)));
        }
      }
    }
    Map<Long, String> hashes = RecordingRows.claimForDeletion(connection, candidates, now);
    List<Claimed> claimed = new ArrayList<>();
    for (long id : candidates) {
      String sha256 = hashes.get(id);
      if (sha256 != null) {
        claimed.add(new Claimed(id, sha256));
      }
    }
    return claimed;
  }

  /**
   * Records the deletion of claimed recordings whose files are gone and removes their rows and what
   * hangs off them: one statement for the records, and one for each table the rows go from, however
   * many there are. Finishing one already finished (or never claimed) does nothing.
   *
   * @return what each deletion record keeps, in the order of {@code ids}; none for those this call
   *     recorded nothing for
   */
  public static List<Deletion> finish(
      Connection connection, List<Long> ids, String rule, Instant now) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Deletion> recorded = new HashMap<>();
    try (PreparedStatement insert =
            prepare(
                connection,
                RECORD,
                connection.createArrayOf("bigint", ids.toArray()),
                rule,
                utc(now));
        ResultSet row = insert.executeQuery()) {
      while (row.next()) {
        long id = row.getLong(1);
        recorded.put(
            id,
            new Deletion(
                id,
                row.getString(2),
                SqlValues.instant(row, 3),
                row.getLong(4),
                row.getString(5).strip(),
                SqlValues.instant(row, 6)));
      }
    }
    List<Deletion> deletions =
        ids.stream().filter(recorded::containsKey).map(recorded::get).toList();
    if (deletions.isEmpty()) {
      return deletions;
    }
    Array finished =
        connection.createArrayOf("bigint", deletions.stream().map(Deletion::recordingId).toArray());
    update(connection, "DELETE FROM recording_hold WHERE recording_id = ANY (?1)", finished);
    RecordingRows.remove(connection, finished);
    return deletions;
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
