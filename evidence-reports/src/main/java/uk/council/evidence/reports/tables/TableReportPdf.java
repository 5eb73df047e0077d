package uk.council.evidence.reports.tables;

import java.util.List;
import java.util.Map;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.reports.JsonText;
import uk.council.evidence.reports.ListRows;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.SignedPdfs;
import uk.council.evidence.reports.SignedReport;

/**
 * A {@link TableReport} as a signed PDF ({@code table-report.jrxml}): the heading every report has
 * (council, period, who generated it, the signing certificate), the paragraph saying what the rows
 * are, the table, and how many rows; the same rows attached as {@code table.json}.
 */
public final class TableReportPdf {

  private static final String TEMPLATE = "table-report";

  private final SignedPdfs pdfs;

  public TableReportPdf(SignedPdfs pdfs) {
    this.pdfs = pdfs;
  }

  /** The report, signed, for the heading's period and person. */
  public SignedReport produce(TableReport report, ReportHeading heading) {
    pdfs.signingKey().checkUsableAt(heading.generatedAt());
    Map<String, Object> p =
        heading.parameters(pdfs.signingKey(), "the rows are in the order shown.");
    p.put("TITLE_TEXT", report.title());
    p.put("INTRO_TEXT", report.intro());
    p.put("NUMERIC_FROM", report.numericFrom());
    for (int i = 0; i < TableReport.MAX_COLUMNS; i++) {
      p.put("COLUMN_" + (i + 1), i < report.columns().size() ? report.columns().get(i) : "");
    }
    p.put(
        "END_TEXT",
        (report.rows().isEmpty()
                ? "No rows for this period."
                : report.rows().size() + (report.rows().size() == 1 ? " row." : " rows."))
            + " The same rows are attached to this PDF as table.json, and can be downloaded as CSV.");
    Map<String, Object> figures = heading.figures(report.kind(), 1);
    figures.put("title", report.title());
    figures.put("columns", report.columns());
    figures.put("rows", report.rows());
    return pdfs.produce(
        TEMPLATE,
        p,
        new Rows(report.rows()),
        heading.description(report.kind(), report.title(), report.intro(), List.of(report.title())),
        "table.json",
        "The rows of this report, as printed",
        JsonText.write(figures),
        report.kind() + "_" + CouncilTime.fileStamp(heading.generatedAt()) + ".pdf");
  }

  /** The rows, cell by cell; columns past the report's are empty. */
  static final class Rows extends ListRows<List<String>> {
    Rows(List<List<String>> rows) {
      super(rows);
    }

    @Override
    protected Object field(List<String> row, String name) {
      int column = Integer.parseInt(name.substring(1)) - 1;
      return column < row.size() ? row.get(column) : "";
    }
  }
}
