package uk.council.evidence.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is real everywhere, tests included: the only JDBC driver the web tests (and the portal
 * they deploy) can reach is PostgreSQL's, so no test can quietly run against an in-memory database
 * instead; and the server the tests and the run command start has no embedded database configured.
 */
class OnlyPostgreSqlTest {

  @Test
  void theOnlyJdbcDriverOnTheTestClasspathIsPostgreSqls() {
    Set<String> drivers = new TreeSet<>();
    ServiceLoader.load(Driver.class).stream().forEach(d -> drivers.add(d.type().getName()));
    assertEquals(Set.of("org.postgresql.Driver"), drivers);
  }

  /**
   * Payara Micro's own configuration names an embedded H2 pool as the server's default data source;
   * the commands applied before it boots (by the tests' Arquillian container and by {@code ./bwv
   * run}) remove it, resource and pool.
   */
  @Test
  void theServerStartsWithoutItsEmbeddedH2Pool() throws Exception {
    List<String> commands =
        Files.readAllLines(Path.of("src/main/payara/pre-boot-commands.asadmin")).stream()
            .map(String::strip)
            .filter(line -> !line.startsWith("#"))
            .toList();
    assertTrue(commands.contains("delete-jdbc-resource jdbc/__default"), commands.toString());
    assertTrue(commands.contains("delete-jdbc-connection-pool H2Pool"), commands.toString());
    assertTrue(
        Files.readString(Path.of("src/test/resources/arquillian.xml"))
            .contains("--prebootcommandfile src/main/payara/pre-boot-commands.asadmin"),
        "the tests' server applies them");
  }
}
