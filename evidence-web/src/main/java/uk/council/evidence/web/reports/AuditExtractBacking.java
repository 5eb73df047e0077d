package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.audit.AuditLogExtract;
import uk.council.evidence.reports.pdf.SigningKeyException;
import uk.council.evidence.web.shell.Messages;
import uk.council.evidence.web.shell.Portal;

/** Downloads the signed audit log extract for a period of whole UK days. */
@Named("auditExtract")
@RequestScoped
public class AuditExtractBacking {

  @Inject AuditLog audit;
  @Inject ReportSigning reports;
  @Inject Portal portal;
  @Inject SecurityContext security;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject Clock clock;

  public void download(LocalDate fromDay, LocalDate toDay) throws IOException {
    if (fromDay == null) {
      messages.reject(
          "extractForm", new InvalidInput("from", "Enter the first day of the period."));
      return;
    }
    if (toDay == null) {
      messages.reject("extractForm", new InvalidInput("to", "Enter the last day of the period."));
      return;
    }
    if (toDay.isBefore(fromDay)) {
      messages.reject(
          "extractForm",
          new InvalidInput("to", "The last day must be the same as or after the first day."));
      return;
    }
    Instant from = fromDay.atStartOfDay(AuditLogExtract.UK_TIME).toInstant();
    Instant to = toDay.plusDays(1).atStartOfDay(AuditLogExtract.UK_TIME).toInstant();
    String username = security.getCallerPrincipal().getName();
    Instant now = clock.instant();
    SignedReport report;
    try {
      var extract = new AuditLogExtract(reports.templates(), reports.finishing());
      var data = audit.extract(from, to, AuditLogExtract.MAX_EVENTS);
      report =
          extract.produce(
              new AuditLogExtract.Request(
                  from,
                  to,
                  AuditLogExtract.UK_TIME,
                  portal.getCouncilName(),
                  username,
                  now,
                  data.events(),
                  data.eventsInPeriod(),
                  data.chain()));
    } catch (ReportSigning.ReportsUnavailable | SigningKeyException e) {
      messages.reject(
          "extractForm", new InvalidInput("Reports cannot be signed now. " + e.getMessage()));
      return;
    }
    ExternalContext ext = faces.getExternalContext();
    audit.record(
        new AuditEntry(
            username,
            AuditAction.REPORT_DOWNLOADED,
            "report",
            AuditLogExtract.KIND,
            "period "
                + fromDay
                + " to "
                + toDay
                + "; "
                + report.fileName()
                + "; sha256 "
                + report.sha256(),
            ((HttpServletRequest) ext.getRequest()).getRemoteAddr(),
            now));
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
