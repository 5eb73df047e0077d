package uk.council.evidence.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class EvidenceCaseTest {

  static final Instant NOW = CaseDetailsTest.NOW;

  static EvidenceCase opened() {
    return new EvidenceCase(
        EvidenceCase.reference(2026, 7),
        CaseDetails.check(
            CaseDetailsTest.typed("25/11/2026", "14:30", null, null, null),
            NOW,
            CaseDetailsTest.LONDON),
        "evidence.officer",
        NOW);
  }

  @Test
  void referencesCarryTheYearAndAtLeastFourDigits() {
    assertEquals("BWV-2026-0007", EvidenceCase.reference(2026, 7));
    assertEquals("BWV-2027-12345", EvidenceCase.reference(2027, 12345));
  }

  @Test
  void aNewCaseIsOpenAndMovesToThePoliceAndTheCps() {
    EvidenceCase c = opened();
    assertEquals(CaseStatus.OPEN, c.getStatus());
    c.moveTo(CaseStatus.WITH_POLICE);
    c.moveTo(CaseStatus.WITH_CPS);
    assertEquals(CaseStatus.WITH_CPS, c.getStatus());
  }

  @Test
  void closingIsNotAStatusMoveAndNeedsAReason() {
    EvidenceCase c = opened();
    assertThrows(InvalidInput.class, () -> c.moveTo(CaseStatus.CLOSED));
    InvalidInput noReason = assertThrows(InvalidInput.class, () -> c.close("eo", "  ", NOW));
    assertEquals("closeReason", noReason.field());
    assertEquals(CaseStatus.OPEN, c.getStatus(), "a refused close changes nothing");
    c.close("eo", " Caution accepted. ", NOW);
    assertTrue(c.isClosed());
    assertEquals("Caution accepted.", c.getCloseReason());
    assertEquals(NOW, c.getClosedAt().get());
  }

  @Test
  void aClosedCaseCannotBeChangedOrClosedAgain() {
    EvidenceCase c = opened();
    c.close("eo", "Done.", NOW);
    var details =
        CaseDetails.check(
            CaseDetailsTest.typed("25/11/2026", "15:00", null, null, null),
            NOW,
            CaseDetailsTest.LONDON);
    InvalidInput e = assertThrows(InvalidInput.class, () -> c.update(details));
    assertTrue(e.getMessage().contains("BWV-2026-0007 is closed"), e.getMessage());
    assertThrows(InvalidInput.class, () -> c.moveTo(CaseStatus.OPEN));
    assertThrows(InvalidInput.class, () -> c.close("eo", "Again.", NOW));
  }
}
