package uk.council.evidence.retention.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditChain;
import uk.council.evidence.audit.entity.AuditEntry;

/**
 * The deletion-sweep benchmark's helpers, run by sweep-bench.sh (not a test: it lives outside src/
 * so neither the build nor surefire sees it):
 *
 * <ul>
 *   <li>{@code migrate}: applies the schema with Flyway from {@code classpath:db/migration} (the
 *       database module's jar), exactly as the server's SchemaMigration does at start-up, so the
 *       server later finds the schema up to date;
 *   <li>{@code files}: writes N originals of 4–16 KiB of random bytes (seeded, so every run writes
 *       the same set) at the very path FootageStore uses ({@code originals/ab/cd/<sha256>.mp4},
 *       read-only as a commit leaves it) and, for 19 in 20, a 2–6 KiB thumbnail ({@code
 *       thumbnails/ab/cd/<sha256>.jpg}); prints a CSV of id, sha256, size, has_thumbnail for the
 *       database, and a NUL-separated list of every file for the {@code rm} baseline;
 *   <li>{@code verify-chain}: walks the audit log from the first event and checks the hash chain
 *       (consecutive seq, prev_hash, and each hash recomputed with {@link AuditChain#hash}); counts
 *       events by action;
 *   <li>{@code jfr-summary}: where the sweep's thread spent its time in a JFR recording (settings
 *       "profile": a Java sample every 10 ms of a thread running Java code, a native sample every
 *       20 ms of one in native code such as a socket read or an unlink), by step and by whether it
 *       ran Java or waited in native code.
 * </ul>
 */
public final class SweepBenchTool {

  private SweepBenchTool() {}

  public static void main(String[] argv) throws Exception {
    if (argv.length == 0) {
      throw new IllegalArgumentException("usage: migrate|files|verify-chain --option value ...");
    }
    Map<String, String> args = new HashMap<>();
    for (int i = 1; i + 1 < argv.length; i += 2) {
      args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
    }
    switch (argv[0]) {
      case "migrate" -> migrate(args);
      case "files" -> files(args);
      case "verify-chain" -> System.exit(verifyChain(args) ? 0 : 1);
      case "jfr-summary" -> jfrSummary(args);
      default -> throw new IllegalArgumentException("unknown command " + argv[0]);
    }
  }

