package uk.council.evidence.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClipTest {

  private static Clip cut(ClipRange asked, Duration start, Duration end) {
    return new Clip(1, 2, "a".repeat(64), 1_000, asked, start, end, "jo.smith", Instant.EPOCH);
  }

  @Test
  void aClipFromTheKeyFrameBeforeSaysWhatWasAskedFor() {
    Clip clip =
        cut(
            new ClipRange(Duration.ofSeconds(5), Duration.ofSeconds(12)),
            Duration.ZERO,
            Duration.ofMillis(12_100));
    assertEquals("0:00 to 0:12.1 (asked for 0:05 to 0:12)", clip.getRangeAndAsked());
    assertEquals("0:00 to 0:12.1", clip.getRange());
  }

  @Test
  void aClipCutExactlyAsAskedSaysItOnce() {
    Clip clip =
        cut(
            new ClipRange(Duration.ofSeconds(4), Duration.ofSeconds(12)),
            Duration.ofSeconds(4),
            Duration.ofSeconds(12));
    assertEquals("0:04 to 0:12", clip.getRangeAndAsked());
  }
}
