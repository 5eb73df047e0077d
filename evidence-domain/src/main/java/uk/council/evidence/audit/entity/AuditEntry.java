package uk.council.evidence.audit.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * What someone asks the audit log to record, before it has a place in the chain.
 *
 * @param actor the username, or {@code dock:<name>} or {@code system}
 * @param action what happened
 * @param targetType the kind of thing it happened to, e.g. {@code staff}, {@code recording}
 * @param targetId which one
 * @param details free text or JSON with whatever else matters (never a password)
 * @param sourceAddress the client's IP address, where there is one
 * @param occurredAt when
 */
public record AuditEntry(
    String actor,
    AuditAction action,
    String targetType,
    String targetId,
    String details,
    String sourceAddress,
    Instant occurredAt) {

  public AuditEntry {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(occurredAt, "occurredAt");
    details = details == null ? "" : details;
    if (actor.isBlank() || actor.length() > 120) {
      throw new IllegalArgumentException("actor must be 1 to 120 characters");
    }
  }

  /** An event about a target, without a client address. */
  public static AuditEntry of(
      String actor, AuditAction action, String targetType, Object targetId, Instant at) {
    return new AuditEntry(
        actor, action, targetType, targetId == null ? null : targetId.toString(), "", null, at);
  }

  public AuditEntry withDetails(String newDetails) {
    return new AuditEntry(
        actor, action, targetType, targetId, newDetails, sourceAddress, occurredAt);
  }

  public AuditEntry from(String address) {
    return new AuditEntry(actor, action, targetType, targetId, details, address, occurredAt);
  }
}
