package uk.council.evidence.retention;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * A database of its own on the PostgreSQL server the test command started ({@code ./bwv test}
 * exports {@code EVIDENCE_DB_*}), with the schema from the real Flyway migrations; dropped on
 * close. A database per test class keeps these tests from touching the one the deployed application
 * uses.
 *
 * <p>Three roles, as in production: a role that may create databases makes and drops it ({@code
 * EVIDENCE_TEST_DB_SUPERUSER}, which only the test command has), the schema owner migrates it
 * ({@code EVIDENCE_DB_OWNER_USER}), and {@link #connect} is the application's role ({@code
 * EVIDENCE_DB_USER}), so the sweep runs here with exactly the rights it has when deployed. Each
 * falls back to the next when unset.
 */
final class ThrowawayDatabase implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(.*)");

  final String name;
  private final String server;
  private final String url;
  private final Role admin;
  private final Role owner;
  private final Role application;

  private record Role(String user, String password) {
    static Role fromEnvironment(String user, String password, Role otherwise) {
      String name = System.getenv(user);
      return name == null || name.isBlank()
          ? otherwise
          : new Role(name, System.getenv().getOrDefault(password, ""));
    }
  }

  private ThrowawayDatabase(String server, Role admin, Role owner, Role application, String name) {
    this.server = server;
    this.admin = admin;
    this.owner = owner;
    this.application = application;
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
    Role application =
        Role.fromEnvironment("EVIDENCE_DB_USER", "EVIDENCE_DB_PASSWORD", new Role("evidence", ""));
    Role owner =
        Role.fromEnvironment("EVIDENCE_DB_OWNER_USER", "EVIDENCE_DB_OWNER_PASSWORD", application);
    Role admin =
        Role.fromEnvironment(
            "EVIDENCE_TEST_DB_SUPERUSER", "EVIDENCE_TEST_DB_SUPERUSER_PASSWORD", owner);
    var database = new ThrowawayDatabase(server, admin, owner, application, name);
    try (Connection c = DriverManager.getConnection(server, admin.user(), admin.password());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE " + name + " OWNER \"" + owner.user().replace("\"", "\"\"") + "\"");
    }
    try {
      Flyway.configure(ThrowawayDatabase.class.getClassLoader())
          .dataSource(database.url, owner.user(), owner.password())
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .placeholders(Map.of("application_role", application.user()))
          .load()
          .migrate();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  /** A connection as the application's role. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, application.user(), application.password());
  }

  /** A connection as the schema's owner, for a test that changes the schema for a while. */
  Connection connectAsOwner() throws SQLException {
    return DriverManager.getConnection(url, owner.user(), owner.password());
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(server, admin.user(), admin.password());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
