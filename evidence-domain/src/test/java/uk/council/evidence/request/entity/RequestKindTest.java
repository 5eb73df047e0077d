package uk.council.evidence.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RequestKindTest {

  @Test
  void referencesNameTheKindTheYearAndTheNumber() {
    assertEquals("SAR-2026-0042", RequestKind.SUBJECT_ACCESS.reference(2026, 42));
    assertEquals("FOI-2026-12345", RequestKind.FOI.reference(2026, 12_345));
    assertEquals("TPR-2027-0001", RequestKind.THIRD_PARTY.reference(2027, 1));
    assertThrows(IllegalArgumentException.class, () -> RequestKind.FOI.reference(2026, 0));
  }

  @Test
  void aReferenceIsReadBackInEitherCase() {
    assertEquals(RequestKind.SUBJECT_ACCESS, RequestKind.ofReference("sar-2026-0042"));
    assertEquals(RequestKind.THIRD_PARTY, RequestKind.ofReference(" TPR-2026-0003 "));
    assertNull(RequestKind.ofReference("BWV-2026-0003"), "a case");
    assertNull(RequestKind.ofReference("SAR-26-42"));
    assertNull(RequestKind.ofReference(null));
  }
}