  private static String need(Map<String, String> args, String name) {
    String value = args.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is needed");
    }
    return value;
  }

  // --- migrate -------------------------------------------------------------------------------

  static void migrate(Map<String, String> args) {
    var flyway =
        Flyway.configure(SweepBenchTool.class.getClassLoader())
            .dataSource(need(args, "url"), need(args, "user"), args.getOrDefault("password", ""))
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            // One role both migrates and runs the benchmark: it owns the tables, grants nothing.
            .placeholders(Map.of("application_role", need(args, "user")))
            .load();
    var result = flyway.migrate();
    System.out.println(
        "schema at version "
            + flyway.info().current().getVersion()
            + " ("
            + result.migrationsExecuted
            + " migrations applied)");
  }

  // --- files ---------------------------------------------------------------------------------

  /** One generated recording's file. */
  record Made(String sha256, int size, boolean thumbnail) {}

  static void files(Map<String, String> args) throws Exception {
    Path root = Path.of(need(args, "root")).toAbsolutePath();
    int count = Integer.parseInt(need(args, "count"));
    long seed = Long.parseLong(args.getOrDefault("seed", "20261126"));
    int threads =
        Integer.parseInt(
            args.getOrDefault(
                "threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
    Path csv = Path.of(need(args, "csv"));
    Path paths = Path.of(need(args, "paths"));
    Path originals = root.resolve("originals");
    Path thumbnails = root.resolve("thumbnails");
    Files.createDirectories(originals);
    Files.createDirectories(thumbnails);

    long started = System.nanoTime();
    Made[] made = new Made[count + 1];
    Set<Path> directories = ConcurrentHashMap.newKeySet();
    Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r--r-----");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      int chunk = 1_000;
      var futures = new java.util.ArrayList<Future<?>>();
      for (int from = 1; from <= count; from += chunk) {
        int first = from;
        int last = Math.min(count, from + chunk - 1);
        futures.add(
            pool.submit(
                () -> {
                  MessageDigest sha = sha256();
                  byte[] buffer = new byte[16 * 1024];
                  for (int id = first; id <= last; id++) {
                    // One random stream per recording: the same bytes whatever the thread count.
                    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + id);
                    int size = 4 * 1024 + random.nextInt(12 * 1024 + 1);
                    fill(random, buffer, size);
                    sha.update(buffer, 0, size);
                    String hex = HexFormat.of().formatHex(sha.digest());
                    Path original = sharded(originals, hex, ".mp4");
                    write(original, buffer, size, directories);
                    Files.setPosixFilePermissions(original, readOnly);
                    boolean thumbnail = id % 20 != 0;
                    if (thumbnail) {
                      int thumbSize = 2 * 1024 + random.nextInt(4 * 1024 + 1);
                      fill(random, buffer, thumbSize);
                      write(sharded(thumbnails, hex, ".jpg"), buffer, thumbSize, directories);
                    }
                    made[id] = new Made(hex, size, thumbnail);
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    long bytes = 0;
    int files = 0;
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.US_ASCII);
        OutputStream list = new java.io.BufferedOutputStream(Files.newOutputStream(paths))) {
      for (int id = 1; id <= count; id++) {
        Made m = made[id];
        out.write(id + "," + m.sha256() + "," + m.size() + "," + m.thumbnail());
        out.newLine();
        list.write(sharded(originals, m.sha256(), ".mp4").toString().getBytes(StandardCharsets.UTF_8));
        list.write(0);
        bytes += m.size();
        files++;
        if (m.thumbnail()) {
          list.write(
              sharded(thumbnails, m.sha256(), ".jpg").toString().getBytes(StandardCharsets.UTF_8));
          list.write(0);
          files++;
        }
      }
    }
    System.out.printf(
        "%d recordings: %d files (%d originals, %.0f MiB of originals) in %d directories, %.1f s%n",
        count,
        files,
        count,
        bytes / 1048576.0,
        directories.size(),
        (System.nanoTime() - started) / 1e9);
  }

  private static void fill(SplittableRandom random, byte[] buffer, int size) {
    for (int i = 0; i < size; i += 8) {
      long v = random.nextLong();
      for (int b = 0; b < 8 && i + b < size; b++) {
        buffer[i + b] = (byte) (v >>> (8 * b));
      }
    }
  }

  /** Where FootageStore keeps a file: two levels of two hexadecimal characters. */
  private static Path sharded(Path base, String hex, String suffix) {
    return base.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex + suffix);
  }

  private static void write(Path file, byte[] buffer, int size, Set<Path> directories)
      throws IOException {
    Path parent = file.getParent();
    if (!directories.contains(parent)) {
      Files.createDirectories(parent);
      directories.add(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(buffer, 0, size);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- verify-chain --------------------------------------------------------------------------

  static boolean verifyChain(Map<String, String> args) throws SQLException {
    try (Connection c =
        DriverManager.getConnection(
            need(args, "url"), need(args, "user"), args.getOrDefault("password", ""))) {
      c.setAutoCommit(false); // so that the driver streams with the fetch size
      c.setReadOnly(true);
      long expectedSeq = 1;
      String previousHash = AuditChain.GENESIS;
      long checked = 0;
      String problem = null;
      long brokenAt = 0;
      Map<String, Long> byAction = new TreeMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT seq, occurred_at, actor, action, target_type, target_id, details,"
                  + " source_address, prev_hash, hash FROM audit_event ORDER BY seq")) {
        s.setFetchSize(5_000);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            checked++;
            long seq = r.getLong(1);
            Instant at = r.getObject(2, java.time.OffsetDateTime.class).toInstant();
            String action = r.getString(4);
            String prev = r.getString(9).strip();
            String hash = r.getString(10).strip();
            byAction.merge(action, 1L, Long::sum);
            if (problem != null) {
              continue;
            }
            if (seq != expectedSeq) {
              problem = "expected event " + expectedSeq;
            } else if (!prev.equals(previousHash)) {
              problem = "its previous-hash does not match the hash of event " + (seq - 1);
            } else {
              AuditEntry entry =
                  new AuditEntry(
                      r.getString(3),
                      AuditAction.valueOf(action),
                      r.getString(5),
                      r.getString(6),
                      r.getString(7),
                      r.getString(8),
                      at);
              if (!AuditChain.hash(seq, prev, entry).equals(hash)) {
                problem = "its contents do not match its hash";
              }
            }
            if (problem != null) {
              brokenAt = seq;
            } else {
              expectedSeq = seq + 1;
              previousHash = hash;
            }
          }
        }
      }
      c.rollback();
      StringBuilder counts = new StringBuilder();
      byAction.forEach((a, n) -> counts.append(counts.length() == 0 ? "" : ", ").append(a).append(' ').append(n));
      if (problem == null) {
        System.out.printf(
            "audit chain intact: %d events checked, head is event %d (%s)%n",
            checked, expectedSeq - 1, counts);
        return true;
      }
      System.out.printf(
          "audit chain BROKEN at event %d: %s; intact up to event %d of %d (%s)%n",
          brokenAt, problem, expectedSeq - 1, checked, counts);
      return false;
    }
  }

  // --- jfr-summary ---------------------------------------------------------------------------

  /** The sweep's steps, innermost first: a sample belongs to the first of these on its stack. */
  private static final String[][] STEPS = {
    {"uk.council.evidence.footage.control.FootageStore.delete", "remove the two files (FootageStore.delete)"},
    {"uk.council.evidence.audit.boundary.AuditLog.record", "audit event (advisory lock, chain head, hash, insert)"},
    {"uk.council.evidence.retention.boundary.SweepSteps.finish", "finish: deletion record and row deletes (SQL)"},
    {"uk.council.evidence.retention.boundary.SweepSteps.claim", "claim a batch (select, one update per row)"},
    {"uk.council.evidence.retention.boundary.DeletionSweep.sweep", "EJB calls around the steps: transaction begin/commit, interceptors"},
  };

  static void jfrSummary(Map<String, String> args) throws IOException {
    Path file = Path.of(need(args, "file"));
    Map<String, long[]> byStep = new java.util.LinkedHashMap<>();
    for (String[] step : STEPS) {
      byStep.put(step[1], new long[2]);
    }
    Map<String, long[]> byThread = new TreeMap<>();
    Map<String, Long> topJava = new HashMap<>();
    Instant first = null;
    Instant last = null;
    try (var recording = new jdk.jfr.consumer.RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        var event = recording.readEvent();
        String type = event.getEventType().getName();
        boolean inJava = type.equals("jdk.ExecutionSample");
        if (!inJava && !type.equals("jdk.NativeMethodSample")) {
          continue;
        }
        if (first == null || event.getStartTime().isBefore(first)) {
          first = event.getStartTime();
        }
        if (last == null || event.getStartTime().isAfter(last)) {
          last = event.getStartTime();
        }
        var thread = event.getThread("sampledThread");
        String threadName = thread == null ? "?" : thread.getJavaName();
        var stack = event.getStackTrace();
        if (stack == null) {
          continue;
        }
        var frames = stack.getFrames();
        String step = null;
        for (var frame : frames) {
          String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
          for (String[] s : STEPS) {
            if (name.equals(s[0])) {
              step = s[1];
              break;
            }
          }
          if (step != null) {
            break;
          }
        }
        boolean fixity = false;
        for (var frame : frames) {
          if (frame.getMethod().getType().getName().startsWith("uk.council.evidence.footage.boundary.Fixity")) {
            fixity = true;
            break;
          }
        }
        String who = step != null ? "the sweep's thread" : fixity ? "fixity check" : "other threads (" + threadName.replaceAll("[-_]?\\d+$", "") + ")";
        byThread.computeIfAbsent(who, k -> new long[2])[inJava ? 0 : 1]++;
        if (step == null) {
          continue;
        }
        byStep.get(step)[inJava ? 0 : 1]++;
        if (inJava && !frames.isEmpty()) {
          var top = frames.get(0).getMethod();
          String[] parts = top.getType().getName().split("\\.");
          topJava.merge(String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length - 1))), 1L, Long::sum);
        }
      }
    }
    double seconds = first == null ? 0 : java.time.Duration.between(first, last).toMillis() / 1000.0;
    System.out.printf("JFR samples over %.0f s (Java sample = 10 ms running Java code, native sample = 20 ms in native code)%n%n", seconds);
    System.out.println("| the sweep's thread, by step | Java samples (~s) | native samples (~s) |");
    System.out.println("|---|---:|---:|");
    long sj = 0;
    long sn = 0;
    for (var e : byStep.entrySet()) {
      sj += e.getValue()[0];
      sn += e.getValue()[1];
      System.out.printf("| %s | %d (%.0f) | %d (%.0f) |%n", e.getKey(), e.getValue()[0], e.getValue()[0] / 100.0, e.getValue()[1], e.getValue()[1] / 50.0);
    }
    System.out.printf("| all | %d (%.0f) | %d (%.0f) |%n%n", sj, sj / 100.0, sn, sn / 50.0);
    System.out.println("| threads | Java samples (~s) | native samples (~s) |");
    System.out.println("|---|---:|---:|");
    byThread.forEach((k, v) -> System.out.printf("| %s | %d (%.0f) | %d (%.0f) |%n", k, v[0], v[0] / 100.0, v[1], v[1] / 50.0));
    System.out.println();
    System.out.println("Where the sweep thread's Java samples were (package of the top frame):");
    topJava.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(12)
        .forEach(e -> System.out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
  }
}
