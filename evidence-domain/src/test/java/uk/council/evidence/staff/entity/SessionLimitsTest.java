package uk.council.evidence.staff.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

  static final SessionLimits LIMITS =
      new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(10));
  static final Instant SIGNED_IN = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void aSessionInUseWithinBothLimitsGoesOn() {
    Instant lastSeen = SIGNED_IN.plus(Duration.ofHours(2));
    assertEquals(
        Optional.empty(), LIMITS.endAt(SIGNED_IN, lastSeen, lastSeen.plusSeconds(29 * 60 + 59)));
  }

  @Test
  void aSessionEndsWhenIdleForTheWholeIdleLimit() {
    Instant lastSeen = SIGNED_IN.plus(Duration.ofHours(2));
    assertEquals(
        Optional.of(SessionEnd.IDLE),
        LIMITS.endAt(SIGNED_IN, lastSeen, lastSeen.plus(Duration.ofMinutes(30))));
  }

  @Test
  void aBusySessionStillEndsAtItsLifetime() {
    Instant now = SIGNED_IN.plus(Duration.ofHours(10));
    assertEquals(
        Optional.of(SessionEnd.LIFETIME), LIMITS.endAt(SIGNED_IN, now.minusSeconds(5), now));
    assertEquals(
        Optional.empty(), LIMITS.endAt(SIGNED_IN, now.minusSeconds(5), now.minusSeconds(1)));
  }

  @Test
  void whenBothHaveRunOutTheLifetimeIsNamed() {
    Instant now = SIGNED_IN.plus(Duration.ofHours(11));
    assertEquals(
        Optional.of(SessionEnd.LIFETIME),
        LIMITS.endAt(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(1)), now));
  }

  @Test
  void itEndsAtTheEarlierOfTheTwoLimits() {
    assertEquals(
        SIGNED_IN.plus(Duration.ofMinutes(40)),
        LIMITS.endsAt(SIGNED_IN, SIGNED_IN.plus(Duration.ofMinutes(10))));
    assertEquals(
        SIGNED_IN.plus(Duration.ofHours(10)),
        LIMITS.endsAt(SIGNED_IN, SIGNED_IN.plus(Duration.ofMinutes(9 * 60 + 50))));
  }

  @Test
  void theLastSeenTimeIsWrittenAtMostOnceAMinute() {
    Instant lastSeen = SIGNED_IN.plus(Duration.ofHours(1));
    assertFalse(LIMITS.worthRecording(lastSeen, lastSeen.plusSeconds(59)));
    assertTrue(LIMITS.worthRecording(lastSeen, lastSeen.plusSeconds(60)));
  }

  @Test
  void aShortIdleLimitIsKeptMorePrecisely() {
    SessionLimits tight = new SessionLimits(Duration.ofMinutes(1), Duration.ofHours(1));
    Instant lastSeen = SIGNED_IN.plusSeconds(10);
    assertFalse(tight.worthRecording(lastSeen, lastSeen.plusSeconds(1)));
    assertTrue(tight.worthRecording(lastSeen, lastSeen.plusSeconds(2)));
  }

  @Test
  void limitsThatCannotWorkAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SessionLimits(Duration.ZERO, Duration.ofHours(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SessionLimits(Duration.ofHours(2), Duration.ofHours(1)));
  }
}
