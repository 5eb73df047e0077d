package uk.council.evidence.web.registers;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.council.evidence.accreditation.boundary.Arrangements;
import uk.council.evidence.accreditation.entity.NoticeOutcome;
import uk.council.evidence.accreditation.entity.NoticeReview;
import uk.council.evidence.accreditation.entity.NoticeSubject;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;

/**
 * The register of reviews of signs and camera badges, the privacy notice, and what wearers say when
 * they record.
 */
@Named("noticeReviews")
@ViewScoped
public class NoticeReviewsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Arrangements arrangements;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;
  @Inject transient Clock clock;

  private transient List<NoticeReview> all;
  private String subject;
  private String lookedAt;
  private String reviewedBy;
  private String reviewedOn;
  private String outcome;
  private String findings;
  private String nextReview;

  public List<NoticeReview> getAll() {
    if (all == null) {
      all = arrangements.noticeReviews();
    }
    return all;
  }

  public void add() {
    try {
      NoticeReview added =
          arrangements.addNoticeReview(
              new NoticeReview.Form(
                  subject, lookedAt, reviewedBy, reviewedOn, outcome, findings, nextReview),
              ClientAddress.of(faces));
      messages.noticeHere(
          "The review of "
              + added.getSubject().title().toLowerCase(java.util.Locale.UK)
              + " is recorded.");
      subject = null;
      lookedAt = null;
      reviewedBy = null;
      reviewedOn = null;
      outcome = null;
      findings = null;
      nextReview = null;
      all = null;
    } catch (InvalidInput e) {
      messages.reject("noticeReview", e);
    }
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(CouncilTime.ZONE));
  }

  public NoticeSubject[] getSubjects() {
    return NoticeSubject.values();
  }

  public NoticeOutcome[] getOutcomes() {
    return NoticeOutcome.values();
  }

  /** Whether a review's next look is due by today. */
  public boolean overdue(NoticeReview review) {
    return review.reviewOverdue(today());
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getLookedAt() {
    return lookedAt;
  }

  public void setLookedAt(String lookedAt) {
    this.lookedAt = lookedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public void setReviewedBy(String reviewedBy) {
    this.reviewedBy = reviewedBy;
  }

  public String getReviewedOn() {
    return reviewedOn;
  }

  public void setReviewedOn(String reviewedOn) {
    this.reviewedOn = reviewedOn;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public String getNextReview() {
    return nextReview;
  }

  public void setNextReview(String nextReview) {
    this.nextReview = nextReview;
  }
}
