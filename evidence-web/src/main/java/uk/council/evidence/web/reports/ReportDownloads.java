package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.SigningKeyException;
import uk.council.evidence.web.shell.Messages;
import uk.council.evidence.web.shell.Portal;

/**
 * What every signed report's download does, whichever the report: checks the period of whole UK
 * days typed into a form's {@code from} and {@code to} fields, has the report produced for it, and
 * sends the PDF, audited as {@code REPORT_DOWNLOADED} with the report's kind and the file's
 * SHA-256. Anything wrong comes back as messages on the form, with what was typed kept.
 */
@RequestScoped
public class ReportDownloads {

  @Inject AuditLog audit;
  @Inject Portal portal;
  @Inject SecurityContext security;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject Clock clock;

  /** Makes one report for a heading (council, period, who and when). */
  @FunctionalInterface
  public interface Producer {
    /**
     * @throws InvalidInput if this period cannot have the report, with why
     */
    SignedReport produce(ReportHeading heading);
  }

  /**
   * Produces and sends the report of the days {@code fromDay} to {@code toDay}, both included.
   *
   * @param formId the form whose {@code from} and {@code to} fields hold the days
   * @param kind the report's kind, for the audit event
   */
  public void download(
      String formId, LocalDate fromDay, LocalDate toDay, String kind, Producer producer)
      throws IOException {
    if (fromDay == null) {
      messages.reject(formId, new InvalidInput("from", "Enter the first day of the period."));
      return;
    }
    if (toDay == null) {
      messages.reject(formId, new InvalidInput("to", "Enter the last day of the period."));
      return;
    }
    if (toDay.isBefore(fromDay)) {
      messages.reject(
          formId,
          new InvalidInput("to", "The last day must be the same as or after the first day."));
      return;
    }
    String username = security.getCallerPrincipal().getName();
    ReportHeading heading =
        new ReportHeading(
            portal.getCouncilName(),
            ReportPeriod.ofDays(fromDay, toDay, ReportPeriod.UK_TIME),
            username,
            clock.instant());
    SignedReport report;
    try {
      report = producer.produce(heading);
    } catch (ReportSigning.ReportsUnavailable | SigningKeyException e) {
      messages.reject(formId, new InvalidInput("Reports cannot be signed now. " + e.getMessage()));
      return;
    } catch (InvalidInput e) {
      messages.reject(formId, e);
      return;
    }
    ExternalContext ext = faces.getExternalContext();
    audit.record(
        new AuditEntry(
            username,
            AuditAction.REPORT_DOWNLOADED,
            "report",
            kind,
            "period "
                + fromDay
                + " to "
                + toDay
                + "; "
                + report.fileName()
                + "; sha256 "
                + report.sha256(),
            ((HttpServletRequest) ext.getRequest()).getRemoteAddr(),
            heading.generatedAt()));
    ext.responseReset();
    ext.setResponseContentType("application/pdf");
    ext.setResponseContentLength(report.pdf().length);
    ext.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"");
    ext.setResponseHeader("Cache-Control", "no-store");
    ext.getResponseOutputStream().write(report.pdf());
    faces.responseComplete();
  }
}
