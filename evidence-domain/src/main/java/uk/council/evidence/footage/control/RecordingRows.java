package uk.council.evidence.footage.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes retention makes to footage's rows, as footage's own statements: claiming recordings
 * for deletion, removing a deleted one with what hangs off it, and re-dating a category's.
 * Retention decides which recordings and when (it reads them through the {@code
 * recording_retention} view, and its holds from its own table); footage writes its table. On a
 * plain JDBC connection, in the caller's transaction, so that the server and the tests without a
 * container run the same SQL.
 */
public final class RecordingRows {

  private RecordingRows() {}

  private static final String CLAIM =
      "UPDATE recording SET deleting_since = coalesce(deleting_since, ?)"
          + " WHERE id = ANY (?) AND (deleting_since IS NOT NULL OR deletion_due_at <= ?)"
          + " RETURNING id, sha256";

  /** What belongs to footage and hangs off a recording, removed before the row itself. */
  private static final List<String> REMOVE =
      List.of(
          "DELETE FROM recording_note WHERE recording_id = ANY (?)",
          "DELETE FROM fixity_result WHERE recording_id = ANY (?)",
          "DELETE FROM recording WHERE id = ANY (?)");

  private static final String REDATE =
      "UPDATE recording r SET deletion_due_at = u.due::timestamptz, version = r.version + 1"
          + " FROM unnest(?::bigint[], ?::text[]) AS u(id, due)"
          + " WHERE r.id = u.id AND r.deleting_since IS NULL AND r.retention_category = ?";

  /**
   * Marks as being deleted, from {@code now}, those of {@code ids} already so marked or due by
   * {@code now}; the due date is read afresh by this statement. The caller has locked the rows and
   * made sure that nothing holds them.
   *
   * @return the hash of each recording claimed, by its id
   */
  public static Map<Long, String> claimForDeletion(
      Connection connection, List<Long> ids, Instant now) throws SQLException {
    Map<Long, String> claimed = new HashMap<>();
    if (ids.isEmpty()) {
      return claimed;
    }
    try (PreparedStatement update = connection.prepareStatement(CLAIM)) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
      update.setTimestamp(3, Timestamp.from(now));
      try (ResultSet rows = update.executeQuery()) {
        while (rows.next()) {
          claimed.put(rows.getLong(1), rows.getString(2).strip());
        }
      }
    }
    return claimed;
  }

  /**
   * Removes recordings whose deletion retention has recorded (their ids as an SQL {@code
   * bigint[]}): their notes, their fixity results and their rows, one statement each. The caller
   * has removed what of its own refers to the recording.
   */
  public static void remove(Connection connection, Array ids) throws SQLException {
    for (String sql : REMOVE) {
      try (PreparedStatement delete = connection.prepareStatement(sql)) {
        delete.setArray(1, ids);
        delete.executeUpdate();
      }
    }
  }

  /**
   * Sets new due dates on recordings of {@code category} not being deleted; {@code ids} and {@code
   * dues} pair up, each due date as an ISO-8601 instant.
   */
  public static void redate(
      Connection connection, String category, List<Long> ids, List<String> dues)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(REDATE)) {
      update.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
      update.setArray(2, connection.createArrayOf("text", dues.toArray()));
      update.setString(3, category);
      update.executeUpdate();
    }
  }
}
