package uk.council.evidence.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each component owns its tables, and no component's SQL names another's: a lower component learns
 * what it needs through an interface or an event, an upper one through a boundary call. This reads
 * the SQL in every string of the domain's main code and the tables the migrations create.
 */
class ComponentTablesTest {

  static final Path SOURCES = Path.of("src/main/java/uk/council/evidence");
  static final Path MIGRATIONS = Path.of("../database/src/main/resources/db/migration");

  static final Map<String, Set<String>> OWNED =
      Map.of(
          "staff",
          Set.of("staff_member", "staff_role", "service_area", "staff_session", "role_grant"),
          "audit",
          Set.of("audit_event"),
          "device",
          Set.of("camera", "camera_assignment", "dock"),
          "footage",
          Set.of("recording", "recording_note", "fixity_progress", "fixity_result"),
          "retention",
          Set.of("recording_hold", "deletion_record", "retention_category"),
          "casework",
          Set.of(
              "evidence_case",
              "exhibit",
              "case_note",
              "clip",
              "disclosure_package",
              "disclosure_file",
              "package_build"),
          "request",
          Set.of(
              "bank_holiday_file",
              "bank_holiday_added",
              "request_number",
              "footage_request",
              "request_pause",
              "request_recording",
              "request_document",
              "request_letter",
              "request_complaint",
              "redaction",
              "redaction_job"),
          "accreditation",
          Set.of(
              "code_principle",
              "code_question",
              "principle_statement",
              "review_action",
              "governance_document",
              "training_record",
              "review_signoff",
              "area_purpose",
              "sharing_agreement",
              "notice_review",
              "review_job"));

  /**
   * The components from the bottom up: a component may read the published views of those before it,
   * as it may call their boundaries.
   */
  static final List<String> ORDER =
      List.of(
          "platform",
          "audit",
          "staff",
          "access",
          "device",
          "footage",
          "retention",
          "casework",
          "request",
          "accreditation");

  /** Views a component publishes for those above it to read (V12): never written through. */
  static final Map<String, String> PUBLISHED =
      Map.of(
          "staff_name", "staff",
          "area_name", "staff",
          "camera_serial", "device",
          "recording_owner", "footage",
          "recording_retention", "footage");

  static final Pattern STRING = Pattern.compile("\"([^\"\\\\\n]*+(?:\\\\.[^\"\\\\\n]*+)*+)\"");
  static final Pattern TABLE_USE =
      Pattern.compile("\\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\\s+([a-z_]+)\\b");
  static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE\\s+([a-z_]+)");
  static final Pattern CREATE_VIEW = Pattern.compile("CREATE VIEW\\s+([a-z_]+)");
  static final Pattern VIEW_WRITE = Pattern.compile("\\b(?:UPDATE|INTO|TABLE)\\s+([a-z_]+)\\b");

  @Test
  void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
    Set<String> owned =
        OWNED.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(created(CREATE_TABLE), owned, "give every table one owning component here");
  }

  @Test
  void everyViewTheMigrationsCreateIsPublishedByAComponent() throws IOException {
    assertEquals(created(CREATE_VIEW), new TreeSet<>(PUBLISHED.keySet()));
    assertTrue(ORDER.containsAll(PUBLISHED.values()));
  }

  @Test
  void aPublishedViewIsReadOnlyFromAboveAndNeverWritten() throws IOException {
    Set<String> misuses = new TreeSet<>();
    forEachComponentsSql(
        (component, file, sql) -> {
          Matcher use = TABLE_USE.matcher(sql);
          while (use.find()) {
            String owner = PUBLISHED.get(use.group(1));
            if (owner != null && ORDER.indexOf(owner) >= ORDER.indexOf(component)) {
              misuses.add(component + "/" + file + " reads " + use.group(1) + " from below");
            }
          }
          Matcher write = VIEW_WRITE.matcher(sql);
          while (write.find()) {
            if (PUBLISHED.containsKey(write.group(1))) {
              misuses.add(component + "/" + file + " writes " + write.group(1));
            }
          }
        });
    assertEquals(Set.of(), misuses);
  }

  @Test
  void noComponentsSqlNamesAnotherComponentsTables() throws IOException {
    Map<String, String> ownerOf =
        OWNED.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(t -> Map.entry(t, e.getKey())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    Set<String> crossings = new TreeSet<>();
    forEachComponentsSql(
        (component, file, sql) -> {
          Matcher use = TABLE_USE.matcher(sql);
          while (use.find()) {
            String owner = ownerOf.get(use.group(1));
            if (owner != null && !owner.equals(component)) {
              crossings.add(component + "/" + file + " names " + use.group(1));
            }
          }
        });
    assertEquals(Set.of(), crossings);
  }

  /** What the migrations create, by the pattern's first group: tables or views. */
  private static Set<String> created(Pattern create) throws IOException {
    Set<String> created = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
        Matcher m = create.matcher(Files.readString(f));
        while (m.find()) {
          created.add(m.group(1));
        }
      }
    }
    return created;
  }

  interface SqlOfFile {
    void accept(String component, String fileName, CharSequence sql);
  }

  /** Every main source file's string literals, joined: the SQL it may run, with its component. */
  private static void forEachComponentsSql(SqlOfFile action) throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher literal = STRING.matcher(Files.readString(f));
        StringBuilder sql = new StringBuilder();
        while (literal.find()) {
          sql.append(literal.group(1)).append(' ');
        }
        action.accept(SOURCES.relativize(f).getName(0).toString(), f.getFileName().toString(), sql);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
