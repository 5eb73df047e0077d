package uk.council.evidence.web.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.council.evidence.accreditation.boundary.Arrangements;
import uk.council.evidence.accreditation.boundary.SelfAssessment;
import uk.council.evidence.accreditation.entity.DueItem;
import uk.council.evidence.accreditation.entity.FigureChange;
import uk.council.evidence.accreditation.entity.PrincipleReview;
import uk.council.evidence.accreditation.entity.Rating;
import uk.council.evidence.accreditation.entity.ReviewAction;
import uk.council.evidence.accreditation.entity.ReviewChart;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.web.registers.RegistersHomeBacking;

/**
 * The compliance officer's home page: where this year's self-assessment stands (its ratings), the
 * open actions by due date, and what in the registers is due for review or ends within two months.
 * Each reads the boundaries the pages behind it read.
 */
@Named("complianceHome")
@RequestScoped
public class ComplianceHomeBacking {

  @Inject SelfAssessment assessment;
  @Inject Arrangements arrangements;
  @Inject Clock clock;

  private List<PrincipleReview> year;
  private List<FigureChange> changes;
  private LocalDate today;

  private List<PrincipleReview> year() {
    if (year == null) {
      year = assessment.year(String.valueOf(today().getYear()));
    }
    return year;
  }

  private LocalDate today() {
    if (today == null) {
      today = LocalDate.now(clock.withZone(CouncilTime.ZONE));
    }
    return today;
  }

  public int getYear() {
    return today().getYear();
  }

  /** How many principles have each rating this year, red first; unrated ones last. */
  public List<RatingCount> getRatings() {
    Map<Rating, Long> counted = new EnumMap<>(Rating.class);
    long unrated = 0;
    for (PrincipleReview p : year()) {
      if (p.current().isPresent()) {
        counted.merge(p.current().get().getRating(), 1L, Long::sum);
      } else {
        unrated++;
      }
    }
    List<RatingCount> shown = new java.util.ArrayList<>();
    counted.forEach((rating, n) -> shown.add(new RatingCount(rating.label(), n)));
    shown.add(new RatingCount("Not rated", unrated));
    return shown;
  }

  /** How many principles have one rating. */
  public record RatingCount(String rating, long principles) {}

  /** The colours of red, amber, green and not rated, as GOV.UK Frontend draws them. */
  static final List<String> RATING_COLOURS = List.of("#d4351c", "#f47738", "#00703c", "#b1b4b6");

  /** The year's ratings as a chart: every rating, red to green, then those not rated. */
  public ReviewChart getRatingsChart() {
    Map<Rating, Long> counted = new EnumMap<>(Rating.class);
    year().forEach(p -> p.current().ifPresent(s -> counted.merge(s.getRating(), 1L, Long::sum)));
    List<ReviewChart.Bar> bars = new ArrayList<>();
    for (Rating r : List.of(Rating.RED, Rating.AMBER, Rating.GREEN)) {
      bars.add(new ReviewChart.Bar(r.label(), counted.getOrDefault(r, 0L)));
    }
    bars.add(
        new ReviewChart.Bar(
            "Not rated", year().stream().filter(p -> p.current().isEmpty()).count()));
    return new ReviewChart("Principles by rating, " + getYear(), bars);
  }

  public String getRatingsChartJson() {
    return ChartData.json(getRatingsChart(), RATING_COLOURS);
  }

  public String getRatingsChartText() {
    return ChartData.words(getRatingsChart());
  }

  /** The headline figures this year so far against the same days last year. */
  public List<FigureChange> getChanges() {
    if (changes == null) {
      changes = assessment.changesThisYear();
    }
    return changes;
  }

  /** The actions on this year's plan not done or dropped, the soonest due first. */
  public List<OpenAction> getOpenActions() {
    Map<Integer, String> titles =
        year().stream()
            .collect(Collectors.toMap(p -> p.principle().number(), p -> p.principle().title()));
    return year().stream()
        .flatMap(p -> p.actions().stream())
        .filter(a -> !a.getStatus().closed())
        .sorted(Comparator.comparing(ReviewAction::getDueOn))
        .map(
            a ->
                new OpenAction(
                    a, a.getPrinciple() + ". " + titles.get(a.getPrinciple()), a.overdue(today())))
        .toList();
  }

  /** What in the registers is due for review or ends within two months, the soonest first. */
  public List<DueItem> getRegistersDue() {
    return arrangements.dueBefore(today().plusMonths(RegistersHomeBacking.MONTHS_AHEAD));
  }

  /** An open action, with the principle it is for and whether it is past its due day. */
  public record OpenAction(ReviewAction action, String principle, boolean overdue) {}
}
