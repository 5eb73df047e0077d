package uk.council.evidence.reports.accreditation;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;

/**
 * The annual review's bar charts count things (recordings, requests, plays): their scale is marked
 * in whole numbers only, never "0.25 requests", and a category's name may take two lines before it
 * is cut short. Named by the chart in {@code annual-review.jrxml}.
 */
public class CountChartCustomizer implements JRChartCustomizer {

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    CategoryPlot plot = chart.getCategoryPlot();
    if (plot.getRangeAxis() instanceof NumberAxis counts) {
      counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
  }
}
