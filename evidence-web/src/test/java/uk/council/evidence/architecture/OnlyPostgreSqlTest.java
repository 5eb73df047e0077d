package uk.council.evidence.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Driver;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is real everywhere, tests included: the only JDBC driver the web tests (and the portal
 * they deploy) can reach is PostgreSQL's, so no test can quietly run against an in-memory database
 * instead.
 */
class OnlyPostgreSqlTest {

  @Test
  void theOnlyJdbcDriverOnTheTestClasspathIsPostgreSqls() {
    Set<String> drivers = new TreeSet<>();
    ServiceLoader.load(Driver.class).stream().forEach(d -> drivers.add(d.type().getName()));
    assertEquals(Set.of("org.postgresql.Driver"), drivers);
  }
}
