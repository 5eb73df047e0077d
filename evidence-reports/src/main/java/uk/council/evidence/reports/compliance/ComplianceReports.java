package uk.council.evidence.reports.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.casework.boundary.DisclosureLog;
import uk.council.evidence.device.boundary.DeviceInventory;
import uk.council.evidence.device.entity.CameraRow;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.ReportFile;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.ReportSigning;
import uk.council.evidence.reports.pdf.SigningKeyException;
import uk.council.evidence.reports.tables.TableReport;
import uk.council.evidence.reports.tables.TableReportPdf;
import uk.council.evidence.request.boundary.RequestFigures;
import uk.council.evidence.retention.boundary.RetentionReports;
import uk.council.evidence.retention.entity.RetentionReport;

/**
 * The compliance officer's other reports, each a table made by the component that owns its data and
 * handed out as a signed PDF or as CSV: retention compliance by week, request performance by month,
 * the disclosure log, and the device inventory. (The access log of a person or of a recording is
 * the audit log's extract, filtered, with its own PDF and CSV.) Every download is audited as {@code
 * REPORT_DOWNLOADED} with the file's SHA-256.
 */
@ApplicationScoped
public class ComplianceReports {

  /** The reports, by the key the page names them with. */
  public enum Report {
    RETENTION("retention-by-week", "Retention compliance by week"),
    REQUESTS("requests-by-month", "Request performance by month"),
    DISCLOSURES("disclosure-log", "Disclosure log"),
    DEVICES("device-inventory", "Device inventory");

    private final String kind;
    private final String title;

    Report(String kind, String title) {
      this.kind = kind;
      this.title = title;
    }

    public String kind() {
      return kind;
    }

    public String title() {
      return title;
    }
  }

