package uk.council.evidence.retention.boundary;

import static uk.council.evidence.platform.control.SqlValues.instant;
import static uk.council.evidence.platform.control.SqlValues.utc;
import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.CAMERA_USER;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.DPO;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.SUPERVISOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.footage.entity.RecordedTimes;
import uk.council.evidence.platform.control.SpanTable;
import uk.council.evidence.platform.control.SqlValues;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.retention.control.HoldSql;
import uk.council.evidence.retention.entity.DeletionRecord;
import uk.council.evidence.retention.entity.DeletionsInPeriod;
import uk.council.evidence.retention.entity.HoldKind;
import uk.council.evidence.retention.entity.RetentionFigures;
import uk.council.evidence.retention.entity.RetentionReport;

/** Retention figures for compliance officers, straight from the deletion records and holds. */
@Stateless
@RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
public class RetentionReports {

  /** How long after falling due a deletion counts as late: {@link DeletionRecord#LATE_AFTER}. */
  public static final Duration LATE_AFTER = DeletionRecord.LATE_AFTER;

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject Clock clock;
  @Inject CurrentCaller callers;

  /**
   * When a recording was deleted, for someone who may see every recording's details (a deleted
   * exhibit on a case page); empty if it was not, or for anyone else.
   */
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
  public Optional<Instant> deletedAt(long recordingId) {
    if (!callers.get().mayAll(Action.SEE_FOOTAGE)) {
      return Optional.empty();
    }
    List<?> at =
        em.createNativeQuery("SELECT deleted_at FROM deletion_record WHERE recording_id = ?1")
            .setParameter(1, recordingId)
            .getResultList();
    return at.isEmpty() ? Optional.empty() : Optional.of(SqlValues.instant(at.get(0)));
  }

  /** The last {@code weeks} weeks of deletions, the oldest unheld recording, and active holds. */
  public RetentionReport report(int weeks) {
    Instant now = clock.instant();
    List<RetentionReport.Week> perWeek =
        new ArrayList<>(deletionsByWeek(now.minus(Duration.ofDays(7L * weeks)), null));
    Collections.reverse(perWeek);
    return new RetentionReport(perWeek, oldestUnheld(now), activeHolds(now), LATE_AFTER);
  }

  /**
   * Deletions in {@code [from, to)} by the week (Monday, UK time) they were made in, on time and
   * late, oldest first; weeks with none are left out.
   */
  @RolesAllowed(COMPLIANCE_OFFICER)
  public List<RetentionReport.Week> byWeek(Instant from, Instant to) {
    return deletionsByWeek(from, to);
  }

  /** Deletions from {@code from} until {@code to} (null: until now) by week, oldest first. */
  private List<RetentionReport.Week> deletionsByWeek(Instant from, Instant to) {
    String sql =
        "SELECT (date_trunc('week', deleted_at AT TIME ZONE '"
            + CouncilTime.ZONE.getId()
            + "'))::date,"
            + " count(*) FILTER (WHERE deleted_at <= due_at + make_interval(secs => ?1)),"
            + " count(*) FILTER (WHERE deleted_at > due_at + make_interval(secs => ?1))"
            + " FROM deletion_record WHERE deleted_at >= ?2"
            + (to == null ? "" : " AND deleted_at < ?3")
            + " GROUP BY 1 ORDER BY 1";
    double late = LATE_AFTER.toSeconds();
    List<RetentionReport.Week> weeks = new ArrayList<>();
    for (Object[] r :
        to == null ? rows(sql, late, utc(from)) : rows(sql, late, utc(from), utc(to))) {
      weeks.add(
          new RetentionReport.Week(
              ((java.sql.Date) r[0]).toLocalDate(),
              ((Number) r[1]).longValue(),
              ((Number) r[2]).longValue()));
    }
    return weeks;
  }

