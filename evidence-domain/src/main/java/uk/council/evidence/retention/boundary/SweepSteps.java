package uk.council.evidence.retention.boundary;

import static uk.council.evidence.platform.control.SqlValues.instant;
import static uk.council.evidence.platform.control.SqlValues.utc;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.footage.control.LibrarySql;

/**
 * The deletion sweep's two database steps, each its own transaction: claiming due recordings, and
 * finishing one whose files are gone. Between the two, only files are touched.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SweepSteps {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditLog audit;

  /** A claimed recording: what the sweep needs to remove its files. */
  public record Claimed(long id, String sha256) {}

  /**
   * Claims up to {@code limit} recordings for deletion: those already claimed by a sweep that
   * stopped part-way, then those due by {@code now} with no active hold. Rows locked by someone
   * placing a hold are skipped (they are decided next time). The rows are first locked, then each
   * is claimed by a statement of its own, which sees any hold committed up to that moment: a hold
   * placed while the sweep was choosing rows is never missed. Claimed rows stay claimed until
   * finished, so every sweep running retries them; finishing is idempotent.
   *
   * @param skip ids not to claim again in this sweep (they failed earlier in it)
   */
  public List<Claimed> claim(Instant now, int limit, java.util.Set<Long> skip) {
    @SuppressWarnings("unchecked")
    List<Object> candidates =
        em.createNativeQuery(
                "SELECT r.id FROM recording r WHERE r.deleting_since IS NOT NULL"
                    + " OR (r.deletion_due_at <= ?1 AND NOT "
                    + String.format(LibrarySql.HELD, 1)
                    + ") ORDER BY r.deleting_since NULLS LAST, r.deletion_due_at, r.id"
                    + " LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, utc(now))
            .setParameter(2, limit + skip.size())
            .getResultList();
    List<Claimed> claimed = new java.util.ArrayList<>();
    for (Object candidate : candidates) {
      long id = ((Number) candidate).longValue();
      if (skip.contains(id) || claimed.size() >= limit) {
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Object[]> row =
          em.createNativeQuery(
                  "UPDATE recording r SET deleting_since = coalesce(r.deleting_since, ?1)"
                      + " WHERE r.id = ?2 AND (r.deleting_since IS NOT NULL"
                      + " OR (r.deletion_due_at <= ?1 AND NOT "
                      + String.format(LibrarySql.HELD, 1)
                      + ")) RETURNING r.id, r.sha256")
              .setParameter(1, utc(now))
              .setParameter(2, id)
              .getResultList();
      row.forEach(
          r -> claimed.add(new Claimed(((Number) r[0]).longValue(), ((String) r[1]).strip())));
    }
    return claimed;
  }

  /**
   * Records the deletion of a claimed recording whose files are gone, removes its row and what
   * hangs off it, and audits it: all or nothing. Finishing one already finished does nothing.
   */
  public boolean finish(long id, String rule, Instant now) {
    int recorded =
        em.createNativeQuery(
                "INSERT INTO deletion_record (recording_id, camera_serial, wearer, service_area,"
                    + " recorded_start, recorded_end, uploaded_at, size_bytes, sha256, rule, due_at,"
                    + " deleted_at)"
                    + " SELECT r.id, c.serial, w.display_name, a.name, r.recorded_start,"
                    + " r.recorded_end, r.uploaded_at, r.size_bytes, r.sha256, ?2,"
                    + " r.deletion_due_at, ?3"
                    + " FROM recording r JOIN camera c ON c.id = r.camera_id"
                    + " LEFT JOIN staff_member w ON w.id = r.wearer_id"
                    + " LEFT JOIN service_area a ON a.id = r.service_area_id"
                    + " WHERE r.id = ?1 AND r.deleting_since IS NOT NULL"
                    + " ON CONFLICT (recording_id) DO NOTHING")
            .setParameter(1, id)
            .setParameter(2, rule)
            .setParameter(3, utc(now))
            .executeUpdate();
    if (recorded == 0) {
      return false;
    }
    for (String table : List.of("recording_note", "fixity_result", "recording_hold")) {
      em.createNativeQuery("DELETE FROM " + table + " WHERE recording_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
    }
    em.createNativeQuery("DELETE FROM recording WHERE id = ?1").setParameter(1, id).executeUpdate();
    Object[] record =
        (Object[])
            em.createNativeQuery(
                    "SELECT camera_serial, recorded_start, size_bytes, sha256, due_at"
                        + " FROM deletion_record WHERE recording_id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    audit.record(
        AuditEntry.of("system", AuditAction.FOOTAGE_DELETED, "recording", id, now)
            .withDetails(
                String.format(
                    "camera %s, recorded %s, %s bytes, sha256 %s, due %s; %s",
                    record[0],
                    instant(record[1]),
                    record[2],
                    ((String) record[3]).strip(),
                    instant(record[4]),
                    rule)));
    return true;
  }

  /** The latest deletion records, newest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<DeletionSweep.Deleted> latest(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT recording_id, camera_serial, wearer, recorded_start, size_bytes, sha256,"
                    + " due_at, deleted_at FROM deletion_record"
                    + " ORDER BY deleted_at DESC, recording_id DESC")
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DeletionSweep.Deleted(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    instant(r[3]),
                    ((Number) r[4]).longValue(),
                    ((String) r[5]).strip(),
                    instant(r[6]),
                    instant(r[7])))
        .toList();
  }
}
