package uk.council.evidence.footage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaybackTest {

  static final Instant SHOWN = Instant.parse("2026-12-06T10:00:00Z");

  @Test
  void servesOnlyItsRecordingFromWhenItIsShownUntilItLapses() {
    var play = new Playback(7, SHOWN);
    assertTrue(play.serves(7, SHOWN));
    assertFalse(play.serves(8, SHOWN), "another recording");
    assertFalse(play.serves(7, SHOWN.minusSeconds(1)), "before it was issued");
    assertFalse(play.serves(7, SHOWN.plus(Duration.ofMinutes(10))), "never started in time");
    play.start();
    assertTrue(play.serves(7, SHOWN.plus(Duration.ofHours(3))), "a started play goes on");
    assertFalse(play.serves(7, SHOWN.plus(Duration.ofHours(4))), "but not for ever");
  }

  @Test
  void onlyTheFirstRequestIsAPlay() {
    var play = new Playback(7, SHOWN);
    assertTrue(play.start());
    assertFalse(play.start());
    assertFalse(play.start());
  }

  @Test
  void seekingWithinTwiceTheFileIsOnePlayButEachFurtherWholeFileIsAnother() {
    var play = new Playback(7, SHOWN);
    play.start();
    assertFalse(play.served(400, 1000));
    assertFalse(play.served(1000, 1000), "seeking back: 1,400 bytes");
    assertFalse(play.served(600, 1000), "exactly twice the file");
    assertTrue(play.served(1, 1000), "one byte past twice the file");
    assertFalse(play.served(999, 1000), "exactly three times");
    assertTrue(play.served(1000, 1000), "past three times");
    assertEquals(4000, play.bytesServed());
  }
}
