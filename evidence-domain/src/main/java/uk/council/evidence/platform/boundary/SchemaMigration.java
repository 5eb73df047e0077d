package uk.council.evidence.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings the schema up to date before anything else touches the database.
 *
 * <p>Every other start-up bean is {@code @DependsOn("SchemaMigration")}. A failed migration fails
 * the deployment: running on a schema that does not match the code would be worse.
 *
 * <p>The migrations run as the schema owner ({@code evidence.db.owner.user}) when one is
 * configured. The application then connects as a role that owns nothing, and the migrations' {@code
 * afterMigrate} callback grants it what it needs, so that it cannot switch off the audit log's
 * append-only triggers. Without an owner the application's own role migrates, as it did before the
 * two were separated, and owns everything.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/evidence",
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=evidence.db.url}",
    user = "${MPCONFIG=evidence.db.user}",
    password = "${MPCONFIG=evidence.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:app/jdbc/evidence")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "evidence.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "evidence.db.user")
  String applicationRole;

  @Inject
  @ConfigProperty(name = "evidence.db.owner.user")
  Optional<String> ownerRole;

  @Inject
  @ConfigProperty(name = "evidence.db.owner.password")
  Optional<String> ownerPassword;

  @PostConstruct
  void migrate() {
    var result = flyway(ownerRole.isPresent() ? owner() : dataSource).migrate();
    warnIfTheApplicationCanAlterTheAuditLog();
    LOG.info(
        () ->
            "Database schema at version "
                + state().version()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** The schema's state, for the health check: applied, pending and failed migrations. */
  public SchemaState state() {
    Flyway flyway = flyway(dataSource);
    MigrationInfo[] all = flyway.info().all();
    long pending = Arrays.stream(all).filter(m -> m.getState() == MigrationState.PENDING).count();
    long failed = Arrays.stream(all).filter(m -> m.getState().isFailed()).count();
    MigrationInfo current = flyway.info().current();
    String version = current == null ? "none" : current.getVersion().getVersion();
    return new SchemaState(version, pending, failed);
  }

  private Flyway flyway(DataSource connections) {
    // The class loader matters inside an EAR: it is the one that sees db/migration.
    return Flyway.configure(getClass().getClassLoader())
        .dataSource(connections)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .placeholders(Map.of("application_role", applicationRole))
        .load();
  }

  /** Connections as the schema owner, for migrating only: never pooled, never kept. */
  private DataSource owner() {
    var owner = new PGSimpleDataSource();
    owner.setUrl(url);
    owner.setUser(ownerRole.orElseThrow());
    owner.setPassword(ownerPassword.orElse(""));
    return owner;
  }

  /**
   * Says so in the log when the application's connections could switch off the audit log's
   * protection: a superuser can set {@code session_replication_role}, the owner can disable its
   * triggers. Production should not run like that; a set-up with one role still works.
   */
  private void warnIfTheApplicationCanAlterTheAuditLog() {
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT r.rolsuper, pg_has_role(current_user, t.relowner, 'USAGE')"
                        + " FROM pg_roles r, pg_class t"
                        + " WHERE r.rolname = current_user AND t.oid = 'audit_event'::regclass")) {
      if (rs.next() && (rs.getBoolean(1) || rs.getBoolean(2))) {
        LOG.warning(
            "The application connects to the database as "
                + (rs.getBoolean(1) ? "a superuser" : "the owner of the audit log")
                + ", which can switch off the audit log's append-only protection. Give it a role"
                + " of its own and migrate as the owner (evidence.db.owner.user; see"
                + " docs/operations.md, section 3).");
      }
    } catch (SQLException e) {
      LOG.warning(() -> "Could not check the application's database role: " + e.getMessage());
    }
  }

  /** What the schema looks like now. */
  public record SchemaState(String version, long pending, long failed) {
    public boolean upToDate() {
      return pending == 0 && failed == 0;
    }
  }
}
