package uk.council.evidence.casework.entity;

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
import java.time.LocalDate;
import java.util.Optional;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * An incident the council may take to the police or the CPS, with its recordings as exhibits. Its
 * reference ({@code BWV-2026-0007}) is given when it is opened and never changes.
 */
@Entity
@Table(name = "evidence_case")
public class EvidenceCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_type")
  private CaseType type;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String location;

  @Column(name = "service_area_id")
  private long serviceAreaId;

  private String description;

  @Column(name = "police_reference")
  private String policeReference;

  @Column(name = "cps_urn")
  private String cpsUrn;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  @Column(name = "review_date")
  private LocalDate reviewDate;

  @Column(name = "opened_by", updatable = false)
  private String openedBy;

  @Column(name = "opened_at", updatable = false)
  private Instant openedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "close_reason")
  private String closeReason;

  @Version private long version;

  protected EvidenceCase() {}

  public EvidenceCase(String reference, CaseDetails details, String openedBy, Instant now) {
    this.reference = reference;
    this.status = CaseStatus.OPEN;
    this.openedBy = openedBy;
    this.openedAt = now;
    apply(details);
  }

  /** A case reference: the year it was opened and a number, e.g. {@code BWV-2026-0007}. */
  public static String reference(int year, long number) {
    return String.format("BWV-%d-%04d", year, number);
  }

  /** Takes new details; a closed case is not changed. */
  public void update(CaseDetails details) {
    refuseIfClosed();
    apply(details);
  }

  /** Moves an open case along (to the police, to the CPS); closing is {@link #close}. */
  public void moveTo(CaseStatus next) {
    refuseIfClosed();
    if (next == null || next == CaseStatus.CLOSED) {
      throw new InvalidInput("status", "Choose where the case now stands.");
    }
    this.status = next;
  }

  /** Closes the case, by a named person with a reason. */
  public void close(String by, String reason, Instant now) {
    refuseIfClosed();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new InvalidInput(
          "closeReason", "Say why the case is closing, in up to 500 characters.");
    }
    this.status = CaseStatus.CLOSED;
    this.closedBy = by;
    this.closedAt = now;
    this.closeReason = why;
  }

  /** Refuses any change to a closed case. */
  public void refuseIfClosed() {
    if (status == CaseStatus.CLOSED) {
      throw new InvalidInput("Case " + reference + " is closed and can no longer be changed.");
    }
  }

  private void apply(CaseDetails details) {
    this.type = details.type();
    this.occurredAt = details.occurredAt();
    this.location = details.location();
    this.serviceAreaId = details.serviceAreaId();
    this.description = details.description();
    this.policeReference = details.policeReference();
    this.cpsUrn = details.cpsUrn();
    this.reviewDate = details.reviewDate();
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public CaseType getType() {
    return type;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getLocation() {
    return location;
  }

  public long getServiceAreaId() {
    return serviceAreaId;
  }

  public String getDescription() {
    return description;
  }

  public Optional<String> getPoliceReference() {
    return Optional.ofNullable(policeReference);
  }

  public Optional<String> getCpsUrn() {
    return Optional.ofNullable(cpsUrn);
  }

  public CaseStatus getStatus() {
    return status;
  }

  public boolean isClosed() {
    return status == CaseStatus.CLOSED;
  }

  public Optional<LocalDate> getReviewDate() {
    return Optional.ofNullable(reviewDate);
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Optional<Instant> getClosedAt() {
    return Optional.ofNullable(closedAt);
  }

  public String getCloseReason() {
    return closeReason;
  }

  public long getVersion() {
    return version;
  }
}
