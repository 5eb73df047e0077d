package uk.council.evidence.reports.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.ReportTemplates;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.DevelopmentKeys;
import uk.council.evidence.reports.pdf.PdfFinishing;
import uk.council.evidence.reports.pdf.SignedPdfs;

class TableReportPdfTest {

  static final TableReport WEEKS =
      new TableReport(
          "retention-by-week",
          "Retention compliance by week",
          "Recordings deleted in each week.",
          List.of("Week", "Deleted", "On time", "Late", "On time (%)"),
          2,
          List.of(
              List.of("Week beginning 2 November 2026", "120", "118", "2", "98.3%"),
              List.of("Week beginning 9 November 2026", "97", "97", "0", "100.0%")));

  @Test
  void theTableIsSignedWithItsHeadingAndRows() throws Exception {
    var heading =
        new ReportHeading(
            DevelopmentKeys.COUNCIL,
            ReportPeriod.ofDays(
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), ReportPeriod.UK_TIME),
            "chris.evans",
            Instant.parse("2026-12-07T10:15:00Z"));
    SignedReport report =
        new TableReportPdf(
                new uk.council.evidence.reports.SignedPdfs(
                    new ReportTemplates(), new PdfFinishing(DevelopmentKeys.key())))
            .produce(WEEKS, heading);
    assertTrue(report.fileName().startsWith("retention-by-week_"), report.fileName());
    Path sample = Path.of(System.getProperty("basedir", "."), "target", "sample-table-report.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, report.pdf());
    assertTrue(SignedPdfs.signatureVerifies(report.pdf(), DevelopmentKeys.key().certificate()));
    String text = SignedPdfs.text(report.pdf()).replaceAll("\\s+", " ");
    for (String expected :
        List.of(
            "Retention compliance by week",
            DevelopmentKeys.COUNCIL,
            "Recordings deleted in each week.",
            "Week Deleted On time Late On time (%)",
            "Week beginning 2 November 2026 120 118 2 98.3%",
            "2 rows. The same rows are attached")) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
  }

  @Test
  void theSameRowsGoOutAsCsvThatNoSpreadsheetRunsAsAFormula() {
    assertEquals(
        "\"Week\",\"Deleted\",\"On time\",\"Late\",\"On time (%)\"\r\n"
            + "\"Week beginning 2 November 2026\",\"120\",\"118\",\"2\",\"98.3%\"\r\n"
            + "\"Week beginning 9 November 2026\",\"97\",\"97\",\"0\",\"100.0%\"\r\n",
        WEEKS.csv());
    var risky =
        new TableReport("k", "t", "i", List.of("A"), 2, List.of(List.of("=HYPERLINK(\"x\")")));
    assertEquals("\"A\"\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n", risky.csv());
  }

  @Test
  void aRowHasACellForEachColumn() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TableReport("k", "t", "i", List.of("A", "B"), 2, List.of(List.of("only one"))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TableReport(
                "k", "t", "i", List.of("1", "2", "3", "4", "5", "6", "7"), 2, List.of()));
  }
}
