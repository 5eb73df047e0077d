package uk.council.evidence.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.audit.entity.AuditQuery;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.audit.AuditLogExtract;
import uk.council.evidence.reports.deletion.DeletionCertificate;
import uk.council.evidence.reports.pdf.SigningKeyException;
import uk.council.evidence.retention.boundary.RetentionReports;
import uk.council.evidence.retention.entity.DeletionsInPeriod;

/**
 * Produces the signed reports of a period of whole UK days, for whoever asks (a screen, an API, a
 * timer) and the same way for each: checks the period, reads the figures from the domain, fills and
 * signs the PDF, and audits it as {@code REPORT_DOWNLOADED} with the report's kind, the period and
 * the file's SHA-256 before handing it over. Whoever asked only sends the bytes on.
 *
 * <p>Nothing is held in a transaction while a report is filled (seconds for a long one): the domain
 * reads in its own, and the audit event is written in its own once the PDF exists.
 */
@ApplicationScoped
public class ReportProduction {

  @Inject ReportSigning signing;
  @Inject AuditLog audit;
  @Inject RetentionReports retention;
  @Inject CurrentCaller callers;
  @Inject Clock clock;

  /**
   * The audit log extract of the days {@code fromDay} to {@code toDay}, both included: every event
   * in the period that matches {@code filter} (whose own dates are not used), and a verification of
   * the whole chain.
   *
   * @param address where the request came from, for the audit event, or null
   * @throws InvalidInput naming the field ({@code from}, {@code to}) or, for the whole form, saying
   *     that reports cannot be signed now
   */
  public SignedReport auditLogExtract(
      LocalDate fromDay, LocalDate toDay, AuditQuery filter, String address) {
    callers.require(Action.READ_AUDIT_LOG);
    return produce(
        fromDay,
        toDay,
        AuditLogExtract.KIND,
        address,
        heading -> {
          ReportPeriod period = heading.period();
          var query =
              new AuditQuery(
                  filter.actor(),
                  filter.action(),
                  filter.targetType(),
                  filter.targetId(),
                  fromDay,
                  toDay);
          var data = audit.extract(query, AuditLogExtract.MAX_EVENTS);
          var unfiltered =
              new AuditQuery(
                  filter.actor(),
                  filter.action(),
                  filter.targetType(),
                  filter.targetId(),
                  null,
                  null);
          return new AuditLogExtract(signing.pdfs())
              .produce(
                  new AuditLogExtract.Request(
                      period.from(),
                      period.to(),
                      period.zone(),
                      heading.councilName(),
                      heading.generatedBy(),
                      heading.generatedAt(),
                      data.events(),
                      data.eventsInPeriod(),
                      data.chain(),
                      unfiltered.filtered() ? unfiltered.describe() : null));
        });
  }

  /**
   * The deletion certificate of the days {@code fromDay} to {@code toDay}, both included: every
   * recording deleted in the period, as proof. Refused for a period with more deletions than a
   * certificate lists.
   *
   * @param address where the request came from, for the audit event, or null
   * @throws InvalidInput naming the field ({@code from}, {@code to}) or, for the whole form, saying
   *     that reports cannot be signed now
   */
  public SignedReport deletionCertificate(LocalDate fromDay, LocalDate toDay, String address) {
    return produce(
        fromDay,
        toDay,
        DeletionCertificate.KIND,
        address,
        heading -> {
          ReportPeriod period = heading.period();
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
          return new DeletionCertificate(signing.pdfs())
              .produce(new DeletionCertificate.Request(heading, deletions));
        });
  }

  private SignedReport produce(
      LocalDate fromDay,
      LocalDate toDay,
      String kind,
      String address,
      Function<ReportHeading, SignedReport> producer) {
    if (fromDay == null) {
      throw new InvalidInput("from", "Enter the first day of the period.");
    }
    if (toDay == null) {
      throw new InvalidInput("to", "Enter the last day of the period.");
    }
    if (toDay.isBefore(fromDay)) {
      throw new InvalidInput("to", "The last day must be the same as or after the first day.");
    }
    String username = callers.username();
    ReportHeading heading =
        new ReportHeading(
            signing.councilName(),
            ReportPeriod.ofDays(fromDay, toDay, ReportPeriod.UK_TIME),
            username,
            clock.instant());
    SignedReport report;
    try {
      report = producer.apply(heading);
    } catch (ReportSigning.ReportsUnavailable | SigningKeyException e) {
      throw new InvalidInput("Reports cannot be signed now. " + e.getMessage());
    }
    audit.record(
        AuditEntry.of(
                username, AuditAction.REPORT_DOWNLOADED, "report", kind, heading.generatedAt())
            .withDetails(
                "period "
                    + fromDay
                    + " to "
                    + toDay
                    + "; "
                    + report.fileName()
                    + "; sha256 "
                    + report.sha256())
            .from(address));
    return report;
  }
}
