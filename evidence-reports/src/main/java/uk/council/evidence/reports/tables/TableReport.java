package uk.council.evidence.reports.tables;

import java.util.List;
import java.util.Objects;
import uk.council.evidence.reports.CsvText;

/**
 * A compliance report that is a table: what it is called, what it covers, its columns and rows,
 * each cell as printed. The same content goes out as a signed PDF ({@link TableReportPdf}) and as
 * CSV ({@link #csv()}).
 *
 * @param kind the report kind, in metadata, the JSON, the audit event and the file name
 * @param title what it is called, e.g. "Retention compliance by week"
 * @param intro a paragraph saying what the rows are and where they come from
 * @param columns the column headings, one to six, the first for what the row is about
 * @param numericFrom the first column (counting from 1) of counts, right-aligned; more than the
 *     number of columns for none
 * @param rows each row's cells, as many as there are columns
 */
public record TableReport(
    String kind,
    String title,
    String intro,
    List<String> columns,
    int numericFrom,
    List<List<String>> rows) {

  /** The most columns the design has room for. */
  public static final int MAX_COLUMNS = 6;

  public TableReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    if (columns.isEmpty() || columns.size() > MAX_COLUMNS) {
      throw new IllegalArgumentException("A table report has one to six columns");
    }
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("Each row has a cell for each column: " + row);
      }
    }
  }

  /** The table as CSV: a header line, then a line a row. */
  public String csv() {
    StringBuilder csv = new StringBuilder(CsvText.line(columns));
    rows.forEach(r -> csv.append(CsvText.line(r)));
    return csv.toString();
  }
}
