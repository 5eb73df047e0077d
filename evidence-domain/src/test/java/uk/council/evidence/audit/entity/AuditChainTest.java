package uk.council.evidence.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  static final Instant T0 = Instant.parse("2026-11-23T09:15:30.123456789Z");

  static List<AuditEvent> chainOf(int n) {
    List<AuditEvent> events = new ArrayList<>();
    long seq = 0;
    String hash = AuditChain.GENESIS;
    for (int i = 0; i < n; i++) {
      AuditEntry entry =
          new AuditEntry(
              "user" + i,
              AuditAction.LOGIN_SUCCEEDED,
              "staff",
              "" + i,
              "d" + i,
              "10.0.0.1",
              T0.plusSeconds(i));
      AuditEvent e = new AuditEvent(seq, hash, entry);
      events.add(e);
      seq = e.getSeq();
      hash = e.getHash();
    }
    return events;
  }

  /**
   * Verifies the events as entities and as plain columns (as the walk over the table reads them),
   * and checks that both say the same.
   */
  static ChainVerification verify(List<AuditEvent> events) {
    var v = new AuditChain.Verifier();
    events.forEach(v::accept);
    var columns = new AuditChain.Verifier();
    events.forEach(
        e ->
            columns.accept(
                e.getSeq(),
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getTargetType(),
                e.getTargetId(),
                e.getDetails(),
                e.getSourceAddress(),
                e.getPreviousHash(),
                e.getHash()));
    assertEquals(v.result(), columns.result());
    return v.result();
  }

  @Test
  void anUntouchedChainIsIntact() {
    List<AuditEvent> events = chainOf(5);
    ChainVerification result = verify(events);
    assertTrue(result.intact(), result.summary());
    assertEquals(5, result.eventsChecked());
    assertEquals(5, result.lastGoodSeq());
    assertEquals(events.get(4).getHash(), result.lastGoodHash());
  }

  @Test
  void anEmptyChainIsIntact() {
    assertTrue(verify(List.of()).intact());
  }

  @Test
  void hashIgnoresNanosecondsPostgresCannotKeep() {
    AuditEntry a = AuditEntry.of("x", AuditAction.LOGOUT, null, null, T0);
    AuditEntry b = AuditEntry.of("x", AuditAction.LOGOUT, null, null, T0.plusNanos(1));
    assertEquals(
        AuditChain.hash(1, AuditChain.GENESIS, a), AuditChain.hash(1, AuditChain.GENESIS, b));
  }

  @Test
  void fieldBoundariesCannotBeShiftedToForgeAHash() {
    AuditEntry a = new AuditEntry("ab", AuditAction.LOGOUT, "c", null, "", null, T0);
    AuditEntry b = new AuditEntry("a", AuditAction.LOGOUT, "bc", null, "", null, T0);
    AuditEntry nullVersusEmpty = new AuditEntry("ab", AuditAction.LOGOUT, "c", "", "", null, T0);
    String ha = AuditChain.hash(1, AuditChain.GENESIS, a);
    assertNotEquals(ha, AuditChain.hash(1, AuditChain.GENESIS, b));
    assertNotEquals(ha, AuditChain.hash(1, AuditChain.GENESIS, nullVersusEmpty));
  }

  @Test
  void anAlteredRowIsNamed() {
    List<AuditEvent> events = chainOf(6);
    AuditEvent original = events.get(3);
    AuditEntry altered =
        new AuditEntry(
            "someone-else",
            AuditAction.LOGIN_SUCCEEDED,
            "staff",
            "3",
            "d3",
            "10.0.0.1",
            original.getOccurredAt());
    events.set(3, AuditEvent.asStored(4, original.getPreviousHash(), original.getHash(), altered));
    ChainVerification result = verify(events);
    assertFalse(result.intact());
    assertEquals(4, result.firstBreak().seq());
    assertEquals(3, result.lastGoodSeq());
    assertTrue(result.summary().contains("Broken at event 4"), result.summary());
    assertTrue(result.firstBreak().problem().contains("altered"));
  }

  @Test
  void aRowRehashedAfterEditingBreaksTheNextLink() {
    List<AuditEvent> events = chainOf(6);
    AuditEvent original = events.get(2);
    AuditEntry altered =
        new AuditEntry(
            "forger",
            AuditAction.LOGIN_SUCCEEDED,
            "staff",
            "2",
            "d2",
            "10.0.0.1",
            original.getOccurredAt());
    // A forger who recomputes the edited row's own hash still breaks the link from the next.
    events.set(2, new AuditEvent(2, original.getPreviousHash(), altered));
    ChainVerification result = verify(events);
    assertEquals(4, result.firstBreak().seq());
    assertTrue(result.firstBreak().problem().contains("previous-hash"));
  }

  @Test
  void aDeletedRowShowsAsAGap() {
    List<AuditEvent> events = chainOf(6);
    events.remove(2);
    ChainVerification result = verify(events);
    assertEquals(4, result.firstBreak().seq());
    assertTrue(result.firstBreak().problem().contains("event 3 is missing"));
  }

  @Test
  void severalDeletedRowsShowAsOneGap() {
    List<AuditEvent> events = chainOf(6);
    events.remove(3);
    events.remove(2);
    ChainVerification result = verify(events);
    assertEquals(5, result.firstBreak().seq());
    assertTrue(result.firstBreak().problem().contains("events 3 to 4 are missing"));
  }

  @Test
  void laterEventsAreCountedButTheFirstBreakIsKept() {
    List<AuditEvent> events = chainOf(6);
    events.remove(4);
    events.remove(1);
    ChainVerification result = verify(events);
    assertEquals(3, result.firstBreak().seq());
    assertEquals(4, result.eventsChecked());
  }
}
