package uk.council.evidence.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is real everywhere, tests included: the only JDBC driver these tests can reach is
 * PostgreSQL's, so no test can quietly run against an in-memory database instead. And the
 * application never touches a database of the server's own: Payara ships an embedded in-memory
 * database for its default datasource and its persistent-timer pool, so the one datasource is
 * declared here for PostgreSQL, nothing names the server's default, every JDBC address is
 * PostgreSQL's, and every EJB timer is non-persistent.
 */
class OnlyPostgreSqlTest {

  static final Path SOURCES = Path.of("src/main");

  @Test
  void theOnlyJdbcDriverOnTheTestClasspathIsPostgreSqls() {
    Set<String> drivers = new TreeSet<>();
    ServiceLoader.load(Driver.class).stream().forEach(d -> drivers.add(d.type().getName()));
    assertEquals(Set.of("org.postgresql.Driver"), drivers);
  }

  @Test
  void theOneDatasourceIsPostgreSqlAndTheServersOwnIsNeverUsed() throws IOException {
    Matcher classes =
        Pattern.compile("@DataSourceDefinition\\([^)]*className = \"([^\"]+)\"", Pattern.DOTALL)
            .matcher(text("java"));
    List<String> declared = new ArrayList<>();
    while (classes.find()) {
      declared.add(classes.group(1));
    }
    assertEquals(List.of("org.postgresql.ds.PGSimpleDataSource"), declared);
    String all = text("java") + text("xml");
    for (String serversOwn : List.of("DefaultDataSource", "__default", "__TimerPool")) {
      assertTrue(!all.contains(serversOwn), "names the server's own database: " + serversOwn);
    }
    Matcher otherDatabase = Pattern.compile("jdbc:(?!postgresql:)[a-z0-9]+:").matcher(all);
    assertTrue(!otherDatabase.find(), "a JDBC address not PostgreSQL's: " + otherDatabase);
  }

  @Test
  void everyEjbTimerIsNonPersistentSoThatNoneIsStoredInTheServersOwnDatabase() throws IOException {
    String java = text("java");
    Matcher schedules = Pattern.compile("@Schedule\\(([^)]*)\\)").matcher(java);
    while (schedules.find()) {
      assertTrue(schedules.group(1).contains("persistent = false"), schedules.group());
    }
    Matcher configs = Pattern.compile("new TimerConfig\\(([^()]*)\\)").matcher(java);
    while (configs.find()) {
      assertTrue(configs.group(1).strip().endsWith("false"), configs.group());
    }
  }

  /** Every main source file with this extension, one after another. */
  private static String text(String extension) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith("." + extension)).toList()) {
        all.append(Files.readString(f)).append('\n');
      }
    }
    return all.toString();
  }
}