  /**
   * Deletions in {@code [from, to)}, on time and late, with the oldest unheld recording and the
   * active holds as they are now: the review's figures for principle 6.
   */
  @RolesAllowed(COMPLIANCE_OFFICER)
  public RetentionFigures figures(Instant from, Instant to) {
    Object[] counts =
        rows(
                "SELECT count(*) FILTER (WHERE deleted_at <= due_at + make_interval(secs => ?1)),"
                    + " count(*) FILTER (WHERE deleted_at > due_at + make_interval(secs => ?1))"
                    + " FROM deletion_record WHERE deleted_at >= ?2 AND deleted_at < ?3",
                (double) LATE_AFTER.toSeconds(),
                utc(from),
                utc(to))
            .get(0);
    Instant now = clock.instant();
    return new RetentionFigures(
        ((Number) counts[0]).longValue(),
        ((Number) counts[1]).longValue(),
        oldestUnheld(now),
        activeHolds(now));
  }

  /**
   * For each span, how many recordings made within it had been deleted before the span's moment
   * ({@code at}): footage from a time asked for that was already gone when it was asked for. One
   * query; spans with none are left out.
   */
  @RolesAllowed(COMPLIANCE_OFFICER)
  public Map<Long, Long> deletedBefore(List<SpanTable.Span> spans) {
    return deletedPerSpan(
        "d.recorded_start >= s.f AND d.recorded_start < s.u AND d.deleted_at < s.a", spans);
  }

