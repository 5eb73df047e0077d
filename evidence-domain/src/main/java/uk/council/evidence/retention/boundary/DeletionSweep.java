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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.StorageKey;

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

  private static final Logger LOG = Logger.getLogger(DeletionSweep.class.getName());

  /** Recordings claimed per transaction. */
  static final int BATCH = 500;

  /** The rule a deletion record names. */
  static final String RULE =
      "due: recorded start + 31 days (at least 7 days after arrival; 7 days after the last hold)";

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
    int deleted = 0;
    Set<Long> failed = new HashSet<>();
    while (true) {
      List<SweepSteps.Claimed> batch = steps.claim(now, BATCH, failed);
      if (batch.isEmpty()) {
        break;
      }
      for (SweepSteps.Claimed claimed : batch) {
        try {
          store.delete(StorageKey.parse(claimed.sha256()));
          if (steps.finish(claimed.id(), RULE, clock.instant())) {
            deleted++;
          } else {
            failed.add(claimed.id());
          }
        } catch (RuntimeException e) {
          // One file that cannot be removed must not stop every other deletion; the recording
          // stays claimed (not shown, not played) and the next sweep tries it again.
          failed.add(claimed.id());
          LOG.log(Level.SEVERE, "Could not delete recording " + claimed.id(), e);
        }
      }
    }
    if (deleted > 0) {
      int count = deleted;
      LOG.info(() -> "Deletion sweep removed " + count + " recording(s) that fell due");
    }
    return new Result(deleted, now);
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
