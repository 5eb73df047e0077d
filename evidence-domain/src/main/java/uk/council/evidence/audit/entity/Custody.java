package uk.council.evidence.audit.entity;

import java.util.List;

/**
 * A thing's audit trail read as a chain of custody: what happened to it (uploaded, viewed, played,
 * held, cut, exported, checked), apart from the attempts that were refused. A refusal is someone
 * not getting at the evidence, not something that happened to it: it is counted beside the chain,
 * never listed between its events.
 *
 * @param events the custody events, oldest first
 * @param refused the refused attempts ({@code ACCESS_DENIED}), oldest first
 */
public record Custody(List<AuditEvent> events, List<AuditEvent> refused) {

  public Custody {
    events = List.copyOf(events);
    refused = List.copyOf(refused);
  }

  /** Splits a trail (oldest first) into custody events and refused attempts. */
  public static Custody of(List<AuditEvent> trail) {
    return new Custody(
        trail.stream().filter(e -> !isRefusal(e)).toList(),
        trail.stream().filter(Custody::isRefusal).toList());
  }

  private static boolean isRefusal(AuditEvent e) {
    return AuditAction.ACCESS_DENIED.name().equals(e.getAction());
  }
}
