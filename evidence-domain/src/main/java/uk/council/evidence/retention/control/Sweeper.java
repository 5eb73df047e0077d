package uk.council.evidence.retention.control;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.platform.entity.Plural;

/**
 * The deletion sweep's loop: claim a batch (one committed transaction), remove each claimed
 * recording's files, then finish it (another transaction), until a claim finds nothing more. The
 * order is what makes a sweep stopped anywhere safe: a claimed row is never shown and no hold can
 * be placed on it, files go before the row, and the next sweep claims unfinished rows first.
 *
 * <p>The database steps and the file removal come in as functions so that the server runs this with
 * its transactional {@code SweepSteps} and its {@code FootageStore}, and the tests run exactly this
 * loop against PostgreSQL with failures injected between the steps.
 */
public class Sweeper {

  private static final Logger LOG = Logger.getLogger(Sweeper.class.getName());

  /** Recordings claimed per transaction. */
  public static final int BATCH = 500;

  /**
   * The rule a deletion record names, after its category's period: the record reads, e.g., "due:
   * General, recorded start + 31 days (at least 7 days after arrival; 7 days after the last hold)".
   */
  public static final String RULE = rule(7);

  /** Claims recordings, in a transaction of its own that has committed when it returns. */
  @FunctionalInterface
  public interface Claim {
    List<SweepSql.Claimed> claim(Instant now, int limit, Set<Long> skip);
  }

  /**
   * Records the deletion of a claimed recording and removes its row, in a transaction of its own;
   * false if it was already recorded (by another sweep).
   */
  @FunctionalInterface
  public interface Finish {
    boolean finish(long id, String rule, Instant now);
  }

  private final Claim claim;
  private final Finish finish;
  private final Consumer<StorageKey> removeFiles;
  private final Clock clock;
  private final String rule;

  /**
   * @param removeFiles removes a recording's original and thumbnail; removing what is already gone
   *     must not fail
   */
  public Sweeper(Claim claim, Finish finish, Consumer<StorageKey> removeFiles, Clock clock) {
    this(claim, finish, removeFiles, clock, RULE);
  }

  /**
   * @param rule what deletion records name after the category's period, when the council's review
   *     window is not the usual 7 days
   */
  public Sweeper(
      Claim claim, Finish finish, Consumer<StorageKey> removeFiles, Clock clock, String rule) {
    this.claim = claim;
    this.finish = finish;
    this.removeFiles = removeFiles;
    this.clock = clock;
    this.rule = rule;
  }

  /** The rule for a review window of {@code days} after arrival. */
  public static String rule(int reviewWindowDays) {
    return "(at least "
        + Plural.of(reviewWindowDays, "day")
        + " after arrival; 7 days after the last hold)";
  }

  /**
   * Deletes everything due at {@code now}, and finishes what earlier sweeps left claimed.
   *
   * @return how many recordings this sweep deleted
   */
  public int sweep(Instant now) {
    int deleted = 0;
    Set<Long> failed = new HashSet<>();
    while (true) {
      List<SweepSql.Claimed> batch = claim.claim(now, BATCH, failed);
      if (batch.isEmpty()) {
        break;
      }
      for (SweepSql.Claimed claimed : batch) {
        try {
          removeFiles.accept(StorageKey.parse(claimed.sha256()));
          if (finish.finish(claimed.id(), rule, clock.instant())) {
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
      LOG.info(() -> "Deletion sweep removed " + Plural.of(count, "recording") + " that fell due");
    }
    return deleted;
  }
}
