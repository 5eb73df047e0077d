package uk.council.evidence.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.reports.compliance.ComplianceReports;
import uk.council.evidence.reports.compliance.ComplianceReports.Report;

/**
 * The compliance officer's reports page: a period (the last twelve whole months unless changed) and
 * each report as a signed PDF or as CSV.
 */
@Named("complianceReports")
@RequestScoped
public class ComplianceReportsBacking {

  static final String FORM = "reports";

  @Inject ComplianceReports reports;
  @Inject ReportDownloads downloads;
  @Inject Clock clock;

  private String from;
  private String to;

  /** Downloads one report, {@code which} by its name, as CSV or as a signed PDF. */
  public void download(String which, boolean csv) throws IOException {
    Report report = Report.valueOf(which);
    downloads.sendFile(FORM, address -> reports.produce(report, from, to, csv, address));
  }

  public Report[] getReports() {
    return Report.values();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(CouncilTime.ZONE));
  }

  public String getFrom() {
    if (from == null) {
      from = today().withDayOfMonth(1).minusMonths(12).toString();
    }
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    if (to == null) {
      to = today().withDayOfMonth(1).minusDays(1).toString();
    }
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
