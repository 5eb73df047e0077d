package uk.council.evidence.web.accreditation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import uk.council.evidence.accreditation.boundary.SelfAssessment;
import uk.council.evidence.accreditation.entity.ActionStatus;
import uk.council.evidence.accreditation.entity.PrincipleReview;
import uk.council.evidence.accreditation.entity.PrincipleStatement;
import uk.council.evidence.accreditation.entity.Rating;
import uk.council.evidence.accreditation.entity.ReviewChart;
import uk.council.evidence.accreditation.entity.ReviewFigures;
import uk.council.evidence.accreditation.entity.StatementDetails;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;

/**
 * One principle in a year's self-assessment: its questions, the statement and rating (a new version
 * each save, the year's history below), and its actions, raised and moved on here.
 */
@Named("principle")
@ViewScoped
public class PrincipleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The principles the system counts something for: stated purpose, openness, retention, etc. */
  private static final Set<Integer> WITH_FIGURES = Set.of(1, 2, 3, 5, 6, 7, 8, 9, 10);

  @Inject transient SelfAssessment assessment;
  @Inject transient Clock clock;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;

  private String year;
  private String number;
  private PrincipleReview review;
  private transient ReviewFigures figures;

  private String statement;
  private String rating;
  private String reason;
  private String ico;
  private String bs8593;
  private boolean figuresInternal;

  private String action;
  private String owner;
  private String due;

  /**
   * Reads the principle (a principle or year there is not is a 404); the form starts from this
   * year's statement, or else last year's, to be reviewed rather than written again.
   */
  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    try {
      review = assessment.principle(year, number);
    } catch (InvalidInput e) {
      // No such principle or year: there is no page at this address.
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
      return;
    }
    PrincipleStatement start = review.current().or(() -> review.lastYear()).orElse(null);
    if (start != null && statement == null) {
      statement = start.getStatement();
      rating = start.getRating().name();
      reason = start.getRatingReason();
      ico = start.getDetails().ico();
      bs8593 = start.getDetails().bs8593();
      figuresInternal = start.getDetails().figuresInternal();
    }
  }

  public String getIco() {
    return ico;
  }

  public void setIco(String ico) {
    this.ico = ico;
  }

  public String getBs8593() {
    return bs8593;
  }

  public void setBs8593(String bs8593) {
    this.bs8593 = bs8593;
  }

  public boolean isFiguresInternal() {
    return figuresInternal;
  }

  public void setFiguresInternal(boolean figuresInternal) {
    this.figuresInternal = figuresInternal;
  }

  public void save() {
    try {
      PrincipleStatement written =
          assessment.writeStatement(
              year,
              number,
              statement,
              rating,
              reason,
              new StatementDetails(ico, bs8593, figuresInternal),
              ClientAddress.of(faces));
      messages.noticeHere(
          "Statement saved for principle "
              + written.getPrinciple()
              + ", rated "
              + written.getRating().label().toLowerCase(java.util.Locale.ROOT)
              + ".");
      reload();
    } catch (InvalidInput e) {
      messages.reject("assess", e);
    }
  }

  public void raise() {
    try {
      assessment.raiseAction(year, number, action, owner, due, ClientAddress.of(faces));
      messages.noticeHere("Action added to the plan.");
      action = null;
      owner = null;
      due = null;
      reload();
    } catch (InvalidInput e) {
      messages.reject("plan", e);
    }
  }

  public void change(long actionId, String status) {
    try {
      var changed = assessment.changeAction(actionId, status, ClientAddress.of(faces));
      messages.noticeHere("Action now: " + changed.getStatus().label() + ".");
      reload();
    } catch (InvalidInput e) {
      messages.reject("actions", e);
    }
  }

  private void reload() {
    review = assessment.principle(year, number);
    figures = null;
  }

  /** The year's figures, read once for the page. */
  public ReviewFigures getFigures() {
    if (figures == null && review != null) {
      figures = assessment.figures(year, review.principle().number() == 10);
    }
    return figures;
  }

  /** Whether the system has figures that speak to this principle. */
  public boolean isWithFigures() {
    return review != null && WITH_FIGURES.contains(review.principle().number());
  }

  /** The audit log's page listing the year's events of one action: the rows behind a count. */
  public String auditLink(String action) {
    return faces.getExternalContext().getRequestContextPath()
        + "/compliance/audit-log.xhtml?action="
        + action
        + "&since="
        + getFigures().from()
        + "&until="
        + getFigures().to();
  }

  /** Today in the council's time, to mark a review overdue. */
  public LocalDate getToday() {
    return LocalDate.now(clock.withZone(CouncilTime.ZONE));
  }

  /** The chart of this principle's figures, as in the review PDF; null if it has none. */
  public ReviewChart getChart() {
    if (review == null || !isWithFigures()) {
      return null;
    }
    return ReviewChart.of(review.principle().number(), getFigures()).orElse(null);
  }

  /** The chart's bars as JSON for the page's script. */
  public String getChartJson() {
    ReviewChart chart = getChart();
    return chart == null ? "" : ChartData.json(chart, List.of());
  }

  /** The chart in words, for screen readers. */
  public String getChartText() {
    ReviewChart chart = getChart();
    return chart == null ? "" : ChartData.words(chart);
  }

  /** The service areas that recorded in the year with no purpose approved, named in a sentence. */
  public String getAreasWithoutPurpose() {
    return String.join(", ", getFigures().arrangements().areasWithoutPurpose());
  }

  /** The disclosure log's page for the year: the packages behind the counts. */
  public String disclosureLink() {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d/M/uuuu");
    return faces.getExternalContext().getRequestContextPath()
        + "/compliance/disclosures.xhtml?from="
        + getFigures().from().format(day)
        + "&to="
        + getFigures().to().format(day);
  }

  public Rating[] getRatings() {
    return Rating.values();
  }

  public List<ActionStatus> getStatuses() {
    return List.of(ActionStatus.values());
  }

  public PrincipleReview getReview() {
    return review;
  }

  /** Whether the form shows last year's statement, to be reviewed for this year. */
  public boolean isOfferingLastYear() {
    return review != null && review.current().isEmpty() && review.lastYear().isPresent();
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public String getRating() {
    return rating;
  }

  public void setRating(String rating) {
    this.rating = rating;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }
}
