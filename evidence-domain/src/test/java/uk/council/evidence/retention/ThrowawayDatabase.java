package uk.council.evidence.retention;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * A database of its own on the PostgreSQL server the test command started ({@code ./bwv test}
 * exports {@code EVIDENCE_DB_*}), with the schema from the real Flyway migrations; dropped on
 * close. A database per test class keeps these tests from touching the one the deployed application
 * uses.
 */
final class ThrowawayDatabase implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(.*)");

  final String name;
  private final String server;
  private final String url;
  private final String user;
  private final String password;

  private ThrowawayDatabase(String server, String user, String password, String name) {
    this.server = server;
    this.user = user;
    this.password = password;
    this.name = name;
    Matcher m = URL.matcher(server);
    if (!m.matches()) {
      throw new IllegalStateException(
          "EVIDENCE_DB_URL must look like jdbc:postgresql://host:port/database, not " + server);
    }
    this.url = m.group(1) + name + m.group(3);
  }

  /**
   * Creates and migrates a new database.
   *
   * @throws IllegalStateException if no server is configured: these tests are worthless without a
   *     real PostgreSQL, so they fail rather than skip
   */
  static ThrowawayDatabase create() throws SQLException {
    String server = System.getenv("EVIDENCE_DB_URL");
    if (server == null || server.isBlank()) {
      throw new IllegalStateException(
          "EVIDENCE_DB_URL is not set: the deletion sweep's tests need a real PostgreSQL. Run them"
              + " with ./bwv test (it starts a throw-away PostgreSQL and sets EVIDENCE_DB_URL,"
              + " EVIDENCE_DB_USER and EVIDENCE_DB_PASSWORD), or set those three yourself.");
    }
    String name =
        "evidence_sweep_"
            + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt() & 0x7fffffff);
    var database =
        new ThrowawayDatabase(
            server,
            System.getenv().getOrDefault("EVIDENCE_DB_USER", "evidence"),
            System.getenv().getOrDefault("EVIDENCE_DB_PASSWORD", ""),
            name);
    try (Connection admin = DriverManager.getConnection(server, database.user, database.password);
        Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    try {
      Flyway.configure(ThrowawayDatabase.class.getClassLoader())
          .dataSource(database.url, database.user, database.password)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  @Override
  public void close() throws SQLException {
    try (Connection admin = DriverManager.getConnection(server, user, password);
        Statement s = admin.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
