package uk.council.evidence.retention;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.Staged;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.retention.control.Redating;
import uk.council.evidence.retention.control.SweepSql;
import uk.council.evidence.retention.control.Sweeper;
import uk.council.evidence.retention.entity.Hold;
import uk.council.evidence.retention.entity.HoldKind;
import uk.council.evidence.retention.entity.RedatingImpact;
import uk.council.evidence.retention.entity.RetentionRule;

/**
 * A small council for the deletion sweep's tests: one camera and dock, a real {@link FootageStore}
 * in a temporary directory, a real PostgreSQL database, a clock the test moves, and the real {@link
 * Sweeper} and {@link SweepSql}. Beside the database it keeps its own account of what happened to
 * each recording (when it arrived, which holds were placed, released or lapsed), from which {@link
 * #check} works out, independently of the database's due dates, what the rules allow and demand:
 * nothing deleted while held or before it was due, nothing due and unheld kept longer than one
 * sweep interval, and the files matching the rows.
 *
 * <p>Holds are placed and released as {@code Holds} does (the row locked, a claimed recording
 * refused, a review hold moving the due date past its lapse plus the grace period, the last release
 * moving it past the release plus the grace period), with the real {@link Hold} and {@link
 * RetentionRule} deciding the times. {@code Holds} itself needs the container.
 */
final class SweepWorld implements AutoCloseable {

  /** How often the schedule sweeps: every quarter hour, as {@code SweepSchedule} does. */
  static final Duration INTERVAL = Duration.ofMinutes(15);

  /** A clock the test sets; the sweep reads it as the server's clock. */
  static final class MovingClock extends Clock {
    private volatile Instant now = Instant.EPOCH;

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  /** A hold as this world placed it, with its id in the database. */
  record PlacedHold(long id, Hold hold) {}

  /** What the world knows of one recording it ingested. */
  final class Footage {
    final long id;
    final StorageKey key;
    final boolean thumbnail;
    final Instant recordedStart;
    final Instant arrived;

    /** When the retention policy alone makes it due, by when that policy took effect. */
    private final TreeMap<Instant, Instant> dueByPolicy = new TreeMap<>();

    final List<PlacedHold> holds = new ArrayList<>();
    boolean deleted;

    Footage(
        long id, StorageKey key, boolean thumbnail, Instant start, Instant arrived, Instant due) {
      this.id = id;
      this.key = key;
      this.thumbnail = thumbnail;
      this.recordedStart = start;
      this.arrived = arrived;
      dueByPolicy.put(arrived, due);
    }

    /**
     * A policy change at {@code at} makes it due at {@code due}, holds aside. A sweep that claimed
     * it earlier was judged by the policy then.
     */
    void policyChanged(Instant at, Instant due) {
      dueByPolicy.put(at, due);
    }

    /** Its due date by the policy in force at {@code at}. */
    Instant dueByPolicy(Instant at) {
      return dueByPolicy.floorEntry(at).getValue();
    }

    /**
     * Since when it has been deletable, if it is at {@code now}: not before its earliest deletion,
     * nor before the policy that made it due took effect.
     */
    Instant deletableSince(Instant now) {
      Instant since = earliestDeletion(now);
      Instant policy = dueByPolicy.floorKey(now);
      return since.isAfter(policy) ? since : policy;
    }

    /**
     * The earliest moment the rules let it go, from what had happened to it by {@code at}: its due
     * date, and the grace period after each hold that had ended (a review hold's from the moment it
     * was placed, since it is known then when it lapses).
     */
    Instant earliestDeletion(Instant at) {
      Instant earliest = dueByPolicy(at);
      for (PlacedHold placed : holds) {
        Hold h = placed.hold();
        if (h.getPlacedAt().isAfter(at)) {
          continue;
        }
        if (h.getExpiresAt().isPresent()) {
          earliest = rule.dueAfterHolds(earliest, h.getExpiresAt().get());
        }
        Instant released = h.getReleasedAt().orElse(null);
        if (released != null && !released.isAfter(at)) {
          earliest = rule.dueAfterHolds(earliest, released);
        }
      }
      return earliest;
    }

    boolean heldAt(Instant at) {
      return holds.stream()
          .map(PlacedHold::hold)
          .anyMatch(
              h ->
                  !h.getPlacedAt().isAfter(at)
                      && h.getReleasedAt().map(r -> r.isAfter(at)).orElse(true)
                      && h.getExpiresAt().map(e -> e.isAfter(at)).orElse(true));
    }

