package uk.council.evidence.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A recording in a case, with its exhibit reference and the evidence hold that keeps the recording
 * while it is there. A removed exhibit stays as a record of what the case held; its reference is
 * never given to another recording in the case.
 */
@Entity
@Table(name = "exhibit")
public class Exhibit {

  /** The longest description of what an exhibit shows, in characters. */
  public static final int MAX_DESCRIPTION = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", updatable = false)
  private long caseId;

  @Column(name = "recording_id", updatable = false)
  private long recordingId;

  @Column(updatable = false)
  private String initials;

  @Column(updatable = false)
  private int number;

  @Column(updatable = false)
  private String producer;

  @Column(name = "producer_name", updatable = false)
  private String producerName;

  @Column(name = "hold_id")
  private Long holdId;

  @Column(updatable = false)
  private String description;

  @Column(name = "added_at", updatable = false)
  private Instant addedAt;

  @Column(name = "removed_by")
  private String removedBy;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "remove_reason")
  private String removeReason;

  @Version private long version;

  protected Exhibit() {}

  public Exhibit(
      long caseId,
      long recordingId,
      ExhibitReference reference,
      String producer,
      String producerName,
      long holdId,
      String description,
      Instant now) {
    this.caseId = caseId;
    this.recordingId = recordingId;
    this.initials = reference.initials();
    this.number = reference.number();
    this.producer = producer;
    this.producerName = producerName;
    this.holdId = holdId;
    this.description = checkDescription(description);
    this.addedAt = now;
  }

  /** What the exhibit shows, as the producer describes it: required, and not too long. */
  public static String checkDescription(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty() || text.length() > MAX_DESCRIPTION) {
      throw new InvalidInput(
          "exhibitDescription",
          "Describe what the recording shows, in up to " + MAX_DESCRIPTION + " characters.");
    }
    return text;
  }

  /** Takes the exhibit out of its case, by a named person with a reason. */
  public void remove(String by, String reason, Instant now) {
    if (removedAt != null) {
      throw new InvalidInput("Exhibit " + getReference() + " was already removed.");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new InvalidInput(
          "removeReason", "Say why the exhibit is being removed, in up to 500 characters.");
    }
    this.removedBy = by;
    this.removedAt = now;
    this.removeReason = why;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public long getRecordingId() {
    return recordingId;
  }

  public ExhibitReference getReference() {
    return new ExhibitReference(initials, number);
  }

  public String getProducer() {
    return producer;
  }

  public String getProducerName() {
    return producerName;
  }

  public Optional<Long> getHoldId() {
    return Optional.ofNullable(holdId);
  }

  public String getDescription() {
    return description;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public boolean isRemoved() {
    return removedAt != null;
  }

  public String getRemovedBy() {
    return removedBy;
  }

  public Optional<Instant> getRemovedAt() {
    return Optional.ofNullable(removedAt);
  }

  public String getRemoveReason() {
    return removeReason;
  }
}
