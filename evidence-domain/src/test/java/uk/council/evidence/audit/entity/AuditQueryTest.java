package uk.council.evidence.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class AuditQueryTest {

  @Test
  void blanksMeanAnyAndActionsAreNamedAsTheLogNamesThem() {
    var q = new AuditQuery(" ", "footage played", "", null, null, null);
    assertNull(q.actor());
    assertEquals("FOOTAGE_PLAYED", q.action());
    assertNull(q.targetType());
    assertTrue(q.filtered());
    assertFalse(AuditQuery.everything().filtered());
    assertEquals("every event", AuditQuery.everything().describe());
  }

  @Test
  void anActionIsFoundByItsLabelAndDescribedByIt() {
    var q = new AuditQuery("camera.user", "Signed in", null, null, null, null);
    assertEquals("LOGIN_SUCCEEDED", q.action());
    assertEquals("by camera.user, action \u2018signed in\u2019", q.describe());
    assertEquals("case opened", AuditAction.CASE_OPENED.label());
    assertEquals("NO_SUCH_ACTION", AuditAction.labelOf("NO_SUCH_ACTION"));
  }

  @Test
  void daysAreWholeUkDaysBothIncluded() {
    // 29 March 2026: the clocks go forward at 01:00 UTC, after the day has begun in GMT.
    var q =
        new AuditQuery(null, null, null, null, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 6, 1));
    assertEquals(Instant.parse("2026-03-29T00:00:00Z"), q.fromInstant());
    assertEquals(Instant.parse("2026-06-01T23:00:00Z"), q.untilInstant());
    assertEquals("from 29 March 2026, to 1 June 2026", q.describe());
  }

  @Test
  void eachBadFilterIsNamed() {
    var e =
        assertThrows(
            InvalidInput.class,
            () ->
                new AuditQuery(
                    "x".repeat(65),
                    "NOT_AN_ACTION",
                    null,
                    "12",
                    LocalDate.of(2026, 12, 2),
                    LocalDate.of(2026, 12, 1)));
    assertEquals(
        List.of("who", "action", "aboutId", "to"),
        e.problems().stream().map(InvalidInput.Problem::field).toList());
  }
}
