package uk.council.evidence.footage.control;

import static uk.council.evidence.platform.control.SqlValues.instant;
import static uk.council.evidence.platform.control.SqlValues.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.footage.entity.FixityOutcome;
import uk.council.evidence.footage.entity.FixityReport;

/**
 * The fixity check's records: its progress through the recordings, each recording's latest outcome,
 * and the lease that lets one server at a time check. Each step is its own short transaction, so a
 * server stopped mid-pass loses at most the file it was reading.
 *
 * <p>Internal to the fixity check, which alone may move the pass on or record an outcome: a control
 * bean, not a boundary, so no screen or API can call it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class FixityLedger {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditLog audit;

  /** One stored original to check. */
  public record Due(long recordingId, String sha256, long sizeBytes) {}

  /** Takes the lease until {@code until} unless another holder's lease is still running. */
  public boolean claim(String holder, Instant until, Instant now) {
    return em.createNativeQuery(
                "UPDATE fixity_progress SET lease_holder = ?1, lease_until = ?2"
                    + " WHERE id = 1 AND (lease_until IS NULL OR lease_until < ?3"
                    + " OR lease_holder = ?1)")
            .setParameter(1, holder)
            .setParameter(2, utc(until))
            .setParameter(3, utc(now))
            .executeUpdate()
        == 1;
  }

  public void release(String holder) {
    em.createNativeQuery(
            "UPDATE fixity_progress SET lease_holder = NULL, lease_until = NULL"
                + " WHERE id = 1 AND lease_holder = ?1")
        .setParameter(1, holder)
        .executeUpdate();
  }

  /**
   * The next originals of this pass, in order of recording id; empty when the pass is complete,
   * which then ends it and starts the next.
   */
  public List<Due> next(int limit, Instant now) {
    Object[] progress =
        (Object[])
            em.createNativeQuery(
                    "SELECT after_recording_id, pass_started_at, pass FROM fixity_progress"
                        + " WHERE id = 1 FOR UPDATE")
                .getSingleResult();
    long after = ((Number) progress[0]).longValue();
    if (progress[1] == null) {
      em.createNativeQuery("UPDATE fixity_progress SET pass_started_at = ?1 WHERE id = 1")
          .setParameter(1, utc(now))
          .executeUpdate();
    }
    List<Due> due = page(after, limit);
    if (due.isEmpty() && after > 0) {
      int pass = ((Number) progress[2]).intValue();
      long checked =
          ((Number)
                  em.createNativeQuery("SELECT checked_this_pass FROM fixity_progress WHERE id = 1")
                      .getSingleResult())
              .longValue();
      em.createNativeQuery(
              "UPDATE fixity_progress SET pass = pass + 1, pass_started_at = ?1,"
                  + " last_pass_ended_at = ?1, after_recording_id = 0, checked_this_pass = 0"
                  + " WHERE id = 1")
          .setParameter(1, utc(now))
          .executeUpdate();
      audit.record(
          AuditEntry.of("system", AuditAction.FIXITY_PASS_COMPLETED, "fixity", pass, now)
              .withDetails("pass " + pass + " checked " + checked + " originals"));
      due = page(0, limit);
    }
    return due;
  }

  private List<Due> page(long after, int limit) {
    List<Due> due = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT id, sha256, size_bytes FROM recording WHERE id > ?1"
                    + " AND deleting_since IS NULL ORDER BY id LIMIT ?2")
            .setParameter(1, after)
            .setParameter(2, limit)
            .getResultList()) {
      Object[] r = (Object[]) row;
      due.add(new Due(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()));
    }
    return due;
  }

  /**
   * Records one recording's outcome and moves the pass past it; a failure is also an audit event,
   * the alert that compliance officers and administrators see.
   *
   * @return false if the recording is no longer footage (the deletion sweep took it meanwhile), so
   *     that nothing was recorded
   */
  public boolean record(long recordingId, FixityOutcome outcome, String detail, Instant now) {
    String text = detail.length() > 500 ? detail.substring(0, 500) : detail;
    // A recording the deletion sweep took while its file was being read is not a failure.
    boolean stillFootage =
        !em.createNativeQuery(
                "SELECT 1 FROM recording WHERE id = ?1 AND deleting_since IS NULL FOR SHARE")
            .setParameter(1, recordingId)
            .getResultList()
            .isEmpty();
    if (!stillFootage) {
      moveOn(recordingId, 0);
      return false;
    }
    em.createNativeQuery(
            "INSERT INTO fixity_result (recording_id, checked_at, outcome, detail)"
                + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (recording_id) DO UPDATE"
                + " SET checked_at = EXCLUDED.checked_at, outcome = EXCLUDED.outcome,"
                + " detail = EXCLUDED.detail")
        .setParameter(1, recordingId)
        .setParameter(2, utc(now))
        .setParameter(3, outcome.name())
        .setParameter(4, text)
        .executeUpdate();
    moveOn(recordingId, 1);
    if (outcome.failed()) {
      audit.record(
          AuditEntry.of("system", AuditAction.FIXITY_FAILED, "recording", recordingId, now)
              .withDetails(outcome + ": " + text));
    }
    return true;
  }

  private void moveOn(long recordingId, int checked) {
    em.createNativeQuery(
            "UPDATE fixity_progress SET after_recording_id = greatest(after_recording_id, ?1),"
                + " checked_this_pass = checked_this_pass + ?2 WHERE id = 1")
        .setParameter(1, recordingId)
        .setParameter(2, checked)
        .executeUpdate();
  }

  /** Where checking stands, the failures, and the latest checks: for the boundary to hand out. */
  @Transactional(Transactional.TxType.REQUIRED)
  public FixityReport report(int latest) {
    Object[] p =
        (Object[])
            em.createNativeQuery(
                    "SELECT pass, pass_started_at, last_pass_ended_at, checked_this_pass"
                        + " FROM fixity_progress WHERE id = 1")
                .getSingleResult();
    long recordings =
        ((Number) em.createNativeQuery("SELECT count(*) FROM recording").getSingleResult())
            .longValue();
    String select =
        "SELECT f.recording_id, c.serial, r.recorded_start, f.checked_at, f.outcome, f.detail"
            + " FROM fixity_result f JOIN recording r ON r.id = f.recording_id"
            + " JOIN camera_serial c ON c.id = r.camera_id";
    return new FixityReport(
        ((Number) p[0]).intValue(),
        instant(p[1]),
        instant(p[2]),
        ((Number) p[3]).longValue(),
        recordings,
        checks(select + " WHERE f.outcome <> 'INTACT' ORDER BY f.checked_at DESC", 500),
        checks(select + " ORDER BY f.checked_at DESC, f.recording_id DESC", latest));
  }

  private List<FixityReport.Check> checks(String sql, int limit) {
    List<FixityReport.Check> checks = new ArrayList<>();
    for (Object row : em.createNativeQuery(sql).setMaxResults(limit).getResultList()) {
      Object[] r = (Object[]) row;
      checks.add(
          new FixityReport.Check(
              ((Number) r[0]).longValue(),
              (String) r[1],
              instant(r[2]),
              instant(r[3]),
              FixityOutcome.valueOf((String) r[4]),
              (String) r[5]));
    }
    return checks;
  }
}
