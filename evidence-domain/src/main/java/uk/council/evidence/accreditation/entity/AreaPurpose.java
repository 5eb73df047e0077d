package uk.council.evidence.accreditation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.ServiceArea;

/**
 * Why a service area wears cameras (principle 1): the written purpose, the need it meets and the
 * evidence for that need, who approved it and when it is next reviewed. Never changed: a revised
 * purpose is a new one, and the latest approved is the area's purpose.
 */
@Entity
@Table(name = "area_purpose")
public class AreaPurpose {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "service_area_id", updatable = false)
  private ServiceArea serviceArea;

  @Column(updatable = false)
  private String purpose;

  @Column(updatable = false)
  private String need;

  @Embedded private Approval approval;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  protected AreaPurpose() {}

  /** A purpose as its form gave it, every field as typed. */
  public record Form(String purpose, String need, Approval.Form approval) {}

  /**
   * A purpose as typed, for the area chosen (null: none chosen, or no such area).
   *
   * @throws InvalidInput naming every field that is missing, too long or not a date, an approval in
   *     the future, and a review not after the approval
   */
  public AreaPurpose(ServiceArea area, Form form, String by, Instant now, LocalDate today) {
    var check = new InputCheck();
    if (area == null) {
      check.add("serviceArea", "Choose the service area from the list.");
    }
    String why =
        Typed.text(
            check,
            "purpose",
            form.purpose(),
            2000,
            "Write the purpose the area wears cameras for, up to 2,000 characters.");
    String needed =
        Typed.text(
            check,
            "need",
            form.need(),
            2000,
            "Say what need the purpose meets and what shows it, up to 2,000 characters.");
    Approval approval = Approval.typed(check, form.approval(), today);
    check.orThrow();
    this.serviceArea = area;
    this.purpose = why;
    this.need = needed;
    this.approval = approval;
    this.recordedBy = by;
    this.recordedAt = now;
  }

  /** Whether its review is due on or before {@code today}. */
  public boolean reviewOverdue(LocalDate today) {
    return approval.reviewOverdue(today);
  }

  public Long getId() {
    return id;
  }

  public ServiceArea getServiceArea() {
    return serviceArea;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getNeed() {
    return need;
  }

  /** Who approved it, when, and when its review is due. */
  public Approval getApproval() {
    return approval;
  }

  public String getApprovedBy() {
    return approval.getBy();
  }

  public LocalDate getApprovedOn() {
    return approval.getOn();
  }

  public LocalDate getReviewDue() {
    return approval.getReviewDue();
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
