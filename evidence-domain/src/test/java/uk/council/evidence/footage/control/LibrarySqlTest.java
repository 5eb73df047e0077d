package uk.council.evidence.footage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.footage.entity.LibraryQuery;
import uk.council.evidence.footage.entity.LibraryQuery.Attribution;
import uk.council.evidence.footage.entity.LibraryQuery.Sort;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.Role;

class LibrarySqlTest {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  static final Instant MORNING = Instant.parse("2026-11-20T08:00:00Z");
  static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

  @Test
  void anEvidenceOfficersUnfilteredSearchSkipsOnlyWhatIsBeingDeletedAndIsNewestFirst() {
    var sql = LibrarySql.of(LibraryQuery.everything(), viewer(Role.EVIDENCE_OFFICER), NOW);
    assertTrue(sql.select().contains(" WHERE r.deleting_since IS NULL ORDER BY"), sql.select());
    assertTrue(
        sql.select().contains("ORDER BY r.recorded_start DESC, r.id DESC LIMIT 25 OFFSET 0"));
    assertTrue(sql.count().endsWith("LIMIT 10001) matches"));
    assertEquals(List.of(OffsetDateTime.parse("2026-11-26T10:00:00Z")), sql.parameters());
    assertEquals(List.of(), sql.countParameters(), "the count does not ask whether rows are held");
  }

  @Test
  void aCameraUsersSearchIsLimitedToTheirOwnFootage() {
    var sql = LibrarySql.of(LibraryQuery.everything(), viewer(Role.CAMERA_USER), NOW);
    assertTrue(sql.select().contains("WHERE r.deleting_since IS NULL AND (r.wearer_id = ?1)"));
    assertTrue(sql.count().contains("WHERE r.deleting_since IS NULL AND (r.wearer_id = ?1)"));
    assertEquals(List.of(7L), sql.countParameters());
  }

  @Test
  void aSupervisorsScopeIsTheirOwnTheirAreaAndPooledUnattributedFootage() {
    var sql = LibrarySql.of(LibraryQuery.everything(), viewer(Role.SUPERVISOR), NOW);
    assertTrue(
        sql.select()
            .contains(
                "WHERE r.deleting_since IS NULL AND (r.wearer_id = ?1 OR r.service_area_id = ?2"
                    + " OR (r.wearer_id IS NULL AND r.service_area_id IS NULL))"));
    assertEquals(List.of(7L, 3L), sql.countParameters());
  }

  @Test
  void someoneWithNoFootageRoleSeesNothing() {
    var sql =
        LibrarySql.of(LibraryQuery.everything(), new Caller("nobody", 7L, null, Set.of()), NOW);
    assertTrue(sql.select().contains("WHERE r.deleting_since IS NULL AND FALSE"));
  }

  @Test
  void everyFilterIsABoundParameterAndThePageMovesTheOffset() {
    var query =
        new LibraryQuery(MORNING, NOON, 11L, 12L, 13L, Attribution.ATTRIBUTED, 7, Sort.OLDEST, 3);
    var sql = LibrarySql.of(query, viewer(Role.DPO), NOW);
    assertTrue(
        sql.select()
            .contains(
                "WHERE r.deleting_since IS NULL AND r.recorded_start >= ?1 AND r.recorded_start < ?2 AND r.wearer_id = ?3"
                    + " AND r.camera_id = ?4 AND r.service_area_id = ?5"
                    + " AND r.wearer_id IS NOT NULL AND r.deletion_due_at < ?6"
                    + " AND (r.held_until IS NULL OR r.held_until <= ?7)"),
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
    assertTrue(
        sql.select()
            .contains(
                "WHERE r.deleting_since IS NULL AND r.wearer_id IS NULL"
                    + " ORDER BY r.deletion_due_at, r.id"));
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

  @Test
  void dueSoonCountsOnlyUnheldFootageInTheViewersScopePerWearerAndArea() {
    var sql = LibrarySql.dueSoon(viewer(Role.CAMERA_USER), NOW, 7);
    assertTrue(
        sql.select()
            .contains(
                "WHERE r.deleting_since IS NULL AND (r.wearer_id = ?1)"
                    + " AND r.deletion_due_at < ?2"
                    + " AND (r.held_until IS NULL OR r.held_until <= ?3)"),
        sql.select());
    assertTrue(sql.select().contains("GROUP BY r.wearer_id, w.display_name"));
    assertEquals(
        List.of(
            7L,
            OffsetDateTime.parse("2026-12-03T10:00:00Z"),
            OffsetDateTime.parse("2026-11-26T10:00:00Z")),
        sql.parameters());
  }

  @Test
  void aPageNumberBeyondTheCountedMatchesIsCapped() {
    var query = new LibraryQuery(null, null, null, null, null, null, null, null, 2_000_000_000);
    assertEquals(LibraryQuery.MAX_PAGE, query.page());
    assertTrue(query.offset() > 0);
  }

  static Caller viewer(Role role) {
    return new Caller("someone", 7L, 3L, Set.of(role));
  }
}
