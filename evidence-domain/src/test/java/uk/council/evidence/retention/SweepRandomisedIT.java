package uk.council.evidence.retention;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.council.evidence.retention.control.Sweeper;

/**
 * Thousands of random sequences of ingest, holds placed and released, time passing with the
 * schedule sweeping every quarter hour, and sweeps run by hand, against a real PostgreSQL with the
 * real migrations and real files. After every step: no recording deleted while held or before it
 * was due, none due and unheld kept longer than one sweep interval, every deletion recorded with no
 * row and no file left, every row with its files, no file without a row.
 *
 * <p>{@code -Dsweep.seed=N} replays the one sequence a failure names; {@code -Dsweep.sequences} and
 * {@code -Dsweep.steps} change how many and how long.
 */
class SweepRandomisedIT {

  /** Held here: java.util.logging keeps loggers weakly, and would forget the level set on it. */
  static final Logger SWEEPER_LOG = Logger.getLogger(Sweeper.class.getName());

  /**
   * Sequences run in two worlds at once, each with its own database: a sequence waits on PostgreSQL
   * most of the time, so two keep two cores busy.
   */
  static final int WORLDS = Integer.getInteger("sweep.worlds", 2);

  static final List<ThrowawayDatabase> databases = new ArrayList<>();
  static final List<SweepWorld> worlds = new ArrayList<>();

  @BeforeAll
  static void open() throws Exception {
    // A deletion is news in production, not in thousands of sequences; failures still show.
    SWEEPER_LOG.setLevel(Level.WARNING);
    for (int i = 0; i < WORLDS; i++) {
      databases.add(ThrowawayDatabase.create());
      worlds.add(new SweepWorld(databases.get(i)));
    }
  }

  @AfterAll
  static void close() throws Exception {
    for (SweepWorld world : worlds) {
      world.close();
    }
    for (ThrowawayDatabase database : databases) {
      database.close();
    }
  }

  @Test
  void noHeldRecordingIsDeletedAndNoUnheldOneOutlivesItsDueDateByMoreThanOneSweep()
      throws Exception {
    int steps = Integer.getInteger("sweep.steps", 25);
    Long replay = Long.getLong("sweep.seed");
    if (replay != null) {
      RandomSequence.run(worlds.get(0), replay, steps, "sweep.seed");
      System.out.println("Replayed:\n  " + worlds.get(0).storyTold());
      return;
    }
    long seed = new Random().nextLong();
    int sequences = Integer.getInteger("sweep.sequences", 2000);
    long[] seeds = new Random(seed).longs(sequences).toArray();
    long started = System.nanoTime();
    AtomicBoolean failed = new AtomicBoolean();
    ExecutorService threads = Executors.newFixedThreadPool(WORLDS);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int w = 0; w < WORLDS; w++) {
        SweepWorld world = worlds.get(w);
        int first = w;
        runs.add(
            threads.submit(
                () -> {
                  for (int i = first; i < sequences && !failed.get(); i += WORLDS) {
                    try {
                      RandomSequence.run(world, seeds[i], steps, "sweep.seed");
                    } catch (AssertionError | RuntimeException e) {
                      failed.set(true);
                      throw e;
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        try {
          run.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error) {
            throw (Error) e.getCause();
          }
          throw e;
        }
      }
    } finally {
      threads.shutdownNow();
    }
    Map<String, Integer> tally = new TreeMap<>();
    worlds.forEach(w -> w.tally.forEach((k, v) -> tally.merge(k, v, Integer::sum)));
    System.out.printf(
        "SweepRandomisedIT: %d sequences of %d steps in %.1f s: %s%n",
        sequences, steps, (System.nanoTime() - started) / 1e9, tally);
    // The sequences went where the rules bite, or passing would mean little.
    for (String covered :
        List.of(
            "deleted",
            "deleted after its holds ended",
            "checks of footage kept past its due date by a hold",
            "review holds placed",
            "last holds released",
            "holds released, others left",
            "ingested again after deletion",
            "policy changes",
            "policy changes making footage due at once")) {
      assertTrue(tally.getOrDefault(covered, 0) > 0, "never: " + covered + " in " + tally);
    }
  }
}
