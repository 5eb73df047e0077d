package uk.council.evidence.footage.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.footage.control.FixityHasher;
import uk.council.evidence.footage.control.FixityLedger;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.Throttle;
import uk.council.evidence.footage.entity.FixityReport;
import uk.council.evidence.footage.entity.StorageKey;

/**
 * Re-hashes stored originals, in order of recording id and a batch at a time, reading no faster
 * than {@code evidence.fixity.bytes-per-second} so that uploads and playback keep the disk. Where
 * it stopped is in the database, so a restart continues the pass; when the pass reaches the end it
 * starts again from the first recording, in the next run. A changed or missing file is recorded,
 * audited and logged as severe.
 */
@Stateless
public class FixityCheck {

  private static final Logger LOG = Logger.getLogger(FixityCheck.class.getName());

  /** Recordings read from the database at a time. */
  static final int BATCH = 50;

  /** Each run that checked files, announced for the server's metrics. */
  @Inject Event<Run> checks;

  @Inject FixityLedger ledger;
  @Inject FootageStore store;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject CurrentCaller callers;

  @Inject
  @ConfigProperty(name = "evidence.fixity.bytes-per-second", defaultValue = "52428800")
  long bytesPerSecond;

  /** Where checking stands, the failures, and the latest {@code latest} checks. */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public FixityReport report(int latest) {
    return ledger.report(latest);
  }

  /** What one run did. */
  public record Run(int checked, int failed, long bytes, boolean ran) {}

  /**
   * Checks originals for up to {@code budget} (or {@code maxFiles} of them), unless another server
   * is checking now. For the schedule.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Run run(Duration budget, int maxFiles) {
    String holder = UUID.randomUUID().toString();
    Instant start = clock.instant();
    Instant stop = start.plus(budget);
    // The lease outlives the budget a little, in case the last file is large.
    if (!ledger.claim(holder, stop.plus(Duration.ofMinutes(5)), start)) {
      return new Run(0, 0, 0, false);
    }
    Throttle pace = Throttle.of(bytesPerSecond, clock);
    int checked = 0;
    int failed = 0;
    // Recording ids rise within a pass; one that does not means a new pass began, and a run
    // never reads the same file twice.
    long lastId = 0;
    try {
      passes:
      while (checked < maxFiles && clock.instant().isBefore(stop)) {
        List<FixityLedger.Due> due =
            ledger.next(Math.min(BATCH, maxFiles - checked), clock.instant());
        if (due.isEmpty()) {
          break;
        }
        for (FixityLedger.Due d : due) {
          if (checked > 0 && d.recordingId() <= lastId) {
            break passes;
          }
          lastId = d.recordingId();
          var result = FixityHasher.check(store, StorageKey.parse(d.sha256()), d.sizeBytes(), pace);
          boolean stillFootage =
              ledger.record(d.recordingId(), result.outcome(), result.detail(), clock.instant());
          checked++;
          // A file the deletion sweep removed while this pass reached it is no failure: the
          // sweep benchmark logged thousands of such false alarms before this check.
          if (stillFootage && result.outcome().failed()) {
            failed++;
            LOG.log(
                Level.SEVERE,
                "Fixity check failed for recording {0}: {1} {2}",
                new Object[] {d.recordingId(), result.outcome(), result.detail()});
          }
          if (checked >= maxFiles || !clock.instant().isBefore(stop)) {
            break;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ledger.release(holder);
    }
    Run run = new Run(checked, failed, pace.bytes(), true);
    checks.fire(run);
    return run;
  }

  /** Checks the next originals now, at a person's request; audited. */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Run checkNow(int maxFiles, String address) {
    Run run = run(Duration.ofMinutes(1), maxFiles);
    audit.recordSeparately(
        AuditEntry.of(
                callers.username(),
                AuditAction.FIXITY_CHECK_REQUESTED,
                "fixity",
                null,
                clock.instant())
            .withDetails(
                run.ran()
                    ? run.checked() + " checked, " + run.failed() + " failed"
                    : "another check was running")
            .from(address));
    return run;
  }
}
