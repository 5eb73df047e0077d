package uk.council.evidence.request.boundary;

import static uk.council.evidence.platform.control.SqlValues.instant;
import static uk.council.evidence.platform.control.SqlValues.utc;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.request.entity.Redaction;
import uk.council.evidence.request.entity.RedactionJob;
import uk.council.evidence.request.entity.Track;

/**
 * The redaction worker's queue, each step its own transaction: claiming the next job, telling how
 * far it is (which also says the worker is alive), and finishing or failing it with what it made. A
 * job whose worker has said nothing for {@link #SILENT} is queued again and starts over; after
 * {@link #ATTEMPTS} starts it fails. Jobs are the server's own work, asked for by a data protection
 * officer through {@link Redactions}, which checks who may.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RedactionJobs {

  /** How long a running job may go without a word before it is taken for stopped. */
  static final Duration SILENT = Duration.ofSeconds(60);

  /** How many times a job is started before it is failed. */
  static final int ATTEMPTS = 3;

  static final String COLUMNS =
      "id, redaction_id, kind, status, queued_at, done_ms, of_ms, failure";

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Queues again the jobs whose worker went silent (a server stopped or was killed), failing those
   * started too often.
   */
  public void requeueSilent() {
    Instant now = clock.instant();
    em.createNativeQuery(
            "UPDATE redaction_job SET status = CASE WHEN attempts >= ?3 THEN 'FAILED' ELSE 'QUEUED'"
                + " END, failure = CASE WHEN attempts >= ?3 THEN 'The server stopped while it ran, "
                + ATTEMPTS
                + " times.' END, finished_at = CASE WHEN attempts >= ?3 THEN CAST(?1 AS timestamptz) END"
                + " WHERE status = 'RUNNING' AND heartbeat_at < ?2")
        .setParameter(1, utc(now))
        .setParameter(2, utc(now.minus(SILENT)))
        .setParameter(3, ATTEMPTS)
        .executeUpdate();
  }

  /** The job waiting longest, now running; empty if none waits. */
  public Optional<RedactionJob> claim() {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "UPDATE redaction_job SET status = 'RUNNING', started_at = ?1, heartbeat_at = ?1,"
                    + " attempts = attempts + 1, done_ms = 0 WHERE id = (SELECT id FROM"
                    + " redaction_job WHERE status = 'QUEUED' ORDER BY queued_at, id LIMIT 1"
                    + " FOR UPDATE SKIP LOCKED) RETURNING "
                    + COLUMNS)
            .setParameter(1, utc(now))
            .getResultList();
    return rows.stream().findFirst().map(RedactionJobs::job);
  }

  /** How far a running job is; renews its heartbeat. */
  public void progress(long id, long doneMs, long ofMs) {
    em.createNativeQuery(
            "UPDATE redaction_job SET done_ms = ?2, of_ms = ?3, heartbeat_at = ?4"
                + " WHERE id = ?1 AND status = 'RUNNING'")
        .setParameter(1, id)
        .setParameter(2, doneMs)
        .setParameter(3, ofMs)
        .setParameter(4, utc(clock.instant()))
        .executeUpdate();
  }

  /** The faces found: kept with the redaction, and the job done, together. */
  public void facesFound(RedactionJob job, List<Track> tracks, List<String> thumbnails) {
    Instant now = clock.instant();
    Redaction redaction =
        em.find(Redaction.class, job.redactionId(), LockModeType.PESSIMISTIC_WRITE);
    redaction.facesFound(tracks, thumbnails, now);
    done(job.id(), now);
    audit.record(
        AuditEntry.of(
                "system",
                AuditAction.REDACTION_FACES_FOUND,
                "recording",
                redaction.getRecordingId(),
                now)
            .withDetails(
                tracks.size()
                    + " tracks found for the redaction of request "
                    + redaction.getRequestId()));
  }

  /**
   * The copy made and stored: kept with the redaction, and the job done, together.
   *
   * @return false if the plan changed since the job was queued: the copy is not kept, and the job
   *     fails saying so
   */
  public boolean copyMade(RedactionJob job, String sha256, long sizeBytes) {
    Instant now = clock.instant();
    Redaction redaction =
        em.find(Redaction.class, job.redactionId(), LockModeType.PESSIMISTIC_WRITE);
    if (!redaction.isPreviewWatched() || redaction.planChangedAfter(job.queuedAt())) {
      fail(job.id(), "The redaction changed while the copy was being made; make it again.");
      return false;
    }
    String by = queuedBy(job.id());
    redaction.copyMade(sha256, sizeBytes, by, now);
    done(job.id(), now);
    audit.record(
        AuditEntry.of(
                by, AuditAction.REDACTED_COPY_MADE, "recording", redaction.getRecordingId(), now)
            .withDetails(
                "for request "
                    + redaction.getRequestId()
                    + ", sha256 "
                    + sha256
                    + ", "
                    + sizeBytes
                    + " bytes"));
    return true;
  }

  /** Marks a running job failed, saying why; audited. */
  public void failed(RedactionJob job, String why) {
    fail(job.id(), why);
    audit.record(
        AuditEntry.of(
                "system",
                AuditAction.REDACTION_FAILED,
                "redaction",
                job.redactionId(),
                clock.instant())
            .withDetails(job.kind().title() + ": " + why));
  }

  private void fail(long id, String why) {
    String said = why == null || why.isBlank() ? "It could not be done." : why;
    em.createNativeQuery(
            "UPDATE redaction_job SET status = 'FAILED', finished_at = ?2, failure = ?3"
                + " WHERE id = ?1 AND status = 'RUNNING'")
        .setParameter(1, id)
        .setParameter(2, utc(clock.instant()))
        .setParameter(3, said.length() > 2000 ? said.substring(0, 2000) : said)
        .executeUpdate();
  }

  private void done(long id, Instant now) {
    em.createNativeQuery(
            "UPDATE redaction_job SET status = 'DONE', finished_at = ?2, done_ms = coalesce(of_ms, done_ms)"
                + " WHERE id = ?1 AND status = 'RUNNING'")
        .setParameter(1, id)
        .setParameter(2, utc(now))
        .executeUpdate();
  }

  private String queuedBy(long id) {
    return (String)
        em.createNativeQuery("SELECT queued_by FROM redaction_job WHERE id = ?1")
            .setParameter(1, id)
            .getSingleResult();
  }

  static RedactionJob job(Object[] r) {
    return new RedactionJob(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        RedactionJob.Kind.valueOf((String) r[2]),
        RedactionJob.Status.valueOf((String) r[3]),
        instant(r[4]),
        ((Number) r[5]).longValue(),
        r[6] == null ? null : ((Number) r[6]).longValue(),
        (String) r[7]);
  }
}
