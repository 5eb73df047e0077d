package uk.council.evidence.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

class ReportTemplatesTest {

  @Test
  void aDesignIsCompiledOnceHoweverManyAskAtOnce() throws Exception {
    ReportTemplates templates = new ReportTemplates();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      Callable<JasperReport> compile = () -> templates.compiled("audit-log-extract");
      List<Future<JasperReport>> results = threads.invokeAll(List.of(compile, compile, compile));
      JasperReport first = results.get(0).get();
      for (Future<JasperReport> result : results) {
        assertSame(first, result.get());
      }
      assertSame(first, templates.compiled("audit-log-extract"));
      assertEquals("audit-log-extract", first.getName());
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void anUnknownDesignIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new ReportTemplates().compiled("monthly-usage"));
    assertEquals("There is no report design /reports/monthly-usage.jrxml", e.getMessage());
  }

  @Test
  void aNameThatIsAPathIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new ReportTemplates().compiled("../reports/x"));
    assertThrows(IllegalArgumentException.class, () -> new ReportTemplates().compiled(null));
  }
}
