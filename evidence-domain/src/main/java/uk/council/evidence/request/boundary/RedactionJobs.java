package uk.council.evidence.request.boundary;

import static uk.council.evidence.platform.control.SqlValues.instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.platform.control.JobQueue;
import uk.council.evidence.platform.entity.JobStatus;
import uk.council.evidence.request.entity.Redaction;
import uk.council.evidence.request.entity.RedactionJob;
import uk.council.evidence.request.entity.Track;

/**
 * The redaction worker's queue, each step its own transaction: claiming the next job, telling how
 * far it is (which also says the worker is alive), and finishing or failing it with what it made. A
 * job whose worker has said nothing for {@link JobQueue#SILENT} is queued again and starts over;
 * after {@link JobQueue#ATTEMPTS} starts it fails. Jobs are the server's own work, asked for by a
 * data protection officer through {@link Redactions}, which checks who may.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RedactionJobs {

  private static final JobQueue QUEUE = new JobQueue("redaction_job", "done_ms", "of_ms");

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
    QUEUE.requeueSilent(em, clock.instant());
  }

  /** The job waiting longest, now running; empty if none waits. */
  public Optional<RedactionJob> claim() {
    return QUEUE.claim(em, clock.instant(), COLUMNS).map(RedactionJobs::job);
  }

  /** How far a running job is; renews its heartbeat. */
  public void progress(long id, long doneMs, long ofMs) {
    QUEUE.progress(em, id, doneMs, ofMs, clock.instant());
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
    QUEUE.fail(em, id, why, clock.instant());
  }

  private void done(long id, Instant now) {
    QUEUE.done(em, id, now, null, null);
  }

  private String queuedBy(long id) {
    return QUEUE.queuedBy(em, id);
  }

  static RedactionJob job(Object[] r) {
    return new RedactionJob(
        ((Number) r[0]).longValue(),
        ((Number) r[1]).longValue(),
        RedactionJob.Kind.valueOf((String) r[2]),
        JobStatus.valueOf((String) r[3]),
        instant(r[4]),
        ((Number) r[5]).longValue(),
        r[6] == null ? null : ((Number) r[6]).longValue(),
        (String) r[7]);
  }
}
