package uk.council.evidence.footage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class RecordedTimesTest {

  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void aRecordingThatEndedBeforeNowIsAccepted() {
    var times = RecordedTimes.of(NOW.minusSeconds(90), NOW.minusSeconds(30), NOW);
    assertEquals(NOW.minusSeconds(90), times.start());
  }

  @Test
  void theEndMustComeAfterTheStart() {
    var e =
        assertThrows(
            InvalidInput.class,
            () -> RecordedTimes.of(NOW.minusSeconds(10), NOW.minusSeconds(10), NOW));
    assertTrue(e.getMessage().contains("is not after the start"));
    assertThrows(
        InvalidInput.class,
        () -> RecordedTimes.of(NOW.minusSeconds(10), NOW.minusSeconds(20), NOW));
  }

  @Test
  void aCameraClockAFewMinutesFastIsToleratedButNoMore() {
    RecordedTimes.of(NOW, NOW.plus(RecordedTimes.CLOCK_TOLERANCE), NOW);
    var e =
        assertThrows(
            InvalidInput.class,
            () ->
                RecordedTimes.of(NOW, NOW.plus(RecordedTimes.CLOCK_TOLERANCE).plusSeconds(1), NOW));
    assertTrue(e.getMessage().contains("in the future"));
  }

  @Test
  void noRecordingLastsMoreThanADay() {
    Instant start = Instant.parse("2026-11-20T08:00:00Z");
    Instant now = Instant.parse("2026-11-25T08:00:00Z");
    RecordedTimes.of(start, start.plus(RecordedTimes.LONGEST), now);
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            uk.council.evidence.platform.entity.InvalidInput.class,
            () -> RecordedTimes.of(start, start.plus(RecordedTimes.LONGEST).plusSeconds(1), now));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("more than 24 hours apart"), e.getMessage());
  }

  @Test
  void bothTimesAreNeeded() {
    assertThrows(InvalidInput.class, () -> RecordedTimes.of(null, NOW, NOW));
    assertThrows(InvalidInput.class, () -> RecordedTimes.of(NOW, null, NOW));
  }
}
