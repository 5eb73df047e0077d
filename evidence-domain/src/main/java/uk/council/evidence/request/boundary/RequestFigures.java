package uk.council.evidence.request.boundary;

import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.council.evidence.platform.control.SpanTable;
import uk.council.evidence.platform.control.SqlValues;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.request.control.RequestSql;
import uk.council.evidence.request.entity.FootageGone;
import uk.council.evidence.request.entity.Outcome;
import uk.council.evidence.request.entity.RequestCount;
import uk.council.evidence.request.entity.RequestKind;
import uk.council.evidence.retention.boundary.RetentionReports;

/**
 * How requests were handled over a period, for the compliance officer's review: counts only, in one
 * grouped statement, with no requester named.
 */
@Stateless
@RolesAllowed(COMPLIANCE_OFFICER)
public class RequestFigures {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject RetentionReports retention;

  /**
   * Per kind of request, the days {@code [from, to)}: received, answered, in time, late, refused.
   */
  public List<RequestCount> counts(LocalDate from, LocalDate to) {
    List<String> refusals =
        Arrays.stream(Outcome.values()).filter(Outcome::isRefusal).map(Outcome::name).toList();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(RequestSql.countsInPeriod(refusals))
            .setParameter(1, java.sql.Date.valueOf(from))
            .setParameter(2, java.sql.Date.valueOf(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new RequestCount(
                    RequestKind.valueOf((String) r[0]),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue()))
        .toList();
  }

  /**
   * The requests of each of the months {@code [first, last]}, all kinds together: received,
   * answered, in time, late, refused. A grouped count per month.
   */
  public List<MonthFigures> perMonth(YearMonth first, YearMonth last) {
    List<MonthFigures> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      List<RequestCount> kinds = counts(m.atDay(1), m.plusMonths(1).atDay(1));
      months.add(
          new MonthFigures(
              m,
              kinds.stream().mapToLong(RequestCount::received).sum(),
              kinds.stream().mapToLong(RequestCount::answered).sum(),
              kinds.stream().mapToLong(RequestCount::inTime).sum(),
              kinds.stream().mapToLong(RequestCount::late).sum(),
              kinds.stream().mapToLong(RequestCount::refused).sum()));
    }
    return months;
  }

  /** A month's requests, all kinds together. */
  public record MonthFigures(
      YearMonth month, long received, long answered, long inTime, long late, long refused) {}

  /**
   * The requests received in the days {@code [from, to)} that asked for a time from which footage
   * had been deleted before they were logged, the earliest received first: the requests' windows
   * read here, the deletions counted by retention, before the day of receipt and before logging.
   */
  public List<FootageGone> askedAfterDeletion(LocalDate from, LocalDate to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, reference, kind, received_on, sought_from, sought_until, logged_at"
                    + " FROM footage_request WHERE received_on >= ?1 AND received_on < ?2"
                    + " AND sought_from IS NOT NULL ORDER BY received_on, id")
            .setParameter(1, java.sql.Date.valueOf(from))
            .setParameter(2, java.sql.Date.valueOf(to))
            .getResultList();
    List<SpanTable.Span> untilReceived = new ArrayList<>();
    List<SpanTable.Span> untilLogged = new ArrayList<>();
    for (Object[] r : rows) {
      long id = ((Number) r[0]).longValue();
      Instant soughtFrom = SqlValues.instant(r[4]);
      Instant soughtUntil = SqlValues.instant(r[5]);
      untilReceived.add(
          new SpanTable.Span(
              id, soughtFrom, soughtUntil, received(r).atStartOfDay(CouncilTime.ZONE).toInstant()));
      untilLogged.add(new SpanTable.Span(id, soughtFrom, soughtUntil, SqlValues.instant(r[6])));
    }
    Map<Long, Long> beforeReceipt = retention.deletedBefore(untilReceived);
    Map<Long, Long> beforeLogging = retention.deletedBefore(untilLogged);
    List<FootageGone> gone = new ArrayList<>();
    for (Object[] r : rows) {
      long id = ((Number) r[0]).longValue();
      long before = beforeReceipt.getOrDefault(id, 0L);
      long all = beforeLogging.getOrDefault(id, 0L);
      if (all > 0) {
        gone.add(
            new FootageGone(
                (String) r[1],
                RequestKind.valueOf((String) r[2]),
                received(r),
                before,
                Math.max(0, all - before)));
      }
    }
    return gone;
  }

  private static LocalDate received(Object[] row) {
    return ((java.sql.Date) row[3]).toLocalDate();
  }
}
