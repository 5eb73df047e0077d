package uk.council.evidence.retention;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * One random sequence of what happens to footage, every invariant checked after each step. A
 * sequence is fully determined by its seed, so a failure names the seed and {@code -Dsweep.seed}
 * replays it.
 */
final class RandomSequence {

  private RandomSequence() {}

  interface Step {
    void run(SweepWorld world) throws Exception;
  }

  record Operation(String name, int weight, Step step) {}

  /** What may happen, and how often relative to each other. */
  static final List<Operation> OPERATIONS =
      List.of(
          new Operation("ingest", 5, SweepWorld::ingest),
          new Operation("place a hold", 4, SweepWorld::placeHold),
          new Operation("release a hold", 3, SweepWorld::releaseHold),
          new Operation("time passes", 6, SweepWorld::passTime),
          new Operation("sweep now", 1, SweepWorld::sweepNow),
          new Operation("policy change", 1, SweepWorld::changePolicy));

  private static final int TOTAL_WEIGHT = OPERATIONS.stream().mapToInt(Operation::weight).sum();

  /** The earliest start of a sequence; each starts somewhere in the year after (clock changes). */
  static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  /**
   * Runs {@code steps} random operations from an empty council, checking after each, then (if
   * sweeps were being interrupted) one sweep that runs to its end, as the server's next start
   * would.
   *
   * @throws AssertionError naming the seed, the step and the whole story, if anything breaks
   */
  static void run(SweepWorld world, long seed, int steps, String replayProperty) {
    Random random = new Random(seed);
    Operation current = null;
    int step = 0;
    try {
      Instant start =
          EPOCH
              .plus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES)
              .plusSeconds(random.nextInt(60));
      world.reset(random, start);
      for (step = 1; step <= steps; step++) {
        current = pick(random);
        current.step().run(world);
        world.check();
      }
      current = null;
      if (world.interruptions != null) {
        world.restart();
        world.check();
      }
      world.checkStorageMatchesDatabase();
    } catch (Exception | AssertionError e) {
      throw new AssertionError(
          "The sequence with seed "
              + seed
              + " failed at step "
              + step
              + (current == null ? " (the end)" : " (" + current.name() + ")")
              + ": "
              + e.getMessage()
              + "\nReplay it alone with -D"
              + replayProperty
              + "="
              + seed
              + "\nWhat happened:\n  "
              + world.storyTold(),
          e);
    }
  }

  private static Operation pick(Random random) {
    int r = random.nextInt(TOTAL_WEIGHT);
    for (Operation operation : OPERATIONS) {
      r -= operation.weight();
      if (r < 0) {
        return operation;
      }
    }
    throw new IllegalStateException();
  }
}
