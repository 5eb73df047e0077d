package uk.council.evidence.accreditation.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether everyone who wears a camera was trained on a day: the active camera users, and those of
 * them with no training record current that day.
 */
public record TrainingCoverage(LocalDate on, int wearers, List<String> untrained) {

  public TrainingCoverage {
    untrained = List.copyOf(untrained);
  }

  public int trained() {
    return wearers - untrained.size();
  }
}
