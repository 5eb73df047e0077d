package uk.council.evidence.retention.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.retention.control.Sweeper;

/**
 * Deletes recordings that are due and not held, in batches. For each: claim it (a committed mark
 * that it is going, after which no hold can be placed), remove its original and thumbnail, then in
 * one transaction write its deletion record, remove its row and audit it. A sweep stopped anywhere
 * leaves claimed rows, which the next sweep finishes first; removing files is repeatable. So there
 * is never a recording without its bytes, an orphan file, or a deletion without its record.
 *
 * <p>One sweep runs at a time across every server, under a PostgreSQL advisory lock: a sweep that
 * finds another running leaves the work to it. Claims alone keep two sweeps from deleting held
 * footage, but two sweeps could both pick up a row left claimed by a stopped one, and if the first
 * finished it and a dock re-uploaded the same bytes in between, the second would remove the new
 * recording's file.
 */
@Stateless
public class DeletionSweep {

  /** Each sweep that ran, announced for the server's metrics. */
  @Inject Event<Result> swept;

  @Inject SweepSteps steps;
  @Inject FootageStore store;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject CurrentCaller callers;

  /** The advisory lock's key: "BWVSWEEP" in ASCII, so it clashes with nothing by chance. */
  static final long LOCK = 0x4257565357454550L;

  @Resource(lookup = "java:app/jdbc/evidence")
  DataSource database;

  /** Removes a group's files while the sweep finishes the group before. */
  @Resource ManagedExecutorService removals;

  @Inject
  @ConfigProperty(name = "evidence.retention.review-window-days", defaultValue = "7")
  int reviewWindowDays;

  private static final Logger LOG = Logger.getLogger(DeletionSweep.class.getName());

  /**
   * What one sweep did.
   *
   * @param alreadyRunning true if another sweep held the lock, so this one did nothing
   */
  public record Result(int deleted, Instant at, boolean alreadyRunning) {}

  /** How long an administrator's "run now" waits for a sweep already running to finish. */
  static final String ADMIN_WAIT = "10s";

  /** Deletes everything due now, unless another sweep is running; for the schedule. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Result sweep() {
    return sweep(false);
  }

  /**
   * @param wait whether to wait (up to {@link #ADMIN_WAIT}) for a sweep already running, rather
   *     than leave the work to it at once
   */
  private Result sweep(boolean wait) {
    Instant now = clock.instant();
    // The lock belongs to this connection's session: it is held outside any transaction for the
    // whole sweep, and released by PostgreSQL if the server dies.
    try (Connection lockHolder = database.getConnection()) {
      if (!lock(lockHolder, wait)) {
        LOG.info("Deletion sweep not run: another sweep holds the lock");
        return new Result(0, now, true);
      }
      try {
        var sweeper =
            new Sweeper(
                steps::claim,
                steps::finish,
                store::delete,
                clock,
                Sweeper.rule(reviewWindowDays),
                removals);
        Result result = new Result(sweeper.sweep(now), now, false);
        swept.fire(result);
        return result;
      } finally {
        try (PreparedStatement s = lockHolder.prepareStatement("SELECT pg_advisory_unlock(?)")) {
          s.setLong(1, LOCK);
          s.execute();
        } catch (SQLException e) {
          // The lock stays with this session until the pool closes the connection: every sweep
          // until then will say another is running. Loudly, so that someone restarts the server.
          LOG.log(Level.SEVERE, "Could not release the deletion sweep's lock", e);
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new EJBException("Could not take the deletion sweep's lock", e);
    }
  }

  /** Takes the sweep's lock; false if another session holds it (for longer than the wait). */
  private static boolean lock(Connection connection, boolean wait) throws SQLException {
    if (!wait) {
      try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
        s.setLong(1, LOCK);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() && rs.getBoolean(1);
        }
      }
    }
    try (var s = connection.createStatement()) {
      s.execute("SET lock_timeout = '" + ADMIN_WAIT + "'");
      try (PreparedStatement take = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
        take.setLong(1, LOCK);
        take.execute();
        return true;
      } catch (SQLException e) {
        if ("55P03".equals(e.getSQLState())) {
          return false; // lock_not_available: the other sweep is still running
        }
        throw e;
      } finally {
        s.execute("RESET lock_timeout");
      }
    }
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
  @RolesAllowed({ADMIN, COMPLIANCE_OFFICER})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Deleted> latest(int limit) {
    return steps.latest(limit);
  }

  /** An administrator's "run the sweep now"; audited. */
  @RolesAllowed(ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Result sweepNow(String address) {
    Result result = sweep(true);
    audit.recordSeparately(
        AuditEntry.of(
                callers.username(),
                AuditAction.DELETION_SWEEP_REQUESTED,
                "retention",
                null,
                clock.instant())
            .withDetails(
                result.alreadyRunning()
                    ? "another sweep was running"
                    : Plural.of(result.deleted(), "recording") + " deleted")
            .from(address));
    return result;
  }
}
