package uk.council.evidence.ear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The test's PostgreSQL (EVIDENCE_DB_URL), read through the very driver the EAR ships in lib/, so
 * that the test can see what the deployed application wrote there.
 */
final class TestDatabase {

  private final Driver driver;
  private final String url;
  private final Properties credentials = new Properties();

  private TestDatabase(Driver driver, String url, String user, String password) {
    this.driver = driver;
    this.url = url;
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
  }

  static TestDatabase fromEar(Path ear, Path workDir, String url, String user, String password) {
    try (ZipFile zip = new ZipFile(ear.toFile())) {
      ZipEntry jar =
          zip.stream()
              .filter(e -> e.getName().matches("lib/postgresql-[0-9][^/]*\\.jar"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("No PostgreSQL driver in lib/ of " + ear));
      Path copy = workDir.resolve("postgresql-driver.jar");
      Files.createDirectories(workDir);
      try (InputStream in = zip.getInputStream(jar)) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      URLClassLoader loader =
          new URLClassLoader(new URL[] {copy.toUri().toURL()}, TestDatabase.class.getClassLoader());
      Driver driver =
          (Driver)
              Class.forName("org.postgresql.Driver", true, loader)
                  .getDeclaredConstructor()
                  .newInstance();
      return new TestDatabase(driver, url, user, password);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("could not load the PostgreSQL driver from " + ear, e);
    }
  }

  /** The first column of the first row of {@code sql} as a number. */
  long number(String sql, Object... parameters) {
    try (Connection c = driver.connect(url, credentials);
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        if (!rs.next()) {
          throw new AssertionError("no row from " + sql);
        }
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new AssertionError("query on " + url + " failed: " + sql + ": " + e.getMessage(), e);
    }
  }
}
