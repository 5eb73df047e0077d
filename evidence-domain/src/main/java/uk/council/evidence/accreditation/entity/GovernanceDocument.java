package uk.council.evidence.accreditation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A version of a governance document: the DPIA, a policy, a procedure, the privacy notice; who
 * approved it, when, and when it is due for review. Never changed: a new version is a new one.
 */
@Entity
@Table(name = "governance_document")
public class GovernanceDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private DocumentKind kind;

  @Column(updatable = false)
  private String title;

  @Column(updatable = false)
  private String version;

  @Embedded private Approval approval;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  protected GovernanceDocument() {}

  /** A document's version as its form gave it, every field as typed. */
  public record Form(String kind, String title, String version, Approval.Form approval) {}

  /**
   * A document's version as typed.
   *
   * @throws InvalidInput naming every field that is missing, too long or not a date, an approval in
   *     the future, and a review not after the approval
   */
  public GovernanceDocument(Form form, String by, Instant now, LocalDate today) {
    var check = new InputCheck();
    DocumentKind chosen =
        Typed.choice(
            check, "kind", form.kind(), DocumentKind.class, "Choose what kind of document it is.");
    String named =
        Typed.text(
            check, "title", form.title(), 200, "Enter the document's title, up to 200 characters.");
    String numbered =
        Typed.text(
            check,
            "version",
            form.version(),
            20,
            "Enter its version, for example 2.1 (up to 20 characters).");
    Approval approval = Approval.typed(check, form.approval(), today);
    check.orThrow();
    this.kind = chosen;
    this.title = named;
    this.version = numbered;
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

  public DocumentKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getVersion() {
    return version;
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
