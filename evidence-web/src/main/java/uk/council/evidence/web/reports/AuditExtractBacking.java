package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import uk.council.evidence.audit.entity.AuditQuery;
import uk.council.evidence.reports.ReportProduction;

/** Downloads the signed audit log extract for a period of whole UK days, filtered as searched. */
@Named("auditExtract")
@RequestScoped
public class AuditExtractBacking {

  @Inject ReportProduction reports;
  @Inject ReportDownloads downloads;

  /**
   * The extract of the days {@code fromDay} to {@code toDay}, of the events {@code filter} finds.
   */
  public void download(LocalDate fromDay, LocalDate toDay, AuditQuery filter) throws IOException {
    downloads.send(
        "extractForm", address -> reports.auditLogExtract(fromDay, toDay, filter, address));
  }
}
