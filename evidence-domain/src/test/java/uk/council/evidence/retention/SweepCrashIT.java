package uk.council.evidence.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.council.evidence.retention.Interruptions.Plan;
import uk.council.evidence.retention.SweepWorld.Footage;
import uk.council.evidence.retention.control.Sweeper;
import uk.council.evidence.retention.entity.HoldKind;

/**
 * The deletion sweep stopped at every point it passes (each SQL statement, each commit, each file
 * removed), by its process dying or by the step failing, then the server restarting; two sweeps at
 * once, one held at each point while the other runs; a hold placed at each point of a sweep; and
 * random sequences with sweeps stopped at random points. Against a real PostgreSQL and real files,
 * with the invariants of {@link SweepRandomisedIT} checked throughout, and after each restart
 * storage holding exactly the files of the recordings in the database.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SweepCrashIT {

  /** The clocks change while this footage is kept. */
  static final Instant START = Instant.parse("2026-03-20T09:00:00Z");

  /** Held here: java.util.logging keeps loggers weakly, and would forget the level set on it. */
  static final Logger SWEEPER_LOG = Logger.getLogger(Sweeper.class.getName());

  static ThrowawayDatabase database;
  static SweepWorld world;
  static ExecutorService threads;

  @BeforeAll
  static void open() throws Exception {
    // Every injected failure would otherwise be logged as the SEVERE error it imitates.
    SWEEPER_LOG.setLevel(Level.OFF);
    database = ThrowawayDatabase.create();
    world = new SweepWorld(database);
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void close() throws Exception {
    try {
      if (threads != null) {
        threads.shutdownNow();
      }
      if (world != null) {
        world.close();
      }
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }

  /** What a sweep finds: three recordings due and unheld, one held, one not yet due. */
  record Scene(List<Footage> due, Footage held, Footage notDue) {}

  static Scene scene() throws Exception {
    world.reset(new Random(7), START);
    List<Footage> due = new ArrayList<>();
    due.add(world.ingest(START.minus(40, ChronoUnit.DAYS), true, bytes(1)));
    due.add(world.ingest(START.minus(35, ChronoUnit.DAYS), false, bytes(2)));
    due.add(world.ingest(START.minus(33, ChronoUnit.DAYS), true, bytes(3)));
    Footage held = world.ingest(START.minus(38, ChronoUnit.DAYS), true, bytes(4));
    assertTrue(world.placeHold(held, HoldKind.EVIDENCE));
    // Arrived at START, they fall due a week later (the review window), across the clock change.
    world.clock.set(START.plus(7, ChronoUnit.DAYS).plusSeconds(60));
    Footage notDue = world.ingest(world.now().minus(1, ChronoUnit.HOURS), true, bytes(5));
    world.check();
    return new Scene(due, held, notDue);
  }

  static byte[] bytes(int seed) {
    byte[] bytes = new byte[64 + seed];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /** Every point an uninterrupted sweep of the scene passes, in order. */
  static List<String> points() throws Exception {
    scene();
    Plan counting = Plan.none();
    world.sweep(counting, "a sweep, counting its points");
    List<String> points = counting.passed();
    for (String expected :
        List.of(
            "sql SELECT r.id, r.deleting_since IS NOT NULL FROM recording_retention",
            "sql SELECT DISTINCT h.recording_id FROM recording_hold",
            "sql UPDATE recording SET deleting_since",
            "claim committed",
            "original removed",
            "files removed",
            "sql INSERT INTO deletion_record",
            "sql DELETE FROM recording_hold",
            "sql DELETE FROM recording WHERE",
            "finish committed")) {
      assertTrue(points.stream().anyMatch(p -> p.startsWith(expected)), expected + " in " + points);
    }
    return points;
  }

  /** After the sweep and any restart: exactly the due recordings are gone, and nothing else. */
  static void assertOnlyTheDueAreGone(Scene scene) throws Exception {
    world.check();
    world.checkStorageMatchesDatabase();
    for (Footage f : scene.due()) {
      assertTrue(f.deleted, "due and unheld, so deleted: " + f);
    }
    assertFalse(scene.held().deleted, "held, so kept");
    assertFalse(scene.notDue().deleted, "not due, so kept");
  }

  @Test
  void aSweepKilledOrFailingAtAnyPointIsFinishedByTheNextWithNothingLost() throws Exception {
    List<String> points = points();
    int leftClaimed = 0;
    int leftFilesGone = 0;
    for (boolean crash : new boolean[] {true, false}) {
      for (int k = 1; k <= points.size(); k++) {
        String what = (crash ? "killed" : "failing") + " after " + points.get(k - 1);
        try {
          Scene scene = scene();
          Plan plan = crash ? Plan.crashAt(k) : Plan.failAt(k);
          world.sweep(plan, "a sweep " + what);
          assertTrue(plan.fired(), "the sweep reached point " + k);
          // What the rules promise holds even before the restart.
          world.check();
          for (Footage f : scene.due()) {
            if (world.scalar(
                    "SELECT count(*) FROM recording WHERE id = ? AND deleting_since IS NOT NULL",
                    f.id)
                > 0) {
              leftClaimed++;
              leftFilesGone += Files.exists(world.store.original(f.key)) ? 0 : 1;
            }
          }
          world.clock.set(world.now().plus(1, ChronoUnit.MINUTES));
          world.restart();
          assertOnlyTheDueAreGone(scene);
        } catch (AssertionError | Exception e) {
          throw new AssertionError(
              "A sweep "
                  + what
                  + " (point "
                  + k
                  + "): "
                  + e.getMessage()
                  + "\n  "
                  + world.storyTold(),
              e);
        }
      }
    }
    // The interruptions did interrupt: they left claimed recordings, some with their files gone.
    assertTrue(leftClaimed > 0, "no interruption left a claimed recording");
    assertTrue(leftFilesGone > 0, "no interruption left a claimed recording without its file");
  }

  /**
   * More due recordings than one group holds: the sweep wired as the server's removes each group's
   * files on another thread while it finishes the group before, and deletes every one once; a sweep
   * killed part-way through the groups leaves the rest for the next, which finishes them.
   */
  @Test
  void manyGroupsAreFinishedWithTheNextGroupsFilesGoingMeanwhile() throws Exception {
    int count = Sweeper.GROUP * 2 + 17;
    // Where a sweep of them passes the first group's commit, the third group's files going.
    manyDue(count);
    Plan counting = Plan.none();
    world.sweep(counting, "three groups, counting the points");
    List<String> points = counting.passed();
    int firstCommit = 0;
    while (!points.get(firstCommit).startsWith("finish committed")) {
      firstCommit++;
    }
    for (boolean killed : new boolean[] {false, true}) {
      List<Footage> due = manyDue(count);
      if (killed) {
        world.sweep(Plan.crashAt(firstCommit + 11), "three groups, killed after the first");
        world.check();
        long left = world.scalar("SELECT count(*) FROM recording");
        assertEquals(count - Sweeper.GROUP, left, "the first group finished, the rest left");
        world.clock.set(world.now().plus(1, ChronoUnit.MINUTES));
        world.restart();
      } else {
        // Wired as the server's: the next group's files go on another thread.
        try (Connection connection = database.connect()) {
          assertEquals(count, world.sweeper(connection, null).sweep(world.now()));
        }
      }
      world.check();
      world.checkStorageMatchesDatabase();
      assertEquals(0L, world.scalar("SELECT count(*) FROM recording"));
      assertEquals((long) count, world.scalar("SELECT count(*) FROM deletion_record"));
      due.forEach(f -> assertTrue(f.deleted, f + " deleted"));
    }
  }

  /** A new world with {@code count} recordings, of any category, all due and unheld. */
  static List<Footage> manyDue(int count) throws Exception {
    world.reset(new Random(11), START);
    List<Footage> due = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      due.add(world.ingest(START.minus(40, ChronoUnit.DAYS).plusSeconds(i), i % 2 == 0, bytes(i)));
    }
    // Past the longest category's period (90 days from 40 days before START): all due.
    world.clock.set(START.plus(60, ChronoUnit.DAYS));
    return due;
  }

  /**
   * The due recordings are finished in one group; when the database refuses one of them, the
   * group's transaction fails, and the sweep finishes the others each alone: only the refused one
   * stays claimed, with its files gone, and the next sweep finishes it once it can.
   */
  @Test
  void aRecordingTheDatabaseRefusesToFinishKeepsOnlyItselfClaimed() throws Exception {
    Scene scene = scene();
    Footage refused = scene.due().get(1);
    try (Connection c = database.connectAsOwner();
        var statement = c.createStatement()) {
      statement.execute(
          "CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
              + " IF NEW.recording_id = "
              + refused.id
              + " THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$");
      statement.execute(
          "CREATE TRIGGER refuse_one BEFORE INSERT ON deletion_record"
              + " FOR EACH ROW EXECUTE FUNCTION refuse_one()");
    }
    int deleted;
    try (Connection connection = database.connect()) {
      deleted = world.sweeper(connection, null).sweep(world.now());
    } finally {
      try (Connection c = database.connectAsOwner();
          var statement = c.createStatement()) {
        statement.execute("DROP TRIGGER refuse_one ON deletion_record");
        statement.execute("DROP FUNCTION refuse_one()");
      }
    }
    assertEquals(2, deleted, "the two others, each alone");
    for (Footage f : scene.due()) {
      assertEquals(
          f == refused ? 0L : 1L,
          world.scalar("SELECT count(*) FROM deletion_record WHERE recording_id = ?", f.id),
          "deletion records of " + f);
    }
    assertEquals(
        1L,
        world.scalar(
            "SELECT count(*) FROM recording WHERE id = ? AND deleting_since IS NOT NULL",
            refused.id),
        "the refused one stays claimed");
    assertFalse(Files.exists(world.store.original(refused.key)), "its files went first");
    world.clock.set(world.now().plus(1, ChronoUnit.MINUTES));
    world.restart();
    assertOnlyTheDueAreGone(scene);
  }

  @Test
  void twoSweepsAtOnceDeleteEachRecordingOnceWhereverOneIsHeldUp() throws Exception {
    List<String> points = points();
    for (int k = 1; k <= points.size(); k++) {
      String what = "one sweep held up after " + points.get(k - 1) + " (point " + k + ")";
      try {
        Scene scene = scene();
        Instant now = world.now();
        Plan pausing = Plan.pauseAt(k);
        int deleted;
        try (Connection first = database.connect();
            Connection second = database.connect()) {
          long secondPid = world.pid(second);
          Future<Integer> held =
              threads.submit(
                  () -> world.sweeper(Interruptions.watched(first, pausing), pausing).sweep(now));
          assertTrue(pausing.awaitPause(10_000), "the first sweep reached the point");
          Future<Integer> other = threads.submit(() -> world.sweeper(second, null).sweep(now));
          awaitDoneOrWaitingForALock(other, secondPid);
          pausing.resume();
          deleted = held.get(30, TimeUnit.SECONDS) + other.get(30, TimeUnit.SECONDS);
        }
        assertEquals(3, deleted, "each deletion counted by the one sweep that recorded it");
        assertOnlyTheDueAreGone(scene);
      } catch (AssertionError | Exception e) {
        throw new AssertionError(what + ": " + e.getMessage() + "\n  " + world.storyTold(), e);
      }
    }
  }

  /**
   * From its first statement the sweep has the due rows locked, and it claims them before it lets
   * go: a hold placed at any point after that waits for the claim and is then refused, and the
   * recording is deleted with no hold on it. (A hold that comes first is the next test.)
   */
  @Test
  void aHoldPlacedAtAnyPointOfASweepWaitsForTheClaimAndIsRefused() throws Exception {
    List<String> points = points();
    for (int k = 1; k <= points.size(); k++) {
      String what = "a hold placed while a sweep is held up after " + points.get(k - 1);
      try {
        Scene scene = scene();
        Footage target = scene.due().get(k % scene.due().size());
        Instant now = world.now();
        Plan pausing = Plan.pauseAt(k);
        boolean placed;
        try (Connection connection = database.connect()) {
          Future<Integer> sweep =
              threads.submit(
                  () ->
                      world
                          .sweeper(Interruptions.watched(connection, pausing), pausing)
                          .sweep(now));
          assertTrue(pausing.awaitPause(10_000), "the sweep reached the point");
          Future<Boolean> hold =
              threads.submit(() -> world.placeHold(target, HoldKind.SUBJECT_ACCESS));
          awaitDoneOrWaitingForALock(hold, world.dbPid);
          pausing.resume();
          assertEquals(3, sweep.get(30, TimeUnit.SECONDS));
          placed = hold.get(30, TimeUnit.SECONDS);
        }
        assertFalse(placed, "refused: the recording was claimed");
        assertOnlyTheDueAreGone(scene);
      } catch (AssertionError | Exception e) {
        throw new AssertionError(what + ": " + e.getMessage() + "\n  " + world.storyTold(), e);
      }
    }
  }

  @Test
  void aSweepRunningWhileAHoldIsBeingPlacedLeavesThatRecording() throws Exception {
    Scene scene = scene();
    Footage target = scene.due().get(0);
    Instant now = world.now();
    List<Future<Integer>> sweep = new ArrayList<>();
    try (Connection connection = database.connect()) {
      long pid = world.pid(connection);
      boolean placed =
          world.placeHold(
              target,
              HoldKind.EVIDENCE,
              () -> {
                sweep.add(threads.submit(() -> world.sweeper(connection, null).sweep(now)));
                awaitDoneOrWaitingForALock(sweep.get(0), pid);
              });
      assertTrue(placed);
      assertEquals(2, sweep.get(0).get(30, TimeUnit.SECONDS), "the other two");
    }
    world.check();
    world.checkStorageMatchesDatabase();
    assertFalse(target.deleted, "the hold came first");
    assertTrue(scene.due().get(1).deleted && scene.due().get(2).deleted);
  }

  @Test
  void randomSequencesWithSweepsKilledOrFailingAtRandomPoints() {
    Long replay = Long.getLong("sweep.crashSeed");
    int steps = Integer.getInteger("sweep.steps", 25);
    // Three sweeps in ten die, two fail part-way, at any of their first forty points.
    world.interruptions =
        random -> {
          int roll = random.nextInt(10);
          int point = 1 + random.nextInt(40);
          return roll < 3 ? Plan.crashAt(point) : roll < 5 ? Plan.failAt(point) : Plan.none();
        };
    try {
      if (replay != null) {
        RandomSequence.run(world, replay, steps, "sweep.crashSeed");
        return;
      }
      long seed = new Random().nextLong();
      Random seeds = new Random(seed);
      int sequences = Integer.getInteger("sweep.crashSequences", 200);
      long started = System.nanoTime();
      for (int i = 0; i < sequences; i++) {
        RandomSequence.run(world, seeds.nextLong(), steps, "sweep.crashSeed");
      }
      System.out.printf(
          "SweepCrashIT: %d sequences of %d steps with interrupted sweeps in %.1f s: %s%n",
          sequences, steps, (System.nanoTime() - started) / 1e9, world.tally);
      for (String covered : List.of("sweeps killed", "sweeps failing part-way", "deleted")) {
        assertTrue(world.tally.getOrDefault(covered, 0) > 0, "never: " + covered);
      }
    } finally {
      world.interruptions = null;
    }
  }

  /** Waits until the task is done, or its session is waiting for another's lock. */
  static void awaitDoneOrWaitingForALock(Future<?> task, long pid) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!task.isDone() && !world.waitOf(pid).equals("Lock")) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("neither done nor waiting for a lock: " + world.waitOf(pid));
      }
      Thread.sleep(1);
    }
  }
}
