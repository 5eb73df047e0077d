package uk.council.evidence.staff.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  static final Instant T = Instant.parse("2026-12-06T10:00:00Z");
  static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(30));

  @Test
  void fiveFailuresLockTheAccountAgainstThatAddressOnly() {
    var throttle = new SignInThrottle(POLICY);
    for (int i = 1; i <= 4; i++) {
      assertFalse(throttle.failed("sam", "10.0.0.9", T));
    }
    assertTrue(throttle.failed("sam", "10.0.0.9", T), "the fifth locks");
    assertTrue(throttle.locked("sam", "10.0.0.9", T.plusSeconds(60)));
    assertFalse(throttle.locked("sam", "10.1.1.1", T.plusSeconds(60)), "Sam's own computer");
    assertFalse(throttle.locked("ella", "10.0.0.9", T.plusSeconds(60)), "another account");
    assertFalse(throttle.failed("sam", "10.0.0.9", T.plusSeconds(61)), "no longer while locked");
    assertFalse(throttle.locked("sam", "10.0.0.9", T.plus(Duration.ofMinutes(30))), "it lapses");
  }

  @Test
  void anAddressThatKeepsFailingWaitsLongerEachTime() {
    var throttle = new SignInThrottle(POLICY);
    for (int i = 0; i < SignInThrottle.FREE_FAILURES - 1; i++) {
      throttle.failed("user" + i, "10.0.0.9", T);
    }
    assertEquals(Optional.empty(), throttle.wait("10.0.0.9", T));
    throttle.failed("another", "10.0.0.9", T);
    assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.wait("10.0.0.9", T));
    throttle.failed("another", "10.0.0.9", T.plusSeconds(1));
    assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.wait("10.0.0.9", T.plusSeconds(1)));
    assertEquals(Optional.empty(), throttle.wait("10.0.0.9", T.plusSeconds(3)));
    assertEquals(Optional.empty(), throttle.wait("10.0.0.8", T), "other addresses go on");
  }

  @Test
  void delaysDoubleUpToAQuarterOfAnHour() {
    assertEquals(Duration.ZERO, SignInThrottle.delayAfter(SignInThrottle.FREE_FAILURES - 1));
    assertEquals(Duration.ofSeconds(1), SignInThrottle.delayAfter(SignInThrottle.FREE_FAILURES));
    assertEquals(
        Duration.ofSeconds(8), SignInThrottle.delayAfter(SignInThrottle.FREE_FAILURES + 3));
    assertEquals(SignInThrottle.LONGEST_DELAY, SignInThrottle.delayAfter(1_000));
  }

  @Test
  void aQuietWindowOrASuccessStartsAfresh() {
    var throttle = new SignInThrottle(POLICY);
    for (int i = 0; i < SignInThrottle.FREE_FAILURES + 3; i++) {
      throttle.failed("x", "10.0.0.9", T);
    }
    assertTrue(throttle.wait("10.0.0.9", T).isPresent());
    assertEquals(Optional.empty(), throttle.wait("10.0.0.9", T.plus(Duration.ofMinutes(16))));
    for (int i = 0; i < 4; i++) {
      throttle.failed("sam", "10.0.0.7", T);
    }
    throttle.succeeded("sam", "10.0.0.7");
    assertFalse(throttle.failed("sam", "10.0.0.7", T), "counting starts again");
  }

  @Test
  void anAdministratorsUnlockFreesTheAccountEverywhere() {
    var throttle = new SignInThrottle(POLICY);
    for (int i = 0; i < 5; i++) {
      throttle.failed("sam", "10.0.0.9", T);
      throttle.failed("sam", "10.0.0.8", T);
    }
    throttle.unlock("sam");
    assertFalse(throttle.locked("sam", "10.0.0.9", T));
    assertFalse(throttle.locked("sam", "10.0.0.8", T));
  }
}
