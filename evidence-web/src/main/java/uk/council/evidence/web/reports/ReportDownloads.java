package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.function.Function;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.ReportFile;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.web.shell.Messages;

/**
 * Sends a signed report or another report file that {@code evidence-reports} produced and audited,
 * or puts why it could not be produced beside the form's {@code from} and {@code to} fields, with
 * what was typed kept.
 */
@RequestScoped
public class ReportDownloads {

  @Inject Messages messages;
  @Inject FacesContext faces;

  /**
   * Sends the report made for the request's address, or shows why there is none.
   *
   * @param formId the form whose fields the problems are about
   */
  public void send(String formId, Function<String, SignedReport> produce) throws IOException {
    sendFile(formId, address -> ReportFile.of(produce.apply(address)));
  }

  /**
   * Sends a report file (a signed PDF, a CSV, a web page) made for the request's address, or shows
   * why there is none.
   *
   * @param formId the form whose fields the problems are about
   */
  public void sendFile(String formId, Function<String, ReportFile> produce) throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ReportFile file;
    try {
      file = produce.apply(((HttpServletRequest) ext.getRequest()).getRemoteAddr());
    } catch (InvalidInput e) {
      messages.reject(formId, e);
      return;
    }
    ext.responseReset();
    ext.setResponseContentType(file.mediaType());
    ext.setResponseContentLength(file.bytes().length);
    ext.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    ext.setResponseHeader("Cache-Control", "no-store");
    ext.getResponseOutputStream().write(file.bytes());
    faces.responseComplete();
  }
}