  /** The longest period a report may cover. */
  static final int MAX_YEARS = 3;

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  @Inject ReportSigning signing;
  @Inject RetentionReports retention;
  @Inject RequestFigures requests;
  @Inject DisclosureLog disclosures;
  @Inject DeviceInventory devices;
  @Inject CurrentCaller callers;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * A report over the days from {@code from} to {@code to} (the device inventory is as it is now),
   * as a signed PDF or as CSV.
   *
   * @throws InvalidInput naming a day that is missing or not a date, a period that ends before it
   *     starts or is longer than three years, or if reports cannot be signed now
   */
  public ReportFile produce(Report which, String from, String to, boolean csv, String address) {
    ReportPeriod period = period(from, to);
    ReportHeading heading =
        new ReportHeading(signing.councilName(), period, callers.username(), clock.instant());
    TableReport table = table(which, period);
    ReportFile file;
    if (csv) {
      file =
          ReportFile.text(
              which.kind() + "_" + CouncilTime.fileStamp(heading.generatedAt()) + ".csv",
              "text/csv",
              table.csv());
    } else {
      try {
        file = ReportFile.of(new TableReportPdf(signing.pdfs()).produce(table, heading));
      } catch (ReportSigning.ReportsUnavailable | SigningKeyException e) {
        throw new InvalidInput("Reports cannot be signed now. " + e.getMessage());
      }
    }
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.REPORT_DOWNLOADED,
                "report",
                which.kind(),
                heading.generatedAt())
            .withDetails(
                period.headline()
                    + "; "
                    + table.rows().size()
                    + " rows; "
                    + file.fileName()
                    + "; sha256 "
                    + file.sha256())
            .from(address));
    return file;
  }

  TableReport table(Report which, ReportPeriod period) {
    return switch (which) {
      case RETENTION -> retentionByWeek(period);
      case REQUESTS -> requestsByMonth(period);
      case DISCLOSURES -> disclosureLog(period);
      case DEVICES -> deviceInventory();
    };
  }

  private TableReport retentionByWeek(ReportPeriod period) {
    List<List<String>> rows = new ArrayList<>();
    for (RetentionReport.Week w : retention.byWeek(period.from(), period.to())) {
      long all = w.onTime() + w.late();
      rows.add(
          List.of(
              "Week beginning " + CouncilTime.date(w.start()),
              Long.toString(all),
              Long.toString(w.onTime()),
              Long.toString(w.late()),
              all == 0 ? "" : String.format(Locale.UK, "%.1f%%", 100.0 * w.onTime() / all)));
    }
    return new TableReport(
        Report.RETENTION.kind(),
        Report.RETENTION.title(),
        "Recordings deleted in each week of the period (weeks begin on Monday, UK time), from the"
            + " deletion records: deleted on time, and late (more than "
            + RetentionReports.LATE_AFTER.toMinutes()
            + " minutes after falling due). Weeks with no deletion are left out.",
        List.of("Week", "Deleted", "On time", "Late", "On time (%)"),
        2,
        rows);
  }

  private TableReport requestsByMonth(ReportPeriod period) {
    LocalDate first = LocalDate.ofInstant(period.from(), period.zone());
    LocalDate last = LocalDate.ofInstant(period.to(), period.zone()).minusDays(1);
    List<List<String>> rows = new ArrayList<>();
    for (var m : requests.perMonth(YearMonth.from(first), YearMonth.from(last))) {
      rows.add(
          List.of(
              MONTH.format(m.month()),
              Long.toString(m.received()),
              Long.toString(m.answered()),
              Long.toString(m.inTime()),
              Long.toString(m.late()),
              Long.toString(m.refused())));
    }
    return new TableReport(
        Report.REQUESTS.kind(),
        Report.REQUESTS.title(),
        "Subject access, FOI and third-party requests for footage in each month the period"
            + " touches, whole months: received in the month, and answered in it, in time or late"
            + " against the deadline the law sets, and refused.",
        List.of("Month", "Received", "Answered", "In time", "Late", "Refused"),
        2,
        rows);
  }

  private TableReport disclosureLog(ReportPeriod period) {
    List<List<String>> rows = new ArrayList<>();
    for (DisclosureLog.LogEntry e : disclosures.log(period.from(), period.to())) {
      var p = e.disclosurePackage();
      rows.add(
          List.of(
              p.getReference()
                  + " from "
                  + e.sourceReference()
                  + (e.exhibits().isEmpty() ? "" : ": " + String.join(", ", e.exhibits())),
              p.getRecipientKind().title() + ": " + p.getRecipient(),
              p.getLawfulBasis().title(),
              CouncilTime.dateTime(p.getBuiltAt()) + " by " + p.getBuiltBy(),
              Long.toString(e.downloads()),
              p.getRevokedAt().map(CouncilTime::date).orElse("")));
    }
    return new TableReport(
        Report.DISCLOSURES.kind(),
        Report.DISCLOSURES.title(),
        "Every disclosure package built in the period, oldest first: what it held, to whom it went"
            + " and on which lawful basis, who built it, how often it was downloaded, and when it"
            + " was revoked if it was.",
        List.of(
            "Package and footage", "Recipient", "Lawful basis", "Built", "Downloads", "Revoked"),
        5,
        rows);
  }

  private TableReport deviceInventory() {
    List<List<String>> rows = new ArrayList<>();
    for (CameraRow c : devices.list()) {
      rows.add(
          List.of(
              c.serial() + (c.assetTag() == null ? "" : " (tag " + c.assetTag() + ")"),
              c.make() + " " + c.model(),
              c.status().title(),
              c.area() == null ? DeviceInventory.NO_AREA : c.area(),
              CouncilTime.date(c.registeredAt()),
              c.checkedOut() ? "Checked out" : "In the dock"));
    }
    var docks = devices.docks();
    return new TableReport(
        Report.DEVICES.kind(),
        Report.DEVICES.title(),
        "Every camera the council has registered, as it stands when this report was generated,"
            + " whatever period is asked for: its make and model, state, service area, when it was"
            + " registered, and whether someone has it out now. Docks that may upload: "
            + docks.active()
            + "; revoked: "
            + docks.revoked()
            + ".",
        List.of("Camera", "Make and model", "State", "Service area", "Registered", "Now"),
        7,
        rows);
  }

  private ReportPeriod period(String from, String to) {
    var check = new InputCheck();
    LocalDate first = check.day("from", from, true, "the first day of the period");
    LocalDate last = check.day("to", to, true, "the last day of the period");
    if (first != null && last != null) {
      if (last.isBefore(first)) {
        check.add("to", "The last day must be the same as or after the first day.");
      } else if (last.isAfter(first.plusYears(MAX_YEARS))) {
        check.add(
            "to", "A report covers at most " + MAX_YEARS + " years: choose a shorter period.");
      }
    }
    check.orThrow();
    return ReportPeriod.ofDays(first, last, ReportPeriod.UK_TIME);
  }
}
