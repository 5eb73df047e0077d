package uk.council.evidence.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRDataSource;
import uk.council.evidence.reports.pdf.PdfFinishing;
import uk.council.evidence.reports.pdf.ReportAttachment;
import uk.council.evidence.reports.pdf.ReportDescription;
import uk.council.evidence.reports.pdf.SigningKey;

/**
 * What every signed report does once its content is known: fill the compiled template, attach the
 * same content as JSON for machines, add the metadata and sign. Each report says what goes in; this
 * is the one way it comes out.
 */
public final class SignedPdfs {

  private final ReportTemplates templates;
  private final PdfFinishing finishing;

  public SignedPdfs(ReportTemplates templates, PdfFinishing finishing) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.finishing = Objects.requireNonNull(finishing, "finishing");
  }

  /** The key that will sign; a report checks it before the seconds of filling, not after. */
  public SigningKey signingKey() {
    return finishing.signingKey();
  }

  /**
   * Fills {@code template} with the parameters and rows, attaches {@code json} as the report's data
   * and signs it.
   *
   * @param jsonFile the attachment's file name, e.g. {@code figures.json}
   * @param jsonAbout one sentence saying what the attachment holds
   */
  public SignedReport produce(
      String template,
      Map<String, ?> parameters,
      JRDataSource rows,
      ReportDescription description,
      String jsonFile,
      String jsonAbout,
      String json,
      String fileName) {
    byte[] pdf = templates.fillToPdf(template, parameters, rows);
    byte[] signed =
        finishing.finish(
            pdf,
            description,
            List.of(
                new ReportAttachment(
                    jsonFile,
                    "application/json",
                    jsonAbout,
                    json.getBytes(StandardCharsets.UTF_8))));
    return SignedReport.of(fileName, signed);
  }
}
