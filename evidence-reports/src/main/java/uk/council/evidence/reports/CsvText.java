package uk.council.evidence.reports;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Text as CSV (RFC 4180: every cell quoted, CRLF line ends), safe to open in a spreadsheet: a value
 * it would take for a formula gets a leading apostrophe, so that opening an export never runs one.
 */
public final class CsvText {

  private CsvText() {}

  /**
   * One quoted cell; null is empty. A value starting =, +, -, @, tab or carriage return gets a
   * leading apostrophe.
   */
  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = value.matches("(?s)^[=+\\-@\t\r].*") ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  /** One line of cells, with its CRLF. */
  public static String line(List<String> cells) {
    return cells.stream().map(CsvText::cell).collect(Collectors.joining(",")) + "\r\n";
  }
}
