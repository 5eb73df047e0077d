package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.deletion.DeletionCertificate;
import uk.council.evidence.retention.boundary.RetentionReports;
import uk.council.evidence.retention.entity.DeletionsInPeriod;

/** Downloads the signed deletion certificate for a period of whole UK days. */
@Named("deletionCertificate")
@RequestScoped
public class DeletionCertificateBacking {

  static final String FORM = "certificateForm";

  @Inject RetentionReports retention;
  @Inject ReportSigning reports;
  @Inject ReportDownloads downloads;

  public void download(LocalDate fromDay, LocalDate toDay) throws IOException {
    downloads.download(
        FORM,
        fromDay,
        toDay,
        DeletionCertificate.KIND,
        heading -> {
          ReportPeriod period = heading.period();
          var certificate = new DeletionCertificate(reports.templates(), reports.finishing());
          DeletionsInPeriod deletions =
              retention.deletions(period.from(), period.to(), DeletionCertificate.MAX_RECORDS);
          if (!deletions.complete()) {
            throw new InvalidInput(
                "to",
                String.format(
                    Locale.UK,
                    "That period holds %,d deletions, and a certificate lists at most %,d:"
                        + " choose a shorter period.",
                    deletions.inPeriod(),
                    DeletionCertificate.MAX_RECORDS));
          }
          return certificate.produce(new DeletionCertificate.Request(heading, deletions));
        });
  }
}