  /** The wearers of the recordings made in {@code [from, to)} that have since been deleted. */
  @RolesAllowed(COMPLIANCE_OFFICER)
  public List<Long> wearersDeleted(Instant from, Instant to) {
    // One column: the query gives the values themselves, not rows of them.
    List<?> ids =
        em.createNativeQuery(
                "SELECT DISTINCT wearer_id FROM deletion_record WHERE wearer_id IS NOT NULL"
                    + " AND recorded_start >= ?1 AND recorded_start < ?2")
            .setParameter(1, utc(from))
            .setParameter(2, utc(to))
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /**
   * How many deleted recordings each wearer made within their spans (a span's key is the wearer's
   * id), in one query: wearers with none are left out.
   */
  @RolesAllowed(COMPLIANCE_OFFICER)
  public Map<Long, Long> deletedWithin(List<SpanTable.Span> spans) {
    return deletedPerSpan(
        "d.wearer_id = s.k AND d.recorded_start >= s.f AND d.recorded_start < s.u", spans);
  }

  /**
   * How many deletion records meet {@code on} (over {@code s}, the span, and {@code d}, the record)
   * for each span's key, in one query; keys with none are left out.
   */
  private Map<Long, Long> deletedPerSpan(String on, List<SpanTable.Span> spans) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    if (spans.isEmpty()) {
      return counts;
    }
    for (Object[] r :
        rows(
            "SELECT s.k, count(d.recording_id) FROM "
                + SpanTable.FROM
                + " JOIN deletion_record d ON "
                + on
                + " GROUP BY s.k ORDER BY s.k",
            SpanTable.json(spans))) {
      counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
    return counts;
  }

  /**
   * The recordings made in {@code [from, to)} that have since been deleted, by the service area
   * their deletion records name ({@code noArea} for none), largest first.
   */
  @RolesAllowed(COMPLIANCE_OFFICER)
  public Map<String, Long> deletedByArea(Instant from, Instant to, String noArea) {
    Map<String, Long> byArea = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "SELECT coalesce(service_area, ?3), count(*) FROM deletion_record"
                + " WHERE recorded_start >= ?1 AND recorded_start < ?2"
                + " GROUP BY 1 ORDER BY 2 DESC, 1",
            utc(from),
            utc(to),
            noArea)) {
      byArea.put((String) r[0], ((Number) r[1]).longValue());
    }
    return byArea;
  }

  private RetentionReport.Oldest oldestUnheld(Instant now) {
    List<Object[]> oldest =
        rows(
            "SELECT r.id, r.recorded_start, r.deletion_due_at FROM recording_retention r"
                + " WHERE r.deleting_since IS NULL AND NOT "
                + String.format(HoldSql.HELD, 1)
                + " ORDER BY r.recorded_start LIMIT 1",
            utc(now));
    return oldest.isEmpty()
        ? null
        : new RetentionReport.Oldest(
            ((Number) oldest.get(0)[0]).longValue(),
            instant(oldest.get(0)[1]),
            instant(oldest.get(0)[2]));
  }

  private List<RetentionReport.HoldsOfKind> activeHolds(Instant now) {
    List<RetentionReport.HoldsOfKind> holds = new ArrayList<>();
    List<Object[]> kinds =
        rows(
            "SELECT h.kind, count(*), min(h.placed_at) FROM recording_hold h"
                + " WHERE "
                + String.format(HoldSql.ACTIVE, 1)
                + " GROUP BY h.kind ORDER BY h.kind",
            utc(now));
    for (Object[] k : kinds) {
      holds.add(
          new RetentionReport.HoldsOfKind(
              HoldKind.valueOf((String) k[0]), ((Number) k[1]).longValue(), instant(k[2])));
    }
    return holds;
  }

  /**
   * The deletion records of {@code [from, to)}, by time of deletion and then recording id, at most
   * {@code limit} of them, and how many the period holds in all: what a deletion certificate lists.
   * One statement reads both, so that a deletion committed meanwhile cannot make them disagree.
   */
  @RolesAllowed(COMPLIANCE_OFFICER)
  public DeletionsInPeriod deletions(Instant from, Instant to, int limit) {
    if (limit < 1) {
      // With no row read, the count would read as an empty period.
      throw new IllegalArgumentException("The limit must be at least 1: " + limit);
    }
    List<Object[]> rows =
        rows(
            "SELECT recording_id, camera_serial, wearer, service_area, recorded_start,"
                + " recorded_end, uploaded_at, size_bytes, sha256, rule, due_at, deleted_at,"
                + " count(*) OVER ()"
                + " FROM deletion_record WHERE deleted_at >= ?1 AND deleted_at < ?2"
                + " ORDER BY deleted_at, recording_id LIMIT ?3",
            utc(from),
            utc(to),
            limit);
    List<DeletionRecord> records = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      records.add(deletionRecord(r));
    }
    long inPeriod = rows.isEmpty() ? 0 : ((Number) rows.get(0)[12]).longValue();
    return new DeletionsInPeriod(records, inPeriod);
  }

  /**
   * The deletion records of recordings made during a window (begun before its end, ended after its
   * start), from one camera or wearer where one is named, oldest first, at most {@code limit}: the
   * proof a request that came too late is given that its footage was deleted, when and by which
   * rule. Records keep names, not ids, so the camera and wearer are named as the records name them.
   * No recording lasts more than a day ({@code RecordedTimes.LONGEST}), which bounds the search.
   *
   * @param cameraSerial only this camera's; null for any
   * @param wearer only this wearer's, by name; null for any
   */
  @RolesAllowed({EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER})
  public List<DeletionRecord> deletedDuring(
      Instant from, Instant until, String cameraSerial, String wearer, int limit) {
    List<Object> parameters =
        new ArrayList<>(List.of(utc(until), utc(from), utc(from.minus(RecordedTimes.LONGEST))));
    StringBuilder sql =
        new StringBuilder(
            "SELECT recording_id, camera_serial, wearer, service_area, recorded_start,"
                + " recorded_end, uploaded_at, size_bytes, sha256, rule, due_at, deleted_at"
                + " FROM deletion_record WHERE recorded_start < ?1 AND recorded_end > ?2"
                + " AND recorded_start > ?3");
    if (cameraSerial != null) {
      parameters.add(cameraSerial);
      sql.append(" AND camera_serial = ?").append(parameters.size());
    }
    if (wearer != null) {
      parameters.add(wearer);
      sql.append(" AND wearer = ?").append(parameters.size());
    }
    parameters.add(limit);
    sql.append(" ORDER BY recorded_start, recording_id LIMIT ?").append(parameters.size());
    List<Object[]> rows = rows(sql.toString(), parameters.toArray());
    List<DeletionRecord> records = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      records.add(deletionRecord(r));
    }
    return records;
  }

  /** A deletion record from a row whose first twelve columns are deletion_record's, in order. */
  private static DeletionRecord deletionRecord(Object[] r) {
    return new DeletionRecord(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        instant(r[4]),
        instant(r[5]),
        instant(r[6]),
        ((Number) r[7]).longValue(),
        ((String) r[8]).strip(),
        (String) r[9],
        instant(r[10]),
        instant(r[11]));
  }

  /** The rows of a native query with several columns, its parameters bound as ?1, ?2, ... */
  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  /** Today in the council's zone, for "weeks ago" on screen. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CouncilTime.ZONE);
  }
}
