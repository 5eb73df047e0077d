package uk.council.evidence.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import uk.council.evidence.audit.entity.AuditChain;
import uk.council.evidence.audit.entity.ChainVerification;
import uk.council.evidence.platform.control.SqlValues;

/**
 * Walks the whole audit chain in one statement, its rows streamed from PostgreSQL a batch at a time
 * (a cursor, so memory stays flat) and read as plain columns: no entity is made of an event, no
 * persistence context holds one. A million events take seconds, most of it PostgreSQL reading them
 * and this hashing each once.
 *
 * <p>The connection must not be in auto-commit (PostgreSQL's driver streams only inside a
 * transaction): the container's connection in a JTA transaction is not, and a benchmark turns it
 * off. The statement sees one snapshot of the table, however long the walk takes.
 */
public final class ChainWalk {

  /** How many rows the driver fetches at a time. */
  static final int FETCH = 10_000;

  private static final String SQL =
      "SELECT seq, occurred_at, actor, action, target_type, target_id, details, source_address,"
          + " prev_hash, hash FROM audit_event ORDER BY seq";

  private ChainWalk() {}

  /** Verifies every event from the first, naming the first that does not fit. */
  public static ChainVerification walk(Connection connection) throws SQLException {
    var verifier = new AuditChain.Verifier();
    try (PreparedStatement select = connection.prepareStatement(SQL)) {
      select.setFetchSize(FETCH);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          verifier.accept(
              rows.getLong(1),
              SqlValues.instant(rows, 2),
              rows.getString(3),
              rows.getString(4),
              rows.getString(5),
              rows.getString(6),
              rows.getString(7),
              rows.getString(8),
              rows.getString(9),
              rows.getString(10));
        }
      }
    }
    return verifier.result();
  }
}
