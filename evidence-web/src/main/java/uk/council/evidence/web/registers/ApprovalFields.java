package uk.council.evidence.web.registers;

import java.io.Serializable;
import uk.council.evidence.accreditation.entity.Approval;

/**
 * The approval a register's form asks for, as typed: who approved the entry, the day, and the day
 * its review is due (a governance document, an area's purpose).
 */
public class ApprovalFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String approvedBy;
  private String approvedOn;
  private String reviewDue;

  /** What was typed, for the boundary to check. */
  public Approval.Form form() {
    return new Approval.Form(approvedBy, approvedOn, reviewDue);
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public void setApprovedBy(String approvedBy) {
    this.approvedBy = approvedBy;
  }

  public String getApprovedOn() {
    return approvedOn;
  }

  public void setApprovedOn(String approvedOn) {
    this.approvedOn = approvedOn;
  }

  public String getReviewDue() {
    return reviewDue;
  }

  public void setReviewDue(String reviewDue) {
    this.reviewDue = reviewDue;
  }
}
