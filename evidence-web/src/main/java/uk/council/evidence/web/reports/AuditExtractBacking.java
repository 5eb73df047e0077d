package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.audit.AuditLogExtract;

/** Downloads the signed audit log extract for a period of whole UK days. */
@Named("auditExtract")
@RequestScoped
public class AuditExtractBacking {

  @Inject AuditLog audit;
  @Inject ReportSigning reports;
  @Inject ReportDownloads downloads;

  public void download(LocalDate fromDay, LocalDate toDay) throws IOException {
    downloads.download(
        "extractForm",
        fromDay,
        toDay,
        AuditLogExtract.KIND,
        heading -> {
          ReportPeriod period = heading.period();
          var extract = new AuditLogExtract(reports.templates(), reports.finishing());
          var data = audit.extract(period.from(), period.to(), AuditLogExtract.MAX_EVENTS);
          return extract.produce(
              new AuditLogExtract.Request(
                  period.from(),
                  period.to(),
                  period.zone(),
                  heading.councilName(),
                  heading.generatedBy(),
                  heading.generatedAt(),
                  data.events(),
                  data.eventsInPeriod(),
                  data.chain()));
        });
  }
}