    /** Whether the rules allowed deleting it at {@code at}. */
    boolean deletableAt(Instant at) {
      return !at.isBefore(arrived) && !heldAt(at) && !at.isBefore(earliestDeletion(at));
    }

    @Override
    public String toString() {
      return "#"
          + id
          + " (arrived "
          + arrived
          + ", due by policy "
          + dueByPolicy
          + ", earliest deletion now "
          + earliestDeletion(clock.instant())
          + ", holds "
          + holds.stream()
              .map(
                  p ->
                      p.hold().getKind()
                          + " placed "
                          + p.hold().getPlacedAt()
                          + p.hold().getExpiresAt().map(e -> " lapsing " + e).orElse("")
                          + p.hold().getReleasedAt().map(r -> " released " + r).orElse(""))
              .toList()
          + ")";
    }
  }

  final ThrowawayDatabase database;
  final Connection db;

  /** The session of {@link #db}, to watch it from another thread. */
  final long dbPid;

  /** For watching and ending other sessions while {@link #db} may be busy in another thread. */
  private final Connection monitor;

  /**
   * Where a sweep wired as the server's removes the next group's files while it finishes a group
   * (the server's managed executor); a sweep with interruptions planned removes them in turn.
   */
  private final java.util.concurrent.ExecutorService removals =
      java.util.concurrent.Executors.newSingleThreadExecutor();

  final MovingClock clock = new MovingClock();
  final RetentionRule rule = RetentionRule.DEFAULT;
  final Map<Long, Footage> footage = new LinkedHashMap<>();

  /** The categories' periods in this sequence, as the database has them. */
  final Map<String, Integer> periods = new LinkedHashMap<>();

  /** Each recording's retention category. */
  final Map<Long, String> categoryOf = new HashMap<>();

  /** The council's starting periods (V8), restored before every sequence. */
  static final Map<String, Integer> STARTING_PERIODS =
      Map.of("GENERAL", 31, "INCIDENT", 60, "COMPLAINT", 90);

  final List<String> story = new ArrayList<>();

  /** How often each interesting thing happened, over every sequence: what the tests covered. */
  final Map<String, Integer> tally = new TreeMap<>();

  FootageStore store;
  Random random = new Random(0);

  /**
   * How each sweep the world runs is interrupted; none by default, when sweeps run on the world's
   * own connection exactly as the server wires them.
   */
  Function<Random, Interruptions.Plan> interruptions;

  /** The first claim of each recording the world saw, by a sweep or in the database. */
  private final Map<Long, Instant> claims = new ConcurrentHashMap<>();

  /** Every file's bytes ever stored, by key, to look for files left behind and to re-send. */
  private final Map<StorageKey, byte[]> contents = new LinkedHashMap<>();

  private final Path storage;
  private Path root;
  private Connection sweepConnection;
  private Instant lastCompleteSweep;
  private boolean everySweepCompleted;
  private int references;
  private final long cameraId;
  private final long dockId;
  private final long wearerId;
  private final long areaId;

  SweepWorld(ThrowawayDatabase database) throws SQLException, IOException {
    this.database = database;
    this.db = database.connect();
    this.monitor = database.connect();
    this.dbPid = pid(db);
    Path shm = Path.of("/dev/shm");
    // Every original is fsynced on commit, as in production; on tmpfs that costs nothing.
    this.storage =
        Files.isDirectory(shm) && Files.isWritable(shm)
            ? Files.createTempDirectory(shm, "sweep-store-")
            : Files.createTempDirectory("sweep-store-");
    OffsetDateTime created = OffsetDateTime.parse("2025-01-01T00:00:00Z");
    areaId = insert("INSERT INTO service_area (code, name) VALUES ('PARK', 'Parking Services')");
    wearerId =
        insert(
            "INSERT INTO staff_member (username, display_name, service_area_id, password_hash,"
                + " created_at) VALUES ('sam.patel', 'Sam Patel', ?, 'none', ?)",
            areaId,
            created);
    cameraId =
        insert(
            "INSERT INTO camera (serial, make, model, status, service_area_id, created_at)"
                + " VALUES ('VB4-000101', 'Motorola', 'VB400', 'IN_SERVICE', ?, ?)",
            areaId,
            created);
    dockId =
        insert(
            "INSERT INTO dock (name, site, created_at) VALUES ('depot-dock', 'Depot', ?)", created);
  }

