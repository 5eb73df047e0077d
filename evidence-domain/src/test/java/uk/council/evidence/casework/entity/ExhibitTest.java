package uk.council.evidence.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class ExhibitTest {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  static Exhibit exhibit() {
    return new Exhibit(
        1, 42, new ExhibitReference("JS", 1), "jo", "Jo Smith", 9, " The push. ", NOW);
  }

  @Test
  void anExhibitKeepsItsReferenceAndTrimmedDescription() {
    Exhibit e = exhibit();
    assertEquals("JS/1", e.getReference().toString());
    assertEquals("The push.", e.getDescription());
    assertEquals(9L, e.getHoldId().get());
    assertFalse(e.isRemoved());
  }

  @Test
  void aDescriptionIsRequiredAndLimited() {
    assertEquals(
        "exhibitDescription",
        assertThrows(InvalidInput.class, () -> Exhibit.checkDescription(" ")).field());
    assertThrows(
        InvalidInput.class,
        () -> Exhibit.checkDescription("x".repeat(Exhibit.MAX_DESCRIPTION + 1)));
    assertEquals(
        Exhibit.MAX_DESCRIPTION,
        Exhibit.checkDescription("x".repeat(Exhibit.MAX_DESCRIPTION)).length());
  }

  @Test
  void removalNeedsAReasonAndHappensOnce() {
    Exhibit e = exhibit();
    assertEquals(
        "removeReason", assertThrows(InvalidInput.class, () -> e.remove("eo", "", NOW)).field());
    assertFalse(e.isRemoved(), "a refused removal changes nothing");
    e.remove("eo", "Duplicate.", NOW);
    assertTrue(e.isRemoved());
    assertEquals("Duplicate.", e.getRemoveReason());
    assertThrows(InvalidInput.class, () -> e.remove("eo", "Again.", NOW));
  }
}
