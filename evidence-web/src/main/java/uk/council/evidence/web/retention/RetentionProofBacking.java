package uk.council.evidence.web.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.retention.boundary.RetentionReports;
import uk.council.evidence.retention.entity.RetentionReport;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Period;

/** The compliance officer's retention screen: is footage deleted on time, and what is kept. */
@Named("retentionProof")
@RequestScoped
public class RetentionProofBacking {

  /** How many weeks of deletions the screen shows. */
  static final int WEEKS = 12;

  @Inject RetentionReports reports;
  @Inject Clock clock;

  private RetentionReport report;
  private final Period<LocalDate> period = new Period<>();

  /**
   * Sets the certificate's default period, this month so far, when the page is opened; a submitted
   * form brings its own days.
   */
  public void init() {
    if (period.getTo() == null) {
      LocalDate today = LocalDate.now(clock.withZone(CouncilTime.ZONE));
      period.set(today.withDayOfMonth(1), today);
    }
  }

  public RetentionReport getReport() {
    if (report == null) {
      report = reports.report(WEEKS);
    }
    return report;
  }

  public int getWeeks() {
    return WEEKS;
  }

  public String week(RetentionReport.Week w) {
    return "Week of " + Formats.date(w.start());
  }

  public String time(Instant instant) {
    return instant == null ? "" : Formats.dateTime(instant);
  }

  /** How old something is, in whole days. */
  public String age(Instant since) {
    long days = Duration.between(since, clock.instant()).toDays();
    return Plural.of(days, "day");
  }

  /** Whether the oldest unheld recording is already past its due date (it should never be). */
  public boolean isOldestOverdue() {
    var oldest = getReport().oldestUnheld();
    return oldest != null && oldest.dueAt().plus(getReport().lateAfter()).isBefore(clock.instant());
  }

  /** The deletion certificate's first and last days. */
  public Period<LocalDate> getPeriod() {
    return period;
  }
}
