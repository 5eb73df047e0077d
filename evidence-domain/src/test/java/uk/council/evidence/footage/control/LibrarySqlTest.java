package uk.council.evidence.footage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.footage.entity.LibraryQuery;
import uk.council.evidence.footage.entity.LibraryQuery.Attribution;
import uk.council.evidence.footage.entity.LibraryQuery.Sort;
import uk.council.evidence.footage.entity.Viewer;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.Role;

class LibrarySqlTest {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  static final Instant MORNING = Instant.parse("2026-11-20T08:00:00Z");
  static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

  @Test
  void anEvidenceOfficersUnfilteredSearchHasNoConditionAndIsNewestFirst() {
    var sql = LibrarySql.of(LibraryQuery.everything(), viewer(Role.EVIDENCE_OFFICER), NOW);
    assertFalse(sql.select().contains("WHERE"));
    assertTrue(
        sql.select().contains("ORDER BY r.recorded_start DESC, r.id DESC LIMIT 25 OFFSET 0"));
    assertTrue(sql.count().endsWith("LIMIT 10001) matches"));
    assertEquals(List.of(), sql.parameters());
  }

  @Test
  void aCameraUsersSearchIsLimitedToTheirOwnFootage() {
    var sql = LibrarySql.of(LibraryQuery.everything(), viewer(Role.CAMERA_USER), NOW);
    assertTrue(sql.select().contains("WHERE (r.wearer_id = ?1)"));
    assertTrue(sql.count().contains("WHERE (r.wearer_id = ?1)"));
    assertEquals(List.of(7L), sql.parameters());
  }

  @Test
  void aSupervisorsScopeIsTheirOwnTheirAreaAndPooledUnattributedFootage() {
    var sql = LibrarySql.of(LibraryQuery.everything(), viewer(Role.SUPERVISOR), NOW);
    assertTrue(
        sql.select()
            .contains(
                "WHERE (r.wearer_id = ?1 OR r.service_area_id = ?2"
                    + " OR (r.wearer_id IS NULL AND r.service_area_id IS NULL))"));
    assertEquals(List.of(7L, 3L), sql.parameters());
  }

  @Test
  void someoneWithNoFootageRoleSeesNothing() {
    var sql = LibrarySql.of(LibraryQuery.everything(), new Viewer(7, null, Set.of()), NOW);
    assertTrue(sql.select().contains("WHERE FALSE"));
  }

  @Test
  void everyFilterIsABoundParameterAndThePageMovesTheOffset() {
    var query =
        new LibraryQuery(MORNING, NOON, 11L, 12L, 13L, Attribution.ATTRIBUTED, 7, Sort.OLDEST, 3);
    var sql = LibrarySql.of(query, viewer(Role.DPO), NOW);
    assertTrue(
        sql.select()
            .contains(
                "WHERE r.recorded_start >= ?1 AND r.recorded_start < ?2 AND r.wearer_id = ?3"
                    + " AND r.camera_id = ?4 AND r.service_area_id = ?5"
                    + " AND r.wearer_id IS NOT NULL AND r.deletion_due_at < ?6"),
        sql.select());
    assertTrue(sql.select().endsWith("ORDER BY r.recorded_start, r.id LIMIT 25 OFFSET 50"));
    assertEquals(OffsetDateTime.parse("2026-11-20T08:00:00Z"), sql.parameters().get(0));
    assertEquals(OffsetDateTime.parse("2026-12-03T10:00:00Z"), sql.parameters().get(5));
  }

  @Test
  void dueSoonestSortsByTheDeletionDate() {
    var query =
        new LibraryQuery(
            null, null, null, null, null, Attribution.UNATTRIBUTED, null, Sort.DUE_SOONEST, 1);
    var sql = LibrarySql.of(query, viewer(Role.ADMIN), NOW);
    assertTrue(sql.select().contains("WHERE r.wearer_id IS NULL ORDER BY r.deletion_due_at, r.id"));
  }

  @Test
  void aRangeThatEndsBeforeItStartsAndANegativeDueWindowAreBothNamed() {
    var e =
        assertThrows(
            InvalidInput.class,
            () -> new LibraryQuery(NOON, MORNING, null, null, null, null, -1, null, 1));
    assertEquals(2, e.problems().size());
    assertEquals("to", e.problems().get(0).field());
    assertEquals("dueWithin", e.problems().get(1).field());
  }

  static Viewer viewer(Role role) {
    return new Viewer(7, 3L, Set.of(role));
  }
}
