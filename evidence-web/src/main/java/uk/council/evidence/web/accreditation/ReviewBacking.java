package uk.council.evidence.web.accreditation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.council.evidence.accreditation.boundary.SelfAssessment;
import uk.council.evidence.accreditation.entity.PrincipleReview;
import uk.council.evidence.accreditation.entity.ReviewJob;
import uk.council.evidence.accreditation.entity.SignOff;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.accreditation.AnnualReviews;
import uk.council.evidence.web.shell.Messages;

/**
 * The self-assessment's year: the twelve principles with this year's rating, when it was written
 * and the open actions, linking to each principle's page.
 */
@Named("review")
@ViewScoped
public class ReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SelfAssessment assessment;
  @Inject transient Messages messages;
  @Inject transient Clock clock;

  @Inject transient AnnualReviews reviews;

  private String year;
  private String job;
  private List<PrincipleReview> principles;
  private transient ReviewJob shownJob;

  /** Reads the year (this year when none is given); a bad year is said on the page. */
  public void load() {
    if (year == null || year.isBlank()) {
      year = String.valueOf(LocalDate.now(clock.withZone(CouncilTime.ZONE)).getYear());
    }
    try {
      principles = assessment.year(year);
    } catch (InvalidInput e) {
      messages.reject("year", e);
      principles = List.of();
    }
  }

  /**
   * The draft being made, or the sign-off under way, in the background that the page follows: the
   * job named in the address, or else the caller's latest for the year; null for none, and once the
   * year is signed off.
   */
  public ReviewJob getJob() {
    if (shownJob == null && getSignOff() == null && getYearNumber() > 0) {
      try {
        shownJob =
            job != null && job.matches("\\d{1,18}")
                ? reviews.job(Long.parseLong(job)).orElse(null)
                : reviews.latestJob(getYearNumber()).orElse(null);
      } catch (InvalidInput e) {
        shownJob = null;
      }
    }
    return shownJob;
  }

  /** Whether the year is being signed off now, in the job the page follows. */
  public boolean isSigningOff() {
    ReviewJob shown = getJob();
    return shown != null && shown.signsOff() && shown.status() == ReviewJob.Status.RUNNING;
  }

  public String getJobId() {
    return job;
  }

  public void setJobId(String job) {
    this.job = job;
  }

  /** How many principles have a statement this year. */
  public long getWritten() {
    return principles.stream().filter(p -> p.current().isPresent()).count();
  }

  /** Whether the year after this one may be reviewed yet (up to next year). */
  public boolean isNextYearOpen() {
    return getYearNumber() > 0
        && getYearNumber() < LocalDate.now(clock.withZone(CouncilTime.ZONE)).getYear() + 1;
  }

  /** The year's sign-off, or null while it is a draft. */
  public SignOff getSignOff() {
    return principles.isEmpty() ? null : principles.get(0).signOff().orElse(null);
  }

  public List<PrincipleReview> getPrinciples() {
    return principles;
  }

  public int getYearNumber() {
    return principles.isEmpty() ? 0 : principles.get(0).year().year();
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
