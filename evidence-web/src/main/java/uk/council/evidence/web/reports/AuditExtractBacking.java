package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import uk.council.evidence.reports.ReportProduction;

/** Downloads the signed audit log extract for a period of whole UK days. */
@Named("auditExtract")
@RequestScoped
public class AuditExtractBacking {

  @Inject ReportProduction reports;
  @Inject ReportDownloads downloads;

  public void download(LocalDate fromDay, LocalDate toDay) throws IOException {
    downloads.send("extractForm", address -> reports.auditLogExtract(fromDay, toDay, address));
  }
}
