package uk.council.evidence.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL against the database the deployed application uses (from ./bwv test). */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    String url = System.getenv("EVIDENCE_DB_URL");
    if (url == null) {
      throw new IllegalStateException("EVIDENCE_DB_URL is not set: run the tests with ./bwv test");
    }
    return DriverManager.getConnection(
        url, System.getenv("EVIDENCE_DB_USER"), System.getenv("EVIDENCE_DB_PASSWORD"));
  }

  /** The newest audit event's sequence number (0 if none). */
  public static long auditHead() throws SQLException {
    try (Connection c = connect();
        ResultSet rs =
            c.createStatement().executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_event")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Audit events after {@code seq}, as "actor ACTION details" lines, oldest first. */
  public static List<String> auditSince(long seq) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT actor, action, target_id, details FROM audit_event WHERE seq > ? ORDER BY seq")) {
      ps.setLong(1, seq);
      List<String> lines = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(
              rs.getString(1)
                  + " "
                  + rs.getString(2)
                  + (rs.getString(3) == null ? "" : " " + rs.getString(3))
                  + (rs.getString(4).isEmpty() ? "" : " " + rs.getString(4)));
        }
      }
      return lines;
    }
  }
}
