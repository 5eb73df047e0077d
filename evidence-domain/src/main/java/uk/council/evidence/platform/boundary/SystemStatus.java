package uk.council.evidence.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the health checks ask: is the database there, is the schema current, can we store. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemStatus {

  @Resource(lookup = "java:app/jdbc/evidence")
  DataSource dataSource;

  @Inject SchemaMigration migration;

  @Inject
  @ConfigProperty(name = "evidence.storage.root")
  String storageRoot;

  /** Null if the database answers, otherwise what went wrong. */
  public String databaseProblem() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(5) ? null : "the database did not answer within 5 seconds";
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  public SchemaMigration.SchemaState schema() {
    return migration.state();
  }

  public String storageRoot() {
    return storageRoot;
  }

  /** Null if a file can be written and removed under the storage root, otherwise why not. */
  public String storageProblem() {
    try {
      Path root = Path.of(storageRoot);
      Files.createDirectories(root);
      Path probe = Files.createTempFile(root, ".health-", ".tmp");
      Files.delete(probe);
      return null;
    } catch (IOException | RuntimeException e) {
      return "cannot write under " + storageRoot + ": " + e;
    }
  }
}
