package uk.council.evidence.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * The report designs in {@code src/main/resources/reports/*.jrxml}, compiled once each, and the
 * step that fills one with data and exports it to PDF.
 *
 * <p>Compiling a design takes one to three seconds (it generates and compiles Java for the
 * expressions), filling it a few milliseconds per page; so each design is compiled on first use and
 * the compiled form kept for the life of this object. Hold one instance for the application and, if
 * the first report of the day should not pay for the compilation, call {@link #compiled(String)}
 * for each design at start-up. Safe for concurrent use.
 */
public final class ReportTemplates {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /**
   * Filled pages kept in the heap before the rest go to a temporary swap file. A page of events
   * holds a few hundred objects; a 50,000-event extract is some 2,000 pages, which would otherwise
   * all sit in the heap until the PDF is written.
   */
  private static final int PAGES_IN_MEMORY = 50;

  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

  /** An empty cache; designs compile on first use. */
  public ReportTemplates() {}

  /**
   * The compiled design {@code reports/<name>.jrxml}, compiled now if it has not been yet.
   *
   * @param name the file name without {@code .jrxml}: lower case letters, digits and hyphens
   * @return the same instance on every call for the same name
   * @throws IllegalArgumentException if there is no such design
   * @throws IllegalStateException if the design does not compile (a defect in this module)
   */
  public JasperReport compiled(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a report design name: " + name);
    }
    return compiled.computeIfAbsent(name, ReportTemplates::compile);
  }

  private static JasperReport compile(String name) {
    String resource = "/reports/" + name + ".jrxml";
    try (InputStream design = ReportTemplates.class.getResourceAsStream(resource)) {
      if (design == null) {
        throw new IllegalArgumentException("There is no report design " + resource);
      }
      return JasperCompileManager.compileReport(design);
    } catch (JRException e) {
      throw new IllegalStateException(
          "The report design " + resource + " does not compile: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the report design " + resource, e);
    }
  }

  /**
   * Fills a design with parameters and rows and exports the result as PDF.
   *
   * <p>Filled pages beyond the first fifty are kept in a temporary swap file, deleted afterwards,
   * so that a long report does not need its every page in the heap.
   *
   * @param name the design, as for {@link #compiled(String)}
   * @param parameters the design's parameters by name (copied; not changed)
   * @param rows the rows of the main dataset, read once
   * @return the PDF, unsigned and without the finishing of {@code reports.pdf}
   */
  public byte[] fillToPdf(String name, Map<String, ?> parameters, JRDataSource rows) {
    JasperReport report = compiled(name);
    JRSwapFile swapFile =
        new JRSwapFile(System.getProperty("java.io.tmpdir"), 64 * 1024, 64 * 1024);
    JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swapFile, true);
    try {
      Map<String, Object> values = new HashMap<>(parameters);
      values.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
      JasperPrint print = JasperFillManager.fillReport(report, values, rows);
      virtualizer.setReadOnly(true);
      ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
      JRPdfExporter exporter = new JRPdfExporter();
      exporter.setExporterInput(new SimpleExporterInput(print));
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
      SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
      configuration.setCompressed(true);
      exporter.setConfiguration(configuration);
      exporter.exportReport();
      return pdf.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException(
          "The report " + name + " could not be produced: " + e.getMessage(), e);
    } finally {
      virtualizer.cleanup();
    }
  }
}
