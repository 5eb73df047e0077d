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

  /**
   * A connection as the schema owner ({@code EVIDENCE_DB_OWNER_USER}, or the application's role
   * where there is no separate owner): the tests arrange what no screen can, such as a recording
   * already due or a trigger that makes the audit log fail, and act the intruder who has the
   * owner's password.
   */
  public static Connection connect() throws SQLException {
    String owner = System.getenv("EVIDENCE_DB_OWNER_USER");
    if (owner == null || owner.isBlank()) {
      return connectAsApplication();
    }
    return DriverManager.getConnection(url(), owner, System.getenv("EVIDENCE_DB_OWNER_PASSWORD"));
  }

  /** A connection as the role the deployed application uses ({@code EVIDENCE_DB_USER}). */
  public static Connection connectAsApplication() throws SQLException {
    return DriverManager.getConnection(
        url(), System.getenv("EVIDENCE_DB_USER"), System.getenv("EVIDENCE_DB_PASSWORD"));
  }

  /** A database of a test's own while it runs (see {@link #ofItsOwn}); null for the shared one. */
  private static volatile String ownUrl;

  private static String url() {
    String url = ownUrl != null ? ownUrl : System.getenv("EVIDENCE_DB_URL");
    if (url == null) {
      throw new IllegalStateException("EVIDENCE_DB_URL is not set: run the tests with ./bwv test");
    }
    return url;
  }

  /**
   * An empty database of the test's own on the test server, owned by the schema owner, for servers
   * the test starts itself to migrate and fill (a test that runs servers of its own must not leave
   * its footage in the database the other tests count). Until it is closed (and dropped), every
   * method here works on it.
   *
   * @return its JDBC URL, for the servers' {@code EVIDENCE_DB_URL}
   */
  public static OwnDatabase ofItsOwn(String prefix) throws SQLException {
    String shared = System.getenv("EVIDENCE_DB_URL");
    if (shared == null) {
      throw new IllegalStateException("EVIDENCE_DB_URL is not set: run the tests with ./bwv test");
    }
    String name = prefix + "_" + Long.toHexString(System.nanoTime());
    String owner = System.getenv().getOrDefault("EVIDENCE_DB_OWNER_USER", "evidence");
    try (Connection c = superuser(shared);
        var s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " OWNER \"" + owner.replace("\"", "\"\"") + "\"");
    }
    ownUrl = shared.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    return new OwnDatabase(name, ownUrl);
  }

  /** A test's own database: {@link #close} drops it, and the shared one is used again. */
  public record OwnDatabase(String name, String url) implements AutoCloseable {
    @Override
    public void close() throws SQLException {
      ownUrl = null;
      try (Connection c = superuser(System.getenv("EVIDENCE_DB_URL"));
          var s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }

  private static Connection superuser(String url) throws SQLException {
    return DriverManager.getConnection(
        url,
        System.getenv("EVIDENCE_TEST_DB_SUPERUSER"),
        System.getenv("EVIDENCE_TEST_DB_SUPERUSER_PASSWORD"));
  }

  /** Runs one statement as the test's superuser, its {@code ?} bound to {@code values}. */
  public static int update(String sql, Object... values) throws SQLException {
    try (Connection c = connect();
        var statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
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

  /**
   * Waits for the server's background work: asks every half second, for up to three minutes, until
   * {@code countSql} counts at least {@code atLeast}; otherwise fails with what {@code stateSql}
   * (one text value) says of the work.
   */
  public static void awaitCount(String countSql, long atLeast, String stateSql)
      throws SQLException, InterruptedException {
    for (int tries = 0; Long.parseLong(single(countSql)) < atLeast; tries++) {
      if (tries >= 360) {
        throw new AssertionError("Not done in three minutes: " + single(stateSql));
      }
      Thread.sleep(500);
    }
  }

  /** The first column of the first row {@code sql} returns, as text. */
  static String single(String sql) throws SQLException {
    try (Connection c = connect();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? String.valueOf(rs.getString(1)) : "(nothing)";
    }
  }
}
