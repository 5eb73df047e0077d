package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import uk.council.evidence.reports.ReportProduction;

/** Downloads the signed deletion certificate for a period of whole UK days. */
@Named("deletionCertificate")
@RequestScoped
public class DeletionCertificateBacking {

  static final String FORM = "certificateForm";

  @Inject ReportProduction reports;
  @Inject ReportDownloads downloads;

  public void download(LocalDate fromDay, LocalDate toDay) throws IOException {
    downloads.send(FORM, address -> reports.deletionCertificate(fromDay, toDay, address));
  }
}