  /** Empties the database and the store, forgets everything, and sets the clock. */
  void reset(Random random, Instant start) throws SQLException {
    this.random = random;
    // DELETE, not TRUNCATE: these tables hold a few dozen rows, and TRUNCATE's new files cost
    // more than that, thousands of times over.
    try (Statement s = db.createStatement()) {
      s.execute(
          "DELETE FROM recording_note; DELETE FROM fixity_result; DELETE FROM recording_hold;"
              + " DELETE FROM deletion_record; DELETE FROM recording");
    }
    if (root != null) {
      deleteTree(root);
    }
    try {
      root = Files.createTempDirectory(storage, "store-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store = new FootageStore(root);
    footage.clear();
    categoryOf.clear();
    periods.clear();
    periods.putAll(new TreeMap<>(STARTING_PERIODS));
    for (Map.Entry<String, Integer> p : STARTING_PERIODS.entrySet()) {
      update(
          "UPDATE retention_category SET period_days = ? WHERE code = ?", p.getValue(), p.getKey());
    }
    story.clear();
    claims.clear();
    contents.clear();
    lastCompleteSweep = null;
    everySweepCompleted = true;
    clock.set(start);
  }

  Instant now() {
    return clock.instant();
  }

  void tell(String what) {
    story.add(now() + "  " + what);
  }

  void count(String what) {
    tally.merge(what, 1, Integer::sum);
  }

  // ---------------------------------------------------------------- what happens in the council

  /**
   * A dock uploads a recording made up to 45 days ago: the file is stored by the real store, then
   * its row is written with the due date of the real rule. Now and then it is the same bytes as a
   * recording deleted earlier, which must come back as a new recording with its own file.
   */
  void ingest() throws SQLException {
    List<StorageKey> gone =
        footage.values().stream().filter(f -> f.deleted).map(f -> f.key).toList();
    byte[] bytes;
    if (!gone.isEmpty() && random.nextInt(6) == 0) {
      bytes = contents.get(gone.get(random.nextInt(gone.size())));
    } else {
      bytes = new byte[16 + random.nextInt(240)];
      random.nextBytes(bytes);
    }
    long ageMinutes = 11 + random.nextInt(45 * 24 * 60);
    Instant start = now().minus(ageMinutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    ingest(start, random.nextInt(3) > 0, bytes);
  }

  /**
   * A recording that started at {@code start} arrives now, as {@code FootageIngest} stores it:
   * original, then thumbnail, then the row; null if the same bytes are a recording already here.
   */
  Footage ingest(Instant start, boolean thumbnail, byte[] bytes) throws SQLException {
    Instant now = now();
    Staged staged = store.stage(new ByteArrayInputStream(bytes), 1 << 20);
    Footage existing =
        footage.values().stream()
            .filter(f -> !f.deleted && f.key.equals(staged.key()))
            .findFirst()
            .orElse(null);
    if (existing != null) {
      // As FootageIngest does: the same bytes again are the recording already there.
      store.discard(staged);
      tell("ingest: the same bytes as #" + existing.id + ", which stays as it is");
      count("same bytes as a recording here");
      return null;
    }
    StorageKey key = store.commit(staged);
    count(contents.put(key, bytes) == null ? "ingested" : "ingested again after deletion");
    if (thumbnail) {
      Path jpeg = store.scratchFile(".jpg");
      try {
        Files.write(jpeg, new byte[] {(byte) 0xff, (byte) 0xd8, bytes[0]});
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      store.putThumbnail(key, jpeg);
    }
    Instant end = start.plusSeconds(1 + (bytes[0] & 0xff));
    // Mostly everyday footage; now and then a category kept longer (or, after a change, shorter).
    String category =
        random.nextInt(4) > 0 ? "GENERAL" : (random.nextBoolean() ? "INCIDENT" : "COMPLAINT");
    Instant due =
        rule.withPeriod(java.time.Period.ofDays(periods.get(category))).deletionDue(start, now);
    long id =
        insert(
            "INSERT INTO recording (sha256, size_bytes, camera_id, wearer_id, recorded_start,"
                + " recorded_end, uploaded_at, dock_id, mp4_brand, service_area_id,"
                + " deletion_due_at, has_thumbnail, retention_category) VALUES (?, ?, ?, ?, ?, ?,"
                + " ?, ?, 'isom', ?, ?, ?, '"
                + category
                + "')",
            key.sha256(),
            (long) bytes.length,
            cameraId,
            wearerId,
            utc(start),
            utc(end),
            utc(now),
            dockId,
            areaId,
            utc(due),
            thumbnail);
    // What hangs off a recording goes with it: a note, a fixity result, now and then.
    if ((bytes[1] & 3) == 0) {
      update(
          "INSERT INTO recording_note (recording_id, author, body, created_at)"
              + " VALUES (?, 'supervisor', 'Seen', ?)",
          id,
          utc(now));
    }
    if ((bytes[2] & 3) == 0) {
      update(
          "INSERT INTO fixity_result (recording_id, checked_at, outcome) VALUES (?, ?, 'INTACT')",
          id,
          utc(now));
    }
    Footage f = new Footage(id, key, thumbnail, start, now, due);
    footage.put(id, f);
    categoryOf.put(id, category);
    tell(
        "ingest #"
            + id
            + " ("
            + category
            + ") recorded "
            + start
            + ", due "
            + due
            + (thumbnail ? "" : ", no thumb"));
    return f;
  }

  /** Someone places a hold on a recording still here: a review hold one time in three. */
  void placeHold() throws Exception {
    List<Footage> here = footage.values().stream().filter(f -> !f.deleted).toList();
    if (here.isEmpty()) {
      return;
    }
    Footage f = here.get(random.nextInt(here.size()));
    HoldKind kind =
        random.nextInt(3) == 0
            ? HoldKind.REVIEW
            : HoldKind.values()[random.nextInt(HoldKind.values().length - 1)];
    placeHold(f, kind);
  }

  /**
   * Places a hold as {@code Holds.place} does; false if refused because the recording is being
   * deleted or gone.
   */
  boolean placeHold(Footage f, HoldKind kind) throws Exception {
    return placeHold(f, kind, () -> {});
  }

  interface Meanwhile {
    void run() throws Exception;
  }

  /**
   * Places a hold, with {@code meanwhile} run after the row is locked and the hold written but
   * before they commit; false if refused because the recording is being deleted or gone.
   */
  boolean placeHold(Footage f, HoldKind kind, Meanwhile meanwhile) throws Exception {
    Instant now = now();
    db.setAutoCommit(false);
    try {
      Instant due = lockForHold(f);
      if (due == null) {
        db.rollback();
        return false;
      }
      Hold hold = new Hold(f.id, kind, "REF-" + ++references, "Kept", "officer", now, rule.zone());
      long id =
          insert(
              "INSERT INTO recording_hold (recording_id, kind, reference, reason, placed_by,"
                  + " placed_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
              f.id,
              kind.name(),
              hold.getReference(),
              hold.getReason(),
              hold.getPlacedBy(),
              utc(hold.getPlacedAt()),
              hold.getExpiresAt().map(SweepWorld::utc).orElse(null));
      if (hold.getExpiresAt().isPresent()) {
        keepUntilAtLeast(f, due, rule.dueAfterHolds(due, hold.getExpiresAt().get()));
      }
      meanwhile.run();
      db.commit();
      f.holds.add(new PlacedHold(id, hold));
      count(kind.lapses() ? "review holds placed" : "holds placed");
      tell(
          "hold "
              + kind
              + " on #"
              + f.id
              + hold.getExpiresAt().map(e -> " lapsing " + e).orElse(""));
      return true;
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  /** Someone releases one of the holds active now. */
  void releaseHold() throws SQLException {
    Instant now = now();
    List<Footage> held = footage.values().stream().filter(f -> f.heldAt(now)).toList();
    if (held.isEmpty()) {
      return;
    }
    Footage f = held.get(random.nextInt(held.size()));
    List<PlacedHold> active = f.holds.stream().filter(p -> p.hold().isActiveAt(now)).toList();
    PlacedHold placed = active.get(random.nextInt(active.size()));
    db.setAutoCommit(false);
    try {
      Instant due = lockForHold(f);
      if (due == null) {
        db.rollback();
        return;
      }
      Hold hold = placed.hold();
      update(
          "UPDATE recording_hold SET released_by = 'officer', released_at = ?,"
              + " release_reason = 'Case closed' WHERE id = ?",
          utc(now),
          placed.id());
      Long othersActive =
          scalar(
              "SELECT count(*) FROM recording_hold WHERE recording_id = ? AND released_at IS NULL"
                  + " AND (expires_at IS NULL OR expires_at > ?)",
              f.id,
              utc(now));
      if (othersActive == 0) {
        keepUntilAtLeast(f, due, rule.dueAfterHolds(due, now));
      }
      db.commit();
      hold.release("officer", "Case closed", now);
      count(othersActive == 0 ? "last holds released" : "holds released, others left");
      tell("release " + hold.getKind() + " on #" + f.id + (othersActive == 0 ? " (the last)" : ""));
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  /**
   * The recording's row locked against the sweep, as {@code Holds} locks it; its due date, or null
   * if it is being deleted or gone.
   */
  private Instant lockForHold(Footage f) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT deleting_since, deletion_due_at FROM recording WHERE id = ? FOR UPDATE")) {
      s.setLong(1, f.id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next() || rs.getObject(1) != null) {
          tell("hold on #" + f.id + " refused: it is being deleted or gone");
          count("holds refused");
          return null;
        }
        return rs.getObject(2, OffsetDateTime.class).toInstant();
      }
    }
  }

  private void keepUntilAtLeast(Footage f, Instant due, Instant kept) throws SQLException {
    if (kept.isAfter(due)) {
      update("UPDATE recording SET deletion_due_at = ? WHERE id = ?", utc(kept), f.id);
    }
  }

  /**
   * Time passes: minutes, hours or days, or to a few minutes either side of a moment that matters
   * (a due date, a lapse, the end of a grace period), with the schedule sweeping on the way.
   */
  void passTime() throws SQLException {
    Instant now = now();
    List<Instant> moments = momentsThatMatter();
    int kind = random.nextInt(10);
    Instant target = null;
    if (kind < 3) {
      List<Instant> ahead = moments.stream().filter(now::isBefore).toList();
      if (!ahead.isEmpty()) {
        Instant moment = ahead.get(random.nextInt(ahead.size()));
        target = moment.plus(random.nextInt(41) - 20, ChronoUnit.MINUTES);
      }
    }
    if (target == null || !target.isAfter(now)) {
      if (kind < 6) {
        target = now.plus(1 + random.nextInt(45), ChronoUnit.MINUTES);
      } else if (kind < 8) {
        target = now.plus(60 + random.nextInt(11 * 60), ChronoUnit.MINUTES);
      } else {
        target = now.plus(1 + random.nextInt(10), ChronoUnit.DAYS);
        target = target.plus(random.nextInt(24 * 60), ChronoUnit.MINUTES);
      }
    }
    passTimeTo(target.plusSeconds(random.nextInt(60)), moments);
  }

  /**
   * Moves the clock to {@code target}, with the schedule's sweep at each quarter hour on the way
   * where anything can have changed: the first, and the first at or after each of {@code moments}
   * (due dates, lapses, ends of grace periods). The sweeps left out would find what the one before
   * found, since only time moves in between and nothing falls due then.
   */
  void passTimeTo(Instant target, List<Instant> moments) throws SQLException {
    Instant now = now();
    Instant first = tickAtOrAfter(now.plusNanos(1));
    TreeSet<Instant> ticks = new TreeSet<>();
    ticks.add(first);
    for (Instant moment : moments) {
      ticks.add(tickAtOrAfter(moment.isAfter(now) ? moment : first));
    }
    tell("time passes until " + target);
    for (Instant tick : ticks.headSet(target, true)) {
      clock.set(tick);
      sweep("the schedule sweeps");
    }
    clock.set(target);
  }

  static Instant tickAtOrAfter(Instant t) {
    long quarter = INTERVAL.toSeconds();
    long seconds = t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0);
    return Instant.ofEpochSecond(Math.floorDiv(seconds + quarter - 1, quarter) * quarter);
  }

  /**
   * Due dates and lapses the database holds, and when this world's own account says each recording
   * may go: a sweep at the first quarter hour after each finds anything that is due.
   */
  List<Instant> momentsThatMatter() throws SQLException {
    List<Instant> moments = new ArrayList<>();
    try (PreparedStatement s =
            db.prepareStatement(
                "SELECT deletion_due_at FROM recording UNION ALL SELECT expires_at FROM"
                    + " recording_hold WHERE expires_at IS NOT NULL AND released_at IS NULL");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        moments.add(rs.getObject(1, OffsetDateTime.class).toInstant());
      }
    }
    Instant now = now();
    for (Footage f : footage.values()) {
      if (!f.deleted) {
        moments.add(f.earliestDeletion(now));
        f.holds.forEach(p -> p.hold().getExpiresAt().ifPresent(moments::add));
      }
    }
    return moments;
  }

  /** An administrator's "run the sweep now", at whatever time it is. */
  void sweepNow() throws SQLException {
    sweep("sweep now");
  }

  // ---------------------------------------------------------------- the sweep

  /** Runs one sweep at the clock's time, interrupted as {@link #interruptions} says. */
  void sweep(String why) throws SQLException {
    Instant now = now();
    if (interruptions == null) {
      int deleted = sweeper(db, null).sweep(now);
      count("sweeps");
      lastCompleteSweep = now;
      if (deleted > 0) {
        tell(why + ": deleted " + deleted);
      }
      return;
    }
    sweep(interruptions.apply(random), why);
  }

  /**
   * Runs one sweep at the clock's time on the world's sweeping connection (a new one after a
   * crash), interrupted as {@code plan} says. A crash ends the session as the death of the server's
   * process would.
   */
  void sweep(Interruptions.Plan plan, String why) throws SQLException {
    Instant now = now();
    if (sweepConnection == null) {
      sweepConnection = database.connect();
    }
    Connection connection = sweepConnection;
    long pid = pid(connection);
    try {
      int deleted = sweeper(Interruptions.watched(connection, plan), plan).sweep(now);
      tell(why + ": deleted " + deleted + (plan.fired() ? ", after a failure" : ""));
      count(plan.fired() ? "sweeps failing part-way" : "sweeps");
    } catch (Interruptions.Crash crash) {
      count("sweeps killed");
      sweepConnection = null;
      try {
        terminate(pid);
      } finally {
        closeQuietly(connection);
      }
      tell(why + ": " + crash.getMessage());
    } catch (RuntimeException e) {
      if (!plan.fired()) {
        throw e;
      }
      tell(why + ": stopped by " + e.getMessage());
      count("sweeps failing part-way");
    }
    if (plan.fired()) {
      everySweepCompleted = false;
    } else {
      lastCompleteSweep = now;
    }
  }

  /** The server starts again: a new process, a new session, and its catch-up sweep. */
  void restart() throws SQLException {
    if (sweepConnection != null) {
      closeQuietly(sweepConnection);
      sweepConnection = null;
    }
    sweep(Interruptions.Plan.none(), "the restarted server sweeps");
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Its session is gone already.
    }
  }

  /**
   * The real sweep on {@code connection}, each step in its own transaction as {@code SweepSteps}
   * runs it, telling {@code plan} each point it passes; with no plan, wired exactly as the server.
   */
  Sweeper sweeper(Connection connection, Interruptions.Plan plan) {
    Interruptions.Point point = plan == null ? what -> {} : plan;
    Consumer<StorageKey> removeFiles =
        plan == null
            ? store::delete
            : key -> {
              // FootageStore.delete removes the original, then the thumbnail: stop in between.
              try {
                Files.deleteIfExists(store.original(key));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              point.reached("original removed " + key);
              store.delete(key);
              point.reached("files removed " + key);
            };
    return new Sweeper(
        (now, limit, skip) -> {
          List<SweepSql.Claimed> claimed =
              transaction(connection, () -> SweepSql.claim(connection, now, limit, skip));
          claimed.forEach(c -> claims.putIfAbsent(c.id(), now));
          point.reached("claim committed");
          return claimed;
        },
        (ids, rule, now) -> {
          Set<Long> finished = new HashSet<>();
          transaction(connection, () -> SweepSql.finish(connection, ids, rule, now))
              .forEach(d -> finished.add(d.recordingId()));
          point.reached("finish committed " + ids);
          return finished;
        },
        removeFiles,
        clock,
        Sweeper.RULE,
        plan == null ? removals : Runnable::run);
  }

  interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * One transaction, as the container runs a {@code REQUIRES_NEW} method: committed if the work
   * returns, rolled back if it throws. A crash does neither; the session is killed instead.
   */
  static <T> T transaction(Connection connection, Work<T> work) {
    try {
      connection.setAutoCommit(false);
      T result = work.run();
      connection.commit();
      connection.setAutoCommit(true);
      return result;
    } catch (SQLException e) {
      rollback(connection);
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      rollback(connection);
      throw e;
    }
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // The session is already broken; PostgreSQL undoes the transaction when it ends.
    }
  }

  /** The server process behind a connection, to end it as a crash would. */
  long pid(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Ends a session as the death of its client would, and waits until it has gone. */
  void terminate(long pid) throws SQLException {
    try (PreparedStatement s = monitor.prepareStatement("SELECT pg_terminate_backend(?::int)")) {
      s.setLong(1, pid);
      s.executeQuery().close();
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!waitOf(pid).equals("gone")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("session " + pid + " did not end");
      }
      Thread.onSpinWait();
    }
  }

  /** The wait of a session: "Lock" while it waits for another transaction's lock. */
  String waitOf(long pid) throws SQLException {
    try (PreparedStatement s =
        monitor.prepareStatement("SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?")) {
      s.setLong(1, pid);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? String.valueOf(rs.getString(1)) : "gone";
      }
    }
  }

  // ---------------------------------------------------------------- what must always be true

  private record Row(long id, String sha256, Instant due, Instant deletingSince, boolean thumb) {}

  private record Record(long id, String sha256, Instant due, Instant deletedAt) {}

  /**
   * After every step: nothing deleted that was held or not due when its sweep claimed it; every
   * deletion recorded, with no row and no file left; every row not being deleted with its files; no
   * file without a row; and nothing due and unheld still here after a sweep that ran to its end
   * (nor, if every sweep has, more than one sweep interval after it fell due).
   */
  void check() throws SQLException {
    Instant now = now();
    Map<Long, Row> rows = new LinkedHashMap<>();
    List<Record> records = new ArrayList<>();
    // One round trip, planned once (a prepared statement is cached by the driver): this runs
    // after every step of thousands of sequences.
    try (PreparedStatement s =
            db.prepareStatement(
                "SELECT true, id, sha256, deletion_due_at, deleting_since, has_thumbnail"
                    + " FROM recording UNION ALL SELECT false, recording_id, sha256, due_at,"
                    + " deleted_at, false FROM deletion_record");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(2);
        Instant due = rs.getObject(4, OffsetDateTime.class).toInstant();
        OffsetDateTime fifth = rs.getObject(5, OffsetDateTime.class);
        if (rs.getBoolean(1)) {
          Instant claimed = fifth == null ? null : fifth.toInstant();
          rows.put(id, new Row(id, rs.getString(3), due, claimed, rs.getBoolean(6)));
        } else {
          records.add(new Record(id, rs.getString(3), due, fifth.toInstant()));
        }
      }
    }
    for (Row row : rows.values()) {
      require(footage.containsKey(row.id()), "row #" + row.id() + " was never ingested");
      if (row.deletingSince() != null) {
        claims.putIfAbsent(row.id(), row.deletingSince());
      }
    }
    for (Record record : records) {
      Footage f = footage.get(record.id());
      require(f != null, "a deletion record for #" + record.id() + ", never ingested");
      require(
          !rows.containsKey(record.id()), "#" + record.id() + " has a deletion record and a row");
      if (f.deleted) {
        continue;
      }
      Instant claimed = claims.get(f.id);
      require(claimed != null, "#" + f.id + " was deleted without being claimed");
      require(
          f.deletableAt(claimed),
          "#"
              + f.id
              + " was deleted by the sweep that claimed it at "
              + claimed
              + " but then it "
              + (f.heldAt(claimed) ? "was held" : "was not due")
              + ": "
              + f);
      require(!record.deletedAt().isBefore(claimed), "#" + f.id + " recorded before its claim");
      require(!record.due().isAfter(claimed), "#" + f.id + " claimed before its recorded due date");
      require(record.sha256().equals(f.key.sha256()), "#" + f.id + "'s record names other bytes");
      f.deleted = true;
      tell("#" + f.id + " deleted (claimed " + claimed + ")");
      count(f.holds.isEmpty() ? "deleted" : "deleted after its holds ended");
    }
    Map<StorageKey, Row> rowByKey = new HashMap<>();
    for (Footage f : footage.values()) {
      Row row = rows.get(f.id);
      require(f.deleted || row != null, "#" + f.id + " vanished without a deletion record");
      if (row != null) {
        rowByKey.put(f.key, row);
      }
    }
    for (StorageKey key : contents.keySet()) {
      boolean original = Files.exists(store.original(key));
      boolean thumbnail = Files.exists(store.thumbnail(key));
      Row row = rowByKey.get(key);
      if (row == null) {
        require(!original && !thumbnail, "files without a recording: " + key);
      } else if (row.deletingSince() == null) {
        require(original, "#" + row.id() + " is not being deleted but its original is gone");
        require(thumbnail == row.thumb(), "#" + row.id() + "'s thumbnail: " + thumbnail);
      }
    }
    for (Row row : rows.values()) {
      Footage f = footage.get(row.id());
      if (lastCompleteSweep != null && f.deletableAt(lastCompleteSweep)) {
        throw failure(
            "#"
                + f.id
                + " was due and unheld at the complete sweep at "
                + lastCompleteSweep
                + " and is still here: "
                + f);
      }
      if (f.heldAt(now) && !f.dueByPolicy(now).isAfter(now)) {
        count("checks of footage kept past its due date by a hold");
      }
      if (everySweepCompleted && f.deletableAt(now)) {
        Instant since = f.deletableSince(now);
        require(
            Duration.between(since, now).compareTo(INTERVAL) <= 0,
            "#"
                + f.id
                + " has been due and unheld since "
                + since
                + ", more than one sweep"
                + " interval: "
                + f);
      }
    }
  }

