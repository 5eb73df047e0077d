package uk.council.evidence.accreditation.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bar chart of a principle's figures, where a picture says more than the numbers: drawn in the
 * review PDF and on the principle's page from this same data.
 *
 * @param title what the bars count
 * @param bars the bars in the order shown
 */
public record ReviewChart(String title, List<Bar> bars) {

  public ReviewChart {
    bars = List.copyOf(bars);
  }

  /** One bar: its label and how many. */
  public record Bar(String label, long value) {}

  /**
   * The chart for a principle's figures, if it has one: recordings by service area (1), requests by
   * kind (3), deletions on time and late (6), plays and downloads by role (7). None when there is
   * nothing to draw.
   */
  public static Optional<ReviewChart> of(int principle, ReviewFigures f) {
    List<Bar> bars = new ArrayList<>();
    String title;
    switch (principle) {
      case 1 -> {
        title = "Recordings made, by service area";
        f.recordingsByArea().forEach(a -> bars.add(new Bar(a.area(), a.recordings())));
      }
      case 3 -> {
        title = "Requests received, by kind";
        f.requests().forEach(r -> bars.add(new Bar(r.kind().title(), r.received())));
      }
      case 6 -> {
        title = "Recordings deleted on time and late";
        bars.add(new Bar("On time", f.retention().deletedOnTime()));
        bars.add(new Bar("Late", f.retention().deletedLate()));
      }
      case 7 -> {
        title = "Footage played and downloaded, by role";
        f.access().uses().stream()
            .filter(u -> u.played() + u.downloaded() > 0)
            .forEach(u -> bars.add(new Bar(u.role(), u.played() + u.downloaded())));
      }
      default -> {
        return Optional.empty();
      }
    }
    return bars.stream().anyMatch(b -> b.value() > 0)
        ? Optional.of(new ReviewChart(title, bars))
        : Optional.empty();
  }
}
