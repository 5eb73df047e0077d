package uk.council.evidence.reports.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditChain;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.audit.entity.ChainVerification;

/** A chain of audit events built the way the audit log builds it, for tests. */
final class AuditTrail {

  private final List<AuditEvent> events = new ArrayList<>();

  /** Appends an event after the last one. */
  AuditEvent append(AuditEntry entry) {
    long previousSeq = events.isEmpty() ? 0 : events.get(events.size() - 1).getSeq();
    String previousHash =
        events.isEmpty() ? AuditChain.GENESIS : events.get(events.size() - 1).getHash();
    AuditEvent event = new AuditEvent(previousSeq, previousHash, entry);
    events.add(event);
    return event;
  }

  AuditEvent append(
      String actor,
      AuditAction action,
      String targetType,
      String targetId,
      String details,
      String address,
      Instant at) {
    return append(new AuditEntry(actor, action, targetType, targetId, details, address, at));
  }

  List<AuditEvent> all() {
    return List.copyOf(events);
  }

  /** The events with {@code from <= occurredAt < to}, in sequence order. */
  List<AuditEvent> between(Instant from, Instant to) {
    return events.stream()
        .filter(e -> !e.getOccurredAt().isBefore(from) && e.getOccurredAt().isBefore(to))
        .toList();
  }

  /** What the audit log's verifier says of the whole chain. */
  ChainVerification verify() {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    events.forEach(verifier::accept);
    return verifier.result();
  }
}
