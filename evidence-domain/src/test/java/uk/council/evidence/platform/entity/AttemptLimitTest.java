package uk.council.evidence.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptLimitTest {

  static final Instant T = Instant.parse("2026-12-06T10:00:00Z");

  @Test
  void allowsMaxAttemptsInAWindowThenSaysHowLongToWait() {
    var limit = new AttemptLimit(3, Duration.ofMinutes(1), 100);
    assertEquals(Optional.empty(), limit.attempt("a", T));
    assertEquals(Optional.empty(), limit.attempt("a", T.plusSeconds(10)));
    assertEquals(Optional.empty(), limit.attempt("a", T.plusSeconds(20)));
    assertEquals(Optional.of(Duration.ofSeconds(30)), limit.attempt("a", T.plusSeconds(30)));
    // The refused attempt was not counted: the first one leaves the window at T + 60 s.
    assertEquals(Optional.of(Duration.ofSeconds(1)), limit.attempt("a", T.plusSeconds(59)));
    assertEquals(Optional.empty(), limit.attempt("a", T.plusSeconds(60)));
    assertTrue(limit.attempt("a", T.plusSeconds(61)).isPresent());
  }

  @Test
  void eachKeyHasItsOwnCount() {
    var limit = new AttemptLimit(1, Duration.ofMinutes(1), 100);
    assertEquals(Optional.empty(), limit.attempt("a", T));
    assertTrue(limit.attempt("a", T).isPresent());
    assertEquals(Optional.empty(), limit.attempt("b", T));
  }

  @Test
  void remembersAtMostMaxKeysForgettingTheLeastRecentlyUsed() {
    var limit = new AttemptLimit(1, Duration.ofMinutes(1), 2);
    limit.attempt("a", T);
    limit.attempt("b", T);
    assertTrue(limit.attempt("a", T).isPresent(), "a is refused, and now the most recent");
    limit.attempt("c", T);
    assertEquals(Optional.empty(), limit.attempt("b", T), "b was forgotten for c");
    assertEquals(Optional.empty(), limit.attempt("a", T), "and a for b");
  }

  @Test
  void refusesANonsenseLimit() {
    assertThrows(
        IllegalArgumentException.class, () -> new AttemptLimit(0, Duration.ofMinutes(1), 1));
    assertThrows(IllegalArgumentException.class, () -> new AttemptLimit(1, Duration.ZERO, 1));
  }
}
