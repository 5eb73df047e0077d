package uk.council.evidence.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event in the audit log, with its place in the hash chain. Immutable: the database refuses to
 * change it, and so does this class.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @Column(updatable = false)
  private long seq;

  @Column(name = "occurred_at", updatable = false)
  private Instant occurredAt;

  @Column(updatable = false)
  private String actor;

  // A name, not the enum: verification must be able to read a row whatever it says.
  @Column(updatable = false)
  private String action;

  @Column(name = "target_type", updatable = false)
  private String targetType;

  @Column(name = "target_id", updatable = false)
  private String targetId;

  @Column(updatable = false)
  private String details;

  @Column(name = "source_address", updatable = false)
  private String sourceAddress;

  @Column(name = "prev_hash", updatable = false)
  private String previousHash;

  @Column(updatable = false)
  private String hash;

  protected AuditEvent() {}

  /** The event that follows one with {@code previousSeq} and {@code previousHash}. */
  public AuditEvent(long previousSeq, String previousHash, AuditEntry entry) {
    this.seq = previousSeq + 1;
    this.occurredAt = AuditChain.storable(entry.occurredAt());
    this.actor = entry.actor();
    this.action = entry.action().name();
    this.targetType = entry.targetType();
    this.targetId = entry.targetId();
    this.details = entry.details();
    this.sourceAddress = entry.sourceAddress();
    this.previousHash = previousHash;
    this.hash = AuditChain.hash(seq, previousHash, entry);
  }

  /**
   * A copy to show someone who may see that this happened but not its details, which it replaces
   * with {@code note}. Never stored: the copy's fields no longer match its hash.
   */
  public AuditEvent withDetailsWithheld(String note) {
    AuditEvent copy = new AuditEvent();
    copy.seq = seq;
    copy.occurredAt = occurredAt;
    copy.actor = actor;
    copy.action = action;
    copy.targetType = targetType;
    copy.targetId = targetId;
    copy.details = note;
    copy.sourceAddress = sourceAddress;
    copy.previousHash = previousHash;
    copy.hash = hash;
    return copy;
  }

  /**
   * A copy to show someone who may see what happened to a thing, but not who did it by name, from
   * where, or (with {@code details} given) why: {@code actor} names them as the reader may know
   * them ("an evidence officer"), and the address is left out.
   *
   * @param details the details to show instead, or null to keep them
   */
  public AuditEvent asSeenBy(String actor, String details) {
    AuditEvent copy = withDetailsWithheld(details == null ? this.details : details);
    copy.actor = actor;
    copy.sourceAddress = null;
    return copy;
  }

  /** An event exactly as stored, right or wrong; for checking the verifier. */
  static AuditEvent asStored(long seq, String previousHash, String hash, AuditEntry fields) {
    AuditEvent e = new AuditEvent(seq - 1, previousHash, fields);
    e.hash = hash;
    return e;
  }

  /** The hash this event's fields give now; differs from {@link #getHash()} if altered. */
  String recomputeHash() {
    return AuditChain.hash(
        seq, previousHash, occurredAt, actor, action, targetType, targetId, details, sourceAddress);
  }

  public long getSeq() {
    return seq;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public String getDetails() {
    return details;
  }

  public String getSourceAddress() {
    return sourceAddress;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
