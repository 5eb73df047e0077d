package uk.council.evidence.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditLogCsvTest {

  @Test
  void cellsAreQuotedWithQuotesDoubled() {
    assertEquals(
        "\"a \"\"quoted\"\" reason, with a comma\"",
        AuditLogCsv.cell("a \"quoted\" reason, with a comma"));
    assertEquals("", AuditLogCsv.cell(null));
  }

  @Test
  void aCellASpreadsheetWouldTakeForAFormulaIsDefused() {
    for (String formula :
        new String[] {"=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
      assertEquals("\"'" + formula.replace("\"", "\"\"") + "\"", AuditLogCsv.cell(formula));
    }
    assertEquals("\"camera.user\"", AuditLogCsv.cell("camera.user"));
  }
}
