package uk.council.evidence.retention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;

class HoldTest {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  static final ZoneId UK = CouncilTime.ZONE;

  @Test
  void aHoldStopsDeletionUntilItIsReleasedByANamedPersonWithAReason() {
    var hold = new Hold(1, HoldKind.EVIDENCE, "CASE-12", "Assault on a warden", "eo", NOW, UK);
    assertTrue(hold.isActiveAt(NOW.plusSeconds(86_400 * 400)), "evidence holds do not lapse");
    var e = assertThrows(InvalidInput.class, () -> hold.release("dpo", "  ", NOW.plusSeconds(60)));
    assertEquals("releaseReason", e.field());
    hold.release("dpo", "Case closed: no further action", NOW.plusSeconds(60));
    assertFalse(hold.isActiveAt(NOW.plusSeconds(61)));
    assertEquals("dpo", hold.getReleasedBy());
    assertThrows(InvalidInput.class, () -> hold.release("dpo", "again", NOW.plusSeconds(90)));
  }

  @Test
  void aKeepForReviewHoldLapsesAfterFourteenDays() {
    var hold = new Hold(1, HoldKind.REVIEW, "SUP-3", "Possible complaint", "supervisor", NOW, UK);
    assertEquals(Instant.parse("2026-12-10T10:00:00Z"), hold.getExpiresAt().orElseThrow());
    assertTrue(hold.isActiveAt(Instant.parse("2026-12-10T09:59:59Z")));
    assertFalse(hold.isActiveAt(Instant.parse("2026-12-10T10:00:00Z")));
  }

  @Test
  void aHoldNeedsAKindAReferenceAndAReasonAndSaysSoAllAtOnce() {
    var e = assertThrows(InvalidInput.class, () -> new Hold(1, null, " ", "", "eo", NOW, UK));
    assertEquals(3, e.problems().size());
  }

  @Test
  void releasingTheLastHoldLeavesAtLeastTheGracePeriod() {
    var rule = RetentionRule.DEFAULT;
    Instant longGone = Instant.parse("2026-09-01T10:00:00Z");
    assertEquals(Instant.parse("2026-12-03T10:00:00Z"), rule.dueAfterHolds(longGone, NOW));
    Instant later = Instant.parse("2027-01-01T10:00:00Z");
    assertEquals(later, rule.dueAfterHolds(later, NOW), "a later due date stands");
  }
}