  /**
   * Storage holds exactly the files of the recordings in the database, and nothing is left half
   * deleted: for after a sweep that ran to its end.
   */
  void checkStorageMatchesDatabase() throws SQLException {
    Map<String, Boolean> thumbnails = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT sha256, has_thumbnail, deleting_since FROM recording")) {
      while (rs.next()) {
        require(rs.getObject(3) == null, "a recording is still claimed: " + rs.getString(1));
        thumbnails.put(rs.getString(1), rs.getBoolean(2));
      }
    }
    List<String> originals = files("originals", ".mp4");
    List<String> thumbs = files("thumbnails", ".jpg");
    require(
        originals.stream().sorted().toList().equals(thumbnails.keySet().stream().sorted().toList()),
        "originals " + originals + " but recordings " + thumbnails.keySet());
    List<String> withThumbnail =
        thumbnails.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    require(
        thumbs.stream().sorted().toList().equals(withThumbnail.stream().sorted().toList()),
        "thumbnails " + thumbs + " but recordings with one " + withThumbnail);
  }

  private List<String> files(String directory, String suffix) {
    try (Stream<Path> walk = Files.walk(root.resolve(directory))) {
      return walk.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .map(
              name ->
                  name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void require(boolean condition, String problem) {
    if (!condition) {
      throw failure(problem);
    }
  }

  private AssertionError failure(String problem) {
    return new AssertionError(problem);
  }

  /** What happened, oldest first, for a failure's message. */
  String storyTold() {
    return String.join("\n  ", story);
  }

  /**
   * An administrator changes a category's period, shorter or longer, through the real re-dating
   * ({@link Redating}) in one transaction. Each recording of the category still here and not
   * claimed by a sweep is then due by the new period, from now on; holds and their grace come on
   * top, as {@link Footage#earliestDeletion} works out independently.
   */
  void changePolicy() throws SQLException {
    List<String> codes = List.copyOf(periods.keySet());
    String category = codes.get(random.nextInt(codes.size()));
    int[] choices = {1, 3, 8, 20, 31, 45, 60, 90};
    int days = choices[random.nextInt(choices.length)];
    if (days == periods.get(category)) {
      return;
    }
    // A millisecond on, so that a sweep at the previous instant is plainly before the change and
    // the next one plainly after it. Quarter hours fall on whole seconds; only a thousand changes
    // in a row could bring the clock within a millisecond of one and step over it.
    clock.set(now().plusMillis(1));
    Instant now = now();
    RetentionRule changed = rule.withPeriod(java.time.Period.ofDays(days));
    RedatingImpact impact;
    db.setAutoCommit(false);
    try {
      impact = new Redating(db, changed, now, now, days > periods.get(category)).apply(category);
      update("UPDATE retention_category SET period_days = ? WHERE code = ?", days, category);
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
    periods.put(category, days);
    for (Footage f : footage.values()) {
      if (!f.deleted
          && category.equals(categoryOf.get(f.id))
          && scalar("SELECT 1 FROM recording WHERE id = ? AND deleting_since IS NULL", f.id)
              != null) {
        f.policyChanged(now, changed.deletionDue(f.recordedStart, f.arrived));
      }
    }
    tell(
        "policy: "
            + category
            + " kept "
            + days
            + " days; "
            + impact.recordings()
            + " re-dated, "
            + impact.dueAtOnce()
            + " due at once");
    count(impact.dueAtOnce() > 0 ? "policy changes making footage due at once" : "policy changes");
  }

  // ---------------------------------------------------------------- plumbing

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private long insert(String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql + " RETURNING id")) {
      bind(s, values);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  void update(String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, values);
      s.executeUpdate();
    }
  }

  Long scalar(String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, values);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
  }

  private static void deleteTree(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws SQLException {
    removals.shutdownNow();
    try {
      if (sweepConnection != null) {
        sweepConnection.close();
      }
      monitor.close();
      db.close();
    } finally {
      deleteTree(storage);
    }
  }
}
