package uk.council.evidence.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR's layout: the domain once, as the EJB module; a skinny web module; every library once, in
 * lib/. Needs no server; fails when the web module and the EAR resolve a library differently (then
 * skinnyWars leaves the WAR's copy behind and two versions would load).
 */
class EarContentsIT {

  private static final Pattern JAR = Pattern.compile("(?:.*/)?([^/]+?)-(\\d[^/]*)\\.jar");

  private static Path ear;
  private static List<String> entries;
  private static List<String> warLibs;
  private static String applicationXml;
  private static String persistenceXml;
  private static final Set<String> jdbcDrivers = new TreeSet<>();

  @BeforeAll
  static void readTheEar() throws IOException {
    ear = Path.of(System.getProperty("evidence.ear", "target/bwv-evidence.ear"));
    try (ZipFile zip = new ZipFile(ear.toFile())) {
      entries = zip.stream().map(ZipEntry::getName).collect(Collectors.toList());
      applicationXml = text(zip, "META-INF/application.xml");
      warLibs = new ArrayList<>();
      try (ZipInputStream war = new ZipInputStream(stream(zip, "evidence.war"))) {
        for (ZipEntry e; (e = war.getNextEntry()) != null; ) {
          if (e.getName().startsWith("WEB-INF/lib/") && e.getName().endsWith(".jar")) {
            warLibs.add(e.getName());
            driversIn(new ZipInputStream(war));
          }
        }
      }
      for (String name : entries) {
        if (name.startsWith("lib/") && name.endsWith(".jar")) {
          try (ZipInputStream jar = new ZipInputStream(stream(zip, name))) {
            driversIn(jar);
          }
        }
      }
      try (ZipInputStream domain = new ZipInputStream(stream(zip, "evidence-domain.jar"))) {
        for (ZipEntry e; (e = domain.getNextEntry()) != null; ) {
          if (e.getName().equals("META-INF/persistence.xml")) {
            persistenceXml = new String(domain.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
      }
    }
  }

  @Test
  void applicationXmlDeclaresTheEjbAndWebModules() {
    assertTrue(applicationXml.contains("version=\"10\""), applicationXml);
    assertTrue(applicationXml.contains("<ejb>evidence-domain.jar</ejb>"), applicationXml);
    assertTrue(applicationXml.contains("<web-uri>evidence.war</web-uri>"), applicationXml);
    assertTrue(applicationXml.contains("<context-root>/evidence</context-root>"), applicationXml);
    assertTrue(
        applicationXml.contains("<library-directory>lib</library-directory>"), applicationXml);
  }

  @Test
  void onlyTheTwoModulesAtTheTop() {
    List<String> top =
        entries.stream()
            .filter(n -> !n.contains("/") && (n.endsWith(".jar") || n.endsWith(".war")))
            .sorted()
            .collect(Collectors.toList());
    assertEquals(List.of("evidence-domain.jar", "evidence.war"), top);
  }

  @Test
  void theDriverMigrationsAndReportLibrariesAreInLib() {
    Map<String, String> lib = libraries();
    for (String needed :
        List.of(
            "postgresql",
            "flyway-core",
            "flyway-database-postgresql",
            "database",
            "jasperreports",
            "pdfbox",
            "bcpkix-jdk18on")) {
      assertTrue(lib.containsKey(needed), needed + " should be in lib/: " + lib.values());
    }
  }

  /**
   * The reports jar's beans use the domain's boundaries and entities, which classes in lib/ cannot
   * see (Payara loads lib/ in a class loader above the EJB module's); the web module sees both.
   */
  @Test
  void theReportsJarIsInTheWebModuleNotInLib() {
    assertTrue(
        !libraries().containsKey("evidence-reports"),
        "evidence-reports must not be in lib/: " + libraries().values());
    assertTrue(
        warLibs.stream().anyMatch(j -> artifactId(j).equals("evidence-reports")),
        "evidence-reports should be in the WAR's WEB-INF/lib: " + warLibs);
  }

  @Test
  void everyLibraryOnceAndTheDomainOnlyAsTheEjbModule() {
    Map<String, String> lib = libraries();
    List<String> problems = new ArrayList<>();
    for (String jar : warLibs) {
      String artifact = artifactId(jar);
      if (lib.containsKey(artifact)) {
        problems.add(jar + " is also in the EAR as " + lib.get(artifact));
      }
      if (artifact.equals("evidence-domain")) {
        problems.add(jar + " duplicates the EJB module evidence-domain.jar");
      }
    }
    if (lib.containsKey("evidence-domain")) {
      problems.add(lib.get("evidence-domain") + " duplicates the EJB module evidence-domain.jar");
    }
    assertTrue(
        problems.isEmpty(),
        "Libraries packaged twice (align the versions the web module and the EAR resolve; see"
            + " the dependencyManagement in evidence-ear/pom.xml):\n  "
            + String.join("\n  ", problems));
  }

  @Test
  void schemaGenerationStaysOff() {
    assertTrue(persistenceXml != null, "evidence-domain.jar has no META-INF/persistence.xml");
    assertTrue(
        persistenceXml.contains(
            "\"jakarta.persistence.schema-generation.database.action\" value=\"none\""),
        "JPA must not generate the schema; Flyway owns it:\n" + persistenceXml);
  }

  /** The JDBC drivers a jar registers; the stream is left open (it may be the WAR's). */
  private static void driversIn(ZipInputStream jar) throws IOException {
    for (ZipEntry e; (e = jar.getNextEntry()) != null; ) {
      if (e.getName().equals("META-INF/services/java.sql.Driver")) {
        for (String line : new String(jar.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String driver = line.replaceFirst("#.*", "").strip();
          if (!driver.isEmpty()) {
            jdbcDrivers.add(driver);
          }
        }
      }
    }
  }

  /** PostgreSQL is real everywhere: the deployable carries no other database's driver. */
  @Test
  void theOnlyJdbcDriverDeployedIsPostgreSqls() {
    assertEquals(Set.of("org.postgresql.Driver"), jdbcDrivers);
  }

  /** lib/ jars by artifact id; fails on two jars with one artifact id. */
  private static Map<String, String> libraries() {
    Map<String, String> lib = new TreeMap<>();
    for (String name : entries) {
      if (name.startsWith("lib/") && name.endsWith(".jar")) {
        String previous = lib.put(artifactId(name), name);
        assertTrue(previous == null, "two versions in lib/: " + previous + " and " + name);
      }
    }
    return lib;
  }

  /**
   * The jar's artifact id; for the Linux x86-64 natives that go beside a library's classes (OpenCV
   * and what it needs, for redaction), the artifact id with that classifier, a jar of its own.
   */
  private static String artifactId(String jarPath) {
    Matcher m = JAR.matcher(jarPath);
    assertTrue(m.matches(), "not a versioned jar name: " + jarPath);
    return m.group(2).endsWith(NATIVES) ? m.group(1) + NATIVES : m.group(1);
  }

  private static final String NATIVES = "-linux-x86_64";

  private static InputStream stream(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    assertTrue(entry != null, name + " is missing from " + ear);
    return zip.getInputStream(entry);
  }

  private static String text(ZipFile zip, String name) throws IOException {
    try (InputStream in = stream(zip, name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
