package uk.council.evidence.web.accreditation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.council.evidence.accreditation.entity.ReviewChart;
import uk.council.evidence.reports.JsonText;

/**
 * A chart for a page's script (resources/evidence/review-chart.js) to draw with Chart.js: its bars
 * as JSON, and the same in words for screen readers.
 */
final class ChartData {

  private ChartData() {}

  /**
   * The chart as JSON.
   *
   * @param colours a colour for each bar, or empty for the one colour of all charts
   */
  static String json(ReviewChart chart, List<String> colours) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", chart.title());
    data.put(
        "bars",
        chart.bars().stream()
            .map(b -> Map.<String, Object>of("label", b.label(), "value", b.value()))
            .toList());
    if (!colours.isEmpty()) {
      data.put("colours", colours);
    }
    return JsonText.write(data);
  }

  /** The chart in words: "Recordings made, by service area: Parking Services 12, ...". */
  static String words(ReviewChart chart) {
    return chart.title()
        + ": "
        + chart.bars().stream()
            .map(b -> b.label() + " " + b.value())
            .collect(Collectors.joining(", "))
        + ".";
  }
}
