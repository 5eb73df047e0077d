package uk.council.evidence.accreditation.entity;

import jakarta.persistence.Column;
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
 * A look at whether people can tell that cameras are worn and why (principle 3): the signs and
 * camera badges somewhere, the privacy notice, or what wearers say when they record; what was
 * found, and when to look again. Never changed: the next look is a new review.
 */
@Entity
@Table(name = "notice_review")
public class NoticeReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private NoticeSubject subject;

  @Column(name = "looked_at", updatable = false)
  private String lookedAt;

  @Column(name = "reviewed_by", updatable = false)
  private String reviewedBy;

  @Column(name = "reviewed_on", updatable = false)
  private LocalDate reviewedOn;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private NoticeOutcome outcome;

  @Column(updatable = false)
  private String findings;

  @Column(name = "next_review", updatable = false)
  private LocalDate nextReview;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  protected NoticeReview() {}

  /** A review as its form gave it, every field as typed. */
  public record Form(
      String subject,
      String lookedAt,
      String reviewedBy,
      String reviewedOn,
      String outcome,
      String findings,
      String nextReview) {}

  /**
   * A review as typed.
   *
   * @throws InvalidInput naming every field that is missing, too long or not a date, a review in
   *     the future, and a next review not after it
   */
  public NoticeReview(Form form, String by, Instant now, LocalDate today) {
    var check = new InputCheck();
    NoticeSubject what =
        Typed.choice(
            check, "subject", form.subject(), NoticeSubject.class, "Choose what was reviewed.");
    String where =
        Typed.text(
            check,
            "lookedAt",
            form.lookedAt(),
            200,
            "Say which signs, notice or team were looked at, up to 200 characters.");
    String who =
        Typed.text(
            check,
            "reviewedBy",
            form.reviewedBy(),
            200,
            "Say who reviewed it (a person or post), up to 200 characters.");
    LocalDate on = check.day("reviewedOn", form.reviewedOn(), true, "the day it was reviewed");
    NoticeOutcome found =
        Typed.choice(
            check, "outcome", form.outcome(), NoticeOutcome.class, "Choose what the review found.");
    String notes =
        Typed.text(
            check,
            "findings",
            form.findings(),
            2000,
            "Write what was found and any change to make, up to 2,000 characters.");
    LocalDate next = check.day("nextReview", form.nextReview(), true, "the day of the next review");
    Typed.notFuture(check, "reviewedOn", on, today, "it was reviewed");
    Typed.after(check, "nextReview", next, on, "The next review is after this one.");
    check.orThrow();
    this.subject = what;
    this.lookedAt = where;
    this.reviewedBy = who;
    this.reviewedOn = on;
    this.outcome = found;
    this.findings = notes;
    this.nextReview = next;
    this.recordedBy = by;
    this.recordedAt = now;
  }

  /** Whether the next review is due on or before {@code today}. */
  public boolean reviewOverdue(LocalDate today) {
    return !nextReview.isAfter(today);
  }

  public Long getId() {
    return id;
  }

  public NoticeSubject getSubject() {
    return subject;
  }

  public String getLookedAt() {
    return lookedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public LocalDate getReviewedOn() {
    return reviewedOn;
  }

  public NoticeOutcome getOutcome() {
    return outcome;
  }

  public String getFindings() {
    return findings;
  }

  public LocalDate getNextReview() {
    return nextReview;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
