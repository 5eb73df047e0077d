package uk.council.evidence.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.council.evidence.audit.entity.AuditChain;
import uk.council.evidence.platform.control.SqlValues;
import uk.council.evidence.platform.entity.InstantColumns;

class InstantColumnsTest {

  /** Past the half microsecond, where rounding and cutting part. */
  private static final Instant LATE_IN_ITS_MICROSECOND =
      Instant.parse("2026-12-06T21:56:14.123456789Z");

  @Test
  void anEntityTimeIsStoredToTheMicrosecondTheAuditChainKeeps() {
    Instant stored =
        new InstantColumns().convertToDatabaseColumn(LATE_IN_ITS_MICROSECOND).toInstant();
    assertEquals(Instant.parse("2026-12-06T21:56:14.123456Z"), stored);
    assertEquals(AuditChain.storable(LATE_IN_ITS_MICROSECOND), stored);
  }

  @Test
  void aNativeSqlTimeIsCutTheSameWay() {
    assertEquals(
        Instant.parse("2026-12-06T21:56:14.123456Z"),
        SqlValues.utc(LATE_IN_ITS_MICROSECOND).toInstant());
  }
}
