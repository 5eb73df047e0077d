package uk.council.evidence.web.accreditation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.council.evidence.accreditation.boundary.Arrangements;
import uk.council.evidence.accreditation.boundary.SelfAssessment;
import uk.council.evidence.accreditation.entity.DueItem;
import uk.council.evidence.accreditation.entity.PrincipleReview;
import uk.council.evidence.accreditation.entity.Rating;
import uk.council.evidence.accreditation.entity.ReviewAction;
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
