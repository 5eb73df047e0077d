package uk.council.evidence.audit.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import uk.council.evidence.audit.bench.GeneratedChain;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.audit.entity.ChainVerification;

/**
 * The audit chain's verification at a large council's scale: generates an intact chain of events
 * with the application's own hashing, loads it with COPY, then times, round by round and
 * alternately, {@link ChainWalk#walk} (what AuditLog.verify runs) and the bare read of the same rows
 * by psql ({@code \copy ... TO /dev/null}). Prints the medians and their ratio as Markdown.
 *
 * <p>Run by chain-bench.sh; not part of the build.
 */
public final class ChainWalkBenchmark {

  private static final String COLUMNS =
      "seq, occurred_at, actor, action, target_type, target_id, details, source_address,"
          + " prev_hash, hash";

  public static void main(String[] args) throws Exception {
    String url = null;
    String psql = null;
    String port = null;
    long events = 1_000_000;
    int rounds = 5;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--url" -> url = args[i + 1];
        case "--psql" -> psql = args[i + 1];
        case "--port" -> port = args[i + 1];
        case "--events" -> events = Long.parseLong(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    try (Connection c = DriverManager.getConnection(url, "evidence", "")) {
      long loadStart = System.nanoTime();
      load(c, events);
      System.out.printf(
          Locale.ROOT,
          "Loaded %,d events with the application's hashing in %.1f s.%n%n",
          events,
          (System.nanoTime() - loadStart) / 1e9);
      try (Statement s = c.createStatement()) {
        s.execute("VACUUM (ANALYZE) audit_event");
      }
      c.setAutoCommit(false);
      // One untimed walk each, so that neither pays for a cold cache the other warmed.
      ChainVerification first = ChainWalk.walk(c);
      c.commit();
      if (!first.intact() || first.eventsChecked() != events) {
        throw new IllegalStateException("the generated chain does not verify: " + first.summary());
      }
      psqlRead(psql, port);
      List<Double> walks = new ArrayList<>();
      List<Double> bare = new ArrayList<>();
      System.out.println("| round | ChainWalk.walk (s) | psql \\copy of the same rows (s) | load before |");
      System.out.println("|---|---|---|---|");
      for (int r = 1; r <= rounds; r++) {
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        double bareSeconds = psqlRead(psql, port);
        long start = System.nanoTime();
        ChainVerification verified = ChainWalk.walk(c);
        double walkSeconds = (System.nanoTime() - start) / 1e9;
        c.commit();
        if (!verified.intact()) {
          throw new IllegalStateException(verified.summary());
        }
        walks.add(walkSeconds);
        bare.add(bareSeconds);
        System.out.printf(
            Locale.ROOT, "| %d | %.2f | %.2f | %s |%n", r, walkSeconds, bareSeconds, load);
      }
      double walk = median(walks);
      double read = median(bare);
      System.out.printf(
          Locale.ROOT,
          "%nMedians over %d rounds, %,d events: ChainWalk.walk %.2f s, the bare read %.2f s,"
              + " ratio %.2fx. Heap used after the last walk: %d MB.%n",
          rounds,
          events,
          walk,
          read,
          walk / read,
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
  }

  /** Appends an intact chain of {@code events} events ({@link GeneratedChain}). */
  private static void load(Connection c, long events) throws Exception {
    Instant t0 = Instant.parse("2025-12-01T08:00:00Z");
    AuditAction[] actions = {
      AuditAction.FOOTAGE_VIEWED, AuditAction.FOOTAGE_PLAYED, AuditAction.LOGIN_SUCCEEDED,
      AuditAction.FOOTAGE_UPLOADED, AuditAction.FOOTAGE_DELETED, AuditAction.CASE_VIEWED
    };
    GeneratedChain.append(
        c,
        events,
        n -> {
          long seq = n + 1;
          return new AuditEntry(
              "officer." + (seq % 200),
              actions[(int) (seq % actions.length)],
              "recording",
              Long.toString(seq % 800_000),
              "generated event " + seq + " for the benchmark",
              "10.20." + (seq % 250) + "." + (seq % 7),
              t0.plusMillis(seq * 31_000L));
        });
  }

  /** The bare read: psql fetching every row of the same columns, in order, into /dev/null. */
  private static double psqlRead(String psql, String port) throws Exception {
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(
                psql,
                "-X",
                "-q",
                "-h",
                "127.0.0.1",
                "-p",
                port,
                "-U",
                "evidence",
                "-d",
                "evidence",
                "-c",
                "\\copy (SELECT " + COLUMNS + " FROM audit_event ORDER BY seq) TO '/dev/null'")
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("psql failed: " + output);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private ChainWalkBenchmark() {}
}
