package uk.council.evidence.retention.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.retention.control.Sweeper;

/**
 * Deletes recordings that are due and not held, in batches. For each: claim it (a committed mark
 * that it is going, after which no hold can be placed), remove its original and thumbnail, then in
 * one transaction write its deletion record, remove its row and audit it. A sweep stopped anywhere
 * leaves claimed rows, which the next sweep finishes first; removing files is repeatable. So there
 * is never a recording without its bytes, an orphan file, or a deletion without its record. Safe to
 * run on several servers at once: each claims different rows.
 */
@Stateless
public class DeletionSweep {

  @Inject SweepSteps steps;
  @Inject FootageStore store;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** What one sweep did. */
  public record Result(int deleted, Instant at) {}

  /** Deletes everything due now; for the schedule. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Result sweep() {
    Instant now = clock.instant();
    var sweeper = new Sweeper(steps::claim, steps::finish, store::delete, clock);
    return new Result(sweeper.sweep(now), now);
  }

  /** One deleted recording, as its deletion record keeps it. */
  public record Deleted(
      long recordingId,
      String cameraSerial,
      String wearer,
      Instant recordedStart,
      long sizeBytes,
      String sha256,
      Instant dueAt,
      Instant deletedAt) {}

  /** The latest deletions, newest first. */
  @RolesAllowed({"ADMIN", "COMPLIANCE_OFFICER"})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Deleted> latest(int limit) {
    return steps.latest(limit);
  }

  /** An administrator's "run the sweep now"; audited. */
  @RolesAllowed("ADMIN")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Result sweepNow(String address) {
    Result result = sweep();
    audit.recordSeparately(
        AuditEntry.of(
                session.getCallerPrincipal().getName(),
                AuditAction.DELETION_SWEEP_REQUESTED,
                "retention",
                null,
                clock.instant())
            .withDetails(result.deleted() + " recording(s) deleted")
            .from(address));
    return result;
  }
}
