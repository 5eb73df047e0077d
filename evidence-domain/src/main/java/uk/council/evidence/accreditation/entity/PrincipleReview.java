package uk.council.evidence.accreditation.entity;

import java.util.List;
import java.util.Optional;

/**
 * A principle as a review year stands: this year's statement and rating if written, last year's to
 * start from, the year's history of statements (newest first), the actions on its plan (those
 * raised this year, and those still open from earlier years), and the year's sign-off if it was
 * signed off (then nothing of it changes).
 */
public record PrincipleReview(
    ReviewYear year,
    Principle principle,
    Optional<PrincipleStatement> current,
    Optional<PrincipleStatement> lastYear,
    List<PrincipleStatement> history,
    List<ReviewAction> actions,
    Optional<SignOff> signOff) {

  public PrincipleReview {
    history = List.copyOf(history);
    actions = List.copyOf(actions);
  }

  /** The actions not yet done or dropped. */
  public long openActions() {
    return actions.stream().filter(a -> !a.getStatus().closed()).count();
  }
}
