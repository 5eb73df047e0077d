package uk.council.evidence.accreditation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InputCheck;

/**
 * Who approved a register's entry (a document's version, an area's purpose), when, and when its
 * review is due: the same three columns, rules and words wherever an entry is approved.
 */
@Embeddable
public class Approval {

  @Column(name = "approved_by", updatable = false)
  private String by;

  @Column(name = "approved_on", updatable = false)
  private LocalDate on;

  @Column(name = "review_due", updatable = false)
  private LocalDate reviewDue;

  protected Approval() {}

  private Approval(String by, LocalDate on, LocalDate reviewDue) {
    this.by = by;
    this.on = on;
    this.reviewDue = reviewDue;
  }

  /** An approval as a form gave it: who, the day, and the day its review is due, as typed. */
  public record Form(String by, String on, String reviewDue) {}

  /**
   * Reads an approval as a form gave it: who (required), the day (required, not after today) and
   * the review's day (required, after the approval), each problem named against its field.
   */
  static Approval typed(InputCheck check, Form form, LocalDate today) {
    String approver =
        Typed.text(
            check,
            "approvedBy",
            form.by(),
            200,
            "Say who approved it (a person, post or committee), up to 200 characters.");
    LocalDate approved = check.day("approvedOn", form.on(), true, "the day it was approved");
    LocalDate due = check.day("reviewDue", form.reviewDue(), true, "the day its review is due");
    Typed.notFuture(check, "approvedOn", approved, today, "it was approved");
    Typed.after(
        check, "reviewDue", due, approved, "The review is due after the day it was approved.");
    return new Approval(approver, approved, due);
  }

  /** Whether the review is due on or before {@code today}. */
  public boolean reviewOverdue(LocalDate today) {
    return !reviewDue.isAfter(today);
  }

  /** "approved by the Cabinet on 7 April 2026, review due 7 April 2027", for the audit log. */
  public String described() {
    return "approved by "
        + by
        + " on "
        + CouncilTime.date(on)
        + ", review due "
        + CouncilTime.date(reviewDue);
  }

  public String getBy() {
    return by;
  }

  public LocalDate getOn() {
    return on;
  }

  public LocalDate getReviewDue() {
    return reviewDue;
  }
}
