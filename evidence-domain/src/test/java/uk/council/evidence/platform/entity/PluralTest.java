package uk.council.evidence.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {

  @Test
  void oneIsSingularAndEveryOtherCountPlural() {
    assertEquals("1 recording", Plural.of(1, "recording"));
    assertEquals("0 recordings", Plural.of(0, "recording"));
    assertEquals("4 recordings", Plural.of(4, "recording"));
    assertEquals("1 active hold", Plural.of(1, "active hold"));
    assertEquals("2 active holds", Plural.of(2, "active hold"));
  }

  @Test
  void anIrregularPluralIsGivenAndLargeCountsAreGrouped() {
    assertEquals("1 copy", Plural.of(1, "copy", "copies"));
    assertEquals("3 copies", Plural.of(3, "copy", "copies"));
    assertEquals("12,345 events", Plural.of(12_345, "event"));
  }

  @Test
  void aWordAgreesWithItsCount() {
    assertEquals("was", Plural.word(1, "was", "were"));
    assertEquals("were", Plural.word(2, "was", "were"));
    assertEquals("were", Plural.word(0, "was", "were"));
  }
}
