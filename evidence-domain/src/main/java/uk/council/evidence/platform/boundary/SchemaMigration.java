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
import java.util.Arrays;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings the schema up to date before anything else touches the database.
 *
 * <p>Every other start-up bean is {@code @DependsOn("SchemaMigration")}. A failed migration fails
 * the deployment: running on a schema that does not match the code would be worse.
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

  @PostConstruct
  void migrate() {
    var result = flyway().migrate();
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
    MigrationInfo[] all = flyway().info().all();
    long pending = Arrays.stream(all).filter(m -> m.getState() == MigrationState.PENDING).count();
    long failed = Arrays.stream(all).filter(m -> m.getState().isFailed()).count();
    MigrationInfo current = flyway().info().current();
    String version = current == null ? "none" : current.getVersion().getVersion();
    return new SchemaState(version, pending, failed);
  }

  private Flyway flyway() {
    // The class loader matters inside an EAR: it is the one that sees db/migration.
    return Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load();
  }

  /** What the schema looks like now. */
  public record SchemaState(String version, long pending, long failed) {
    public boolean upToDate() {
      return pending == 0 && failed == 0;
    }
  }
}
