package uk.council.evidence.retention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeletionRecordTest {

  static final Instant DUE = Instant.parse("2026-11-26T10:00:00Z");

  static DeletionRecord deletedAt(Instant deleted) {
    return new DeletionRecord(
        7,
        "VB4-000102",
        null,
        null,
        Instant.parse("2026-10-26T10:00:00Z"),
        Instant.parse("2026-10-26T10:05:00Z"),
        Instant.parse("2026-10-26T18:00:00Z"),
        1_000,
        "0".repeat(64),
        "due: recorded start + 31 days",
        DUE,
        deleted);
  }

  @Test
  void aDeletionUpToAnHourAfterItsDueTimeIsOnTimeAndLaterIsLate() {
    assertEquals(Duration.ofHours(1), DeletionRecord.LATE_AFTER);
    assertFalse(deletedAt(DUE).isLate());
    assertFalse(deletedAt(DUE.plus(Duration.ofHours(1))).isLate(), "exactly an hour is on time");
    assertTrue(deletedAt(DUE.plus(Duration.ofHours(1)).plusSeconds(1)).isLate());
  }

  @Test
  void aPeriodIsCompleteWhenEveryRecordItHoldsIsListed() {
    List<DeletionRecord> two = List.of(deletedAt(DUE), deletedAt(DUE.plusSeconds(5)));
    assertTrue(new DeletionsInPeriod(two, 2).complete());
    assertFalse(new DeletionsInPeriod(two, 3).complete());
    assertTrue(new DeletionsInPeriod(List.of(), 0).complete());
  }
}
