package uk.council.evidence.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A recording found for a request, held for it, and what the data protection officer made of it.
 * Ruling a recording out releases its hold, with the reason given.
 */
@Entity
@Table(name = "request_recording")
@IdClass(FoundRecording.Key.class)
public class FoundRecording {

  /** The longest reason a verdict may give. */
  public static final int LONGEST_REASON = 500;

  @Id
  @Column(name = "request_id")
  private long requestId;

  @Id
  @Column(name = "recording_id")
  private long recordingId;

  @Enumerated(EnumType.STRING)
  @Column(name = "found_by", updatable = false)
  private FoundBy foundBy;

  @Enumerated(EnumType.STRING)
  private Verdict verdict = Verdict.UNDECIDED;

  @Column(name = "hold_id")
  private Long holdId;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  private String reason;

  @Column(name = "added_at", updatable = false)
  private Instant addedAt;

  @Version private long version;

  protected FoundRecording() {}

  public FoundRecording(
      long requestId, long recordingId, FoundBy foundBy, Long holdId, Instant now) {
    this.requestId = requestId;
    this.recordingId = recordingId;
    this.foundBy = Objects.requireNonNull(foundBy, "foundBy");
    this.holdId = holdId;
    this.addedAt = now;
  }

  /**
   * Records what the recording shows.
   *
   * @throws InvalidInput if ruling it out gives no reason (its hold is released with it)
   */
  public void decide(Verdict verdict, String reason, String by, Instant now) {
    if (verdict == null) {
      throw new InvalidInput("verdict", "Choose whether the recording shows what was asked for.");
    }
    String why = reason == null ? null : reason.strip();
    if (why != null && why.isEmpty()) {
      why = null;
    }
    if (verdict == Verdict.NOT_MATCHING && why == null) {
      throw new InvalidInput(
          "reason", "Say why it does not show what was asked for: its hold is released with it.");
    }
    if (why != null && why.length() > LONGEST_REASON) {
      throw new InvalidInput("reason", "Keep the reason to " + LONGEST_REASON + " characters.");
    }
    this.verdict = verdict;
    this.reason = why;
    this.decidedBy = by;
    this.decidedAt = now;
  }

  /** The recordings found for a request that are held for it now. */
  public static List<FoundRecording> held(EntityManager em, long requestId) {
    return em.createQuery(
            "SELECT f FROM FoundRecording f WHERE f.requestId = :r AND f.holdId IS NOT NULL",
            FoundRecording.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  /** The hold placed again for it (after it was ruled out and then back in), or none. */
  public void heldBy(Long holdId) {
    this.holdId = holdId;
  }

  public long getRequestId() {
    return requestId;
  }

  public long getRecordingId() {
    return recordingId;
  }

  public FoundBy getFoundBy() {
    return foundBy;
  }

  public Verdict getVerdict() {
    return verdict;
  }

  public Long getHoldId() {
    return holdId;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getReason() {
    return reason;
  }

  /** The key of a found recording: the request and the recording. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long requestId;
    private long recordingId;

    public Key() {}

    public Key(long requestId, long recordingId) {
      this.requestId = requestId;
      this.recordingId = recordingId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.requestId == requestId && k.recordingId == recordingId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(requestId, recordingId);
    }
  }
}
