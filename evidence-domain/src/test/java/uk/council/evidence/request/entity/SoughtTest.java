package uk.council.evidence.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class SoughtTest {

  static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
  static final Instant FROM = Instant.parse("2026-12-01T09:00:00Z");
  static final Instant UNTIL = Instant.parse("2026-12-01T09:30:00Z");

  @Test
  void aWindowAndAPlaceAreEnoughAndTheSearchLooksHalfAnHourEitherSide() {
    Sought s = Sought.of(FROM, UNTIL, " Market Street car park ", " ", null, null, null, NOW);
    assertEquals("Market Street car park", s.place());
    assertNull(s.person(), "blank is none");
    assertEquals(Instant.parse("2026-12-01T08:30:00Z"), s.searchFrom());
    assertEquals(Instant.parse("2026-12-01T10:00:00Z"), s.searchUntil());
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    var e =
        assertThrows(
            InvalidInput.class, () -> Sought.of(UNTIL, FROM, "", null, null, null, null, NOW));
    assertEquals(2, e.problems().size(), e.problems().toString());
    assertTrue(e.getMessage().contains("after its start"), e.getMessage());
  }

  @Test
  void aWindowMissingAnEndInTheFutureOrTooLongIsRefused() {
    assertEquals(
        "until",
        assertThrows(
                InvalidInput.class,
                () -> Sought.of(FROM, null, "Here", null, null, null, null, NOW))
            .field());
    assertEquals(
        "from",
        assertThrows(
                InvalidInput.class,
                () ->
                    Sought.of(
                        NOW.plusSeconds(60),
                        NOW.plusSeconds(120),
                        "Here",
                        null,
                        null,
                        null,
                        null,
                        NOW))
            .field());
    assertEquals(
        "until",
        assertThrows(
                InvalidInput.class,
                () ->
                    Sought.of(
                        FROM.minusSeconds(8 * 86_400), FROM, "Here", null, null, null, null, NOW))
            .field());
    assertEquals(
        "details",
        assertThrows(
                InvalidInput.class,
                () -> Sought.of(FROM, UNTIL, "Here", null, null, null, "x".repeat(2001), NOW))
            .field());
  }
}
