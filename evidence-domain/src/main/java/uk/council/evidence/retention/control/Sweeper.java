package uk.council.evidence.retention.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.platform.entity.Plural;

/**
 * The deletion sweep's loop: claim a batch (one committed transaction), then, a group of {@link
 * #GROUP} at a time, remove each claimed recording's files and finish the group (another
 * transaction), until a claim finds nothing more. The next group's files are removed while this
 * group is finished, where the caller gives a thread for it. The order is what makes a sweep
 * stopped anywhere safe: a claimed row is never shown and no hold can be placed on it, files go
 * before the row, and the next sweep claims unfinished rows first. A group finished together
 * commits together: either every recording in it has its deletion record and audit event, or none
 * has and all stay claimed.
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
   * Recordings finished per transaction. One transaction per recording spent most of the sweep's
   * time committing; much larger groups would hold the audit chain's lock, which every audited
   * action waits for, for longer than a person notices.
   */
  public static final int GROUP = 100;

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
   * Records the deletion of claimed recordings whose files are gone and removes their rows, all in
   * one transaction of its own.
   *
   * @return those it recorded: not those already recorded (by another sweep)
   */
  @FunctionalInterface
  public interface Finish {
    Set<Long> finish(List<Long> ids, String rule, Instant now);
  }

  private final Claim claim;
  private final Finish finish;
  private final Consumer<StorageKey> removeFiles;
  private final Clock clock;
  private final String rule;
  private final Executor removals;

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
    this(claim, finish, removeFiles, clock, rule, Runnable::run);
  }

  /**
   * @param removals where a group's files are removed while the group before is finished (in the
   *     server, a managed executor); {@code Runnable::run} removes them in turn on the sweep's own
   *     thread
   */
  public Sweeper(
      Claim claim,
      Finish finish,
      Consumer<StorageKey> removeFiles,
      Clock clock,
      String rule,
      Executor removals) {
    this.claim = claim;
    this.finish = finish;
    this.removeFiles = removeFiles;
    this.clock = clock;
    this.rule = rule;
    this.removals = removals;
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
      List<List<SweepSql.Claimed>> groups = new ArrayList<>();
      for (int from = 0; from < batch.size(); from += GROUP) {
        groups.add(batch.subList(from, Math.min(batch.size(), from + GROUP)));
      }
      // The next group's files go while this group is finished: never a group's rows before its
      // files, and a stop anywhere leaves claimed rows, some with their files gone, as before.
      CompletableFuture<Removed> next = removing(groups.get(0));
      for (int i = 0; i < groups.size(); i++) {
        Removed removed = join(next);
        if (i + 1 < groups.size()) {
          next = removing(groups.get(i + 1));
          if (next.isCompletedExceptionally()) {
            // Removed in turn (no other thread) and stopped: nothing more is done.
            join(next);
          }
        }
        failed.addAll(removed.failed());
        deleted += finishGroup(groups.get(i), removed.gone(), failed);
      }
    }
    if (deleted > 0) {
      int count = deleted;
      LOG.info(() -> "Deletion sweep removed " + Plural.of(count, "recording") + " that fell due");
    }
    return deleted;
  }

  /** A group's recordings whose files went, and those whose files could not be removed. */
  private record Removed(List<Long> gone, List<Long> failed) {

    static final Removed NONE = new Removed(List.of(), List.of());

    Removed and(Removed other) {
      List<Long> allGone = new ArrayList<>(gone);
      allGone.addAll(other.gone);
      List<Long> allFailed = new ArrayList<>(failed);
      allFailed.addAll(other.failed);
      return new Removed(allGone, allFailed);
    }
  }

  /**
   * Removals of one group's files at once. Removing a file and its emptied folders is the
   * filesystem's work, mostly waiting on its journal, which several threads get through faster than
   * one.
   */
  static final int REMOVING_AT_ONCE = 4;

  /**
   * Starts removing the files of a group of claimed recordings on {@link #removals}, in {@link
   * #REMOVING_AT_ONCE} parts at once.
   */
  private CompletableFuture<Removed> removing(List<SweepSql.Claimed> group) {
    int part = (group.size() + REMOVING_AT_ONCE - 1) / REMOVING_AT_ONCE;
    CompletableFuture<Removed> all = CompletableFuture.completedFuture(Removed.NONE);
    for (int from = 0; from < group.size(); from += part) {
      List<SweepSql.Claimed> these = group.subList(from, Math.min(group.size(), from + part));
      CompletableFuture<Removed> removal =
          CompletableFuture.supplyAsync(() -> remove(these), removals);
      if (removal.isCompletedExceptionally()) {
        // Removed in turn (no other thread) and stopped: the rest is left alone.
        return removal;
      }
      all = all.thenCombine(removal, Removed::and);
    }
    return all;
  }

  private Removed remove(List<SweepSql.Claimed> group) {
    List<Long> gone = new ArrayList<>(group.size());
    List<Long> failed = new ArrayList<>();
    for (SweepSql.Claimed claimed : group) {
      try {
        removeFiles.accept(StorageKey.parse(claimed.sha256()));
        gone.add(claimed.id());
      } catch (RuntimeException e) {
        // One file that cannot be removed must not stop every other deletion; the recording
        // stays claimed (not shown, not played) and the next sweep tries it again.
        failed.add(claimed.id());
        LOG.log(Level.SEVERE, "Could not delete recording " + claimed.id(), e);
      }
    }
    return new Removed(gone, failed);
  }

  /** What the removal came to; what stopped it (a server stopping) stops the sweep too. */
  private static Removed join(CompletableFuture<Removed> removal) {
    try {
      return removal.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException stopped) {
        throw stopped;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Finishes those of a group of claimed recordings whose files went, in one transaction. If that
   * transaction fails, each is finished alone, so that one recording the database refuses does not
   * hold back the rest.
   *
   * @param failed gains the ids not deleted, for this sweep not to claim again
   * @return how many were deleted
   */
  private int finishGroup(List<SweepSql.Claimed> group, List<Long> filesGone, Set<Long> failed) {
    if (filesGone.isEmpty()) {
      return 0;
    }
    Set<Long> finished;
    try {
      finished = finish.finish(filesGone, rule, clock.instant());
    } catch (RuntimeException e) {
      if (filesGone.size() == 1) {
        failed.add(filesGone.get(0));
        LOG.log(Level.SEVERE, "Could not record the deletion of recording " + filesGone, e);
        return 0;
      }
      LOG.log(Level.WARNING, "Could not finish a group of deletions; finishing each alone", e);
      int alone = 0;
      for (SweepSql.Claimed claimed : group) {
        if (filesGone.contains(claimed.id())) {
          alone += finishGroup(List.of(claimed), List.of(claimed.id()), failed);
        }
      }
      return alone;
    }
    for (long id : filesGone) {
      if (!finished.contains(id)) {
        failed.add(id);
      }
    }
    return finished.size();
  }
}
