package uk.council.evidence.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.platform.control.SqlValues;

/**
 * Writes audit events, already chained, as rows: in one JDBC batch on the caller's connection, so
 * that many events wait for the database once. {@code AuditLog} chains them under its lock.
 */
public final class AuditRows {

  private static final String INSERT =
      "INSERT INTO audit_event (seq, occurred_at, actor, action, target_type, target_id, details,"
          + " source_address, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private AuditRows() {}

  /** Inserts the events, in order, in the caller's transaction. */
  public static void insert(Connection connection, List<AuditEvent> events) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (AuditEvent e : events) {
        insert.setLong(1, e.getSeq());
        insert.setObject(2, SqlValues.utc(e.getOccurredAt()));
        insert.setString(3, e.getActor());
        insert.setString(4, e.getAction());
        insert.setString(5, e.getTargetType());
        insert.setString(6, e.getTargetId());
        insert.setString(7, e.getDetails());
        insert.setString(8, e.getSourceAddress());
        insert.setString(9, e.getPreviousHash());
        insert.setString(10, e.getHash());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
