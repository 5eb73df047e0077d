package uk.council.evidence.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A reason to keep a recording: while a hold is active the recording is never deleted. A hold is
 * released by a named person with a reason; a "keep for review" hold also lapses by itself.
 */
@Entity
@Table(name = "recording_hold")
public class Hold {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recording_id", updatable = false)
  private long recordingId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private HoldKind kind;

  @Column(updatable = false)
  private String reference;

  @Column(updatable = false)
  private String reason;

  @Column(name = "placed_by", updatable = false)
  private String placedBy;

  @Column(name = "placed_at", updatable = false)
  private Instant placedAt;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  @Column(name = "released_by")
  private String releasedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "release_reason")
  private String releaseReason;

  @Version private long version;

  protected Hold() {}

  /** A new hold; the reference and reason are required, every mistake named at once. */
  public Hold(
      long recordingId,
      HoldKind kind,
      String reference,
      String reason,
      String placedBy,
      Instant now,
      java.time.ZoneId zone) {
    var check = new InputCheck();
    if (kind == null) {
      check.add("kind", "Choose why the footage must be kept.");
    }
    String ref = reference == null ? "" : reference.strip();
    if (ref.isEmpty() || ref.length() > 64) {
      check.add(
          "reference",
          "Enter a reference of up to 64 characters, for example the case or request number.");
    }
    String why = text(reason);
    if (why.isEmpty() || why.length() > 500) {
      check.add("reason", "Say why it must be kept, in up to 500 characters.");
    }
    check.orThrow();
    this.recordingId = recordingId;
    this.kind = kind;
    this.reference = ref;
    this.reason = why;
    this.placedBy = placedBy;
    this.placedAt = now;
    if (kind.lapses()) {
      this.expiresAt = now.atZone(zone).plus(HoldKind.REVIEW_PERIOD).toInstant();
    }
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  /** Ends the hold, by a named person with a reason. */
  public void release(String by, String why, Instant now) {
    if (releasedAt != null) {
      throw new InvalidInput("This hold was already released.");
    }
    String text = text(why);
    if (text.isEmpty() || text.length() > 500) {
      throw new InvalidInput("releaseReason", "Say why the hold can end, in up to 500 characters.");
    }
    this.releasedBy = by;
    this.releasedAt = now;
    this.releaseReason = text;
  }

  /** Whether the hold still stops deletion at {@code now}. */
  public boolean isActiveAt(Instant now) {
    return releasedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  /**
   * Until when this hold keeps its recording, for the grace period that follows: when it was
   * released; for a "keep for review", when it lapses even if released sooner (placing it promised
   * that); for a hold still in force, {@code now} (it keeps the recording at least until then).
   */
  public Instant endsOrEnded(Instant now) {
    if (expiresAt != null) {
      Instant lapses = expiresAt;
      return releasedAt != null && releasedAt.isAfter(lapses) ? releasedAt : lapses;
    }
    return releasedAt != null ? releasedAt : now;
  }

  public Long getId() {
    return id;
  }

  public long getRecordingId() {
    return recordingId;
  }

  public HoldKind getKind() {
    return kind;
  }

  public String getReference() {
    return reference;
  }

  public String getReason() {
    return reason;
  }

  public String getPlacedBy() {
    return placedBy;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }

  public Optional<Instant> getExpiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<Instant> getReleasedAt() {
    return Optional.ofNullable(releasedAt);
  }

  public String getReleasedBy() {
    return releasedBy;
  }

  public String getReleaseReason() {
    return releaseReason;
  }
}
