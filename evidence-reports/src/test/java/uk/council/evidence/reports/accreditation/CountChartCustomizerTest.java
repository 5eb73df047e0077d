package uk.council.evidence.reports.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class CountChartCustomizerTest {

  /** A chart of small counts drawn as the review draws it: where does its scale put its marks? */
  private static double tickDrawn(boolean customized) {
    DefaultCategoryDataset counts = new DefaultCategoryDataset();
    counts.addValue(1, "Count", "FOI request");
    counts.addValue(2, "Count", "Subject access request");
    counts.addValue(1, "Count", "Third-party request");
    JFreeChart chart = ChartFactory.createBarChart(null, null, null, counts);
    if (customized) {
      new CountChartCustomizer().customize(chart, null);
    }
    BufferedImage image = new BufferedImage(483, 156, BufferedImage.TYPE_INT_RGB);
    chart.draw(image.createGraphics(), new java.awt.Rectangle(483, 156));
    return ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).getTickUnit().getSize();
  }

  @Test
  void countsAreMarkedInWholeNumbersOnly() {
    assertTrue(tickDrawn(false) < 1, "without it, the scale is marked in fractions of one");
    double tick = tickDrawn(true);
    assertTrue(tick >= 1, "a mark every " + tick);
    assertEquals(Math.rint(tick), tick, "a mark every " + tick);
  }

  @Test
  void aLongCategoryNameMayTakeTwoLines() {
    JFreeChart chart = ChartFactory.createBarChart(null, null, null, new DefaultCategoryDataset());
    new CountChartCustomizer().customize(chart, null);
    assertEquals(2, chart.getCategoryPlot().getDomainAxis().getMaximumCategoryLabelLines());
  }
}
