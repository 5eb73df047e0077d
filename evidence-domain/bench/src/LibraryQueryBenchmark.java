package uk.council.evidence.footage.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.council.evidence.footage.entity.LibraryQuery;
import uk.council.evidence.footage.entity.LibraryQuery.Attribution;
import uk.council.evidence.footage.entity.LibraryQuery.Sort;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.request.control.RequestSql;
import uk.council.evidence.staff.entity.Role;

/**
 * Times the footage library's search as the application runs it: {@link LibrarySql#of} builds the
 * select and the count, and both run through JDBC with the parameters bound, one after the other,
 * on one connection (as EclipseLink does for a native query: prepare, bind with setObject,
 * execute, read every column, close). Then the very same statements, with the values written in as
 * literals, run bare through psql with {@code \timing on}, as the baseline.
 *
 * <p>Not a test: it lives outside src/ so neither surefire nor the build sees it;
 * library-bench.sh compiles and runs it against a generated database.
 */
public final class LibraryQueryBenchmark {

  private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");
  private static final Pattern PSQL_TIME = Pattern.compile("^Time: ([0-9.]+) ms");
  private static final long SEED = 20261126L;
  private static final double TARGET_MS = 50.0;
  private static final double TARGET_RATIO = 2.0;

  /** One kind of search: a name, and how to make one instance of it from the random source. */
  record Search(String name, String what, Function<Random, LibrarySql> make) {}

  /** One round's timings of one search, in nanoseconds: select+count, select, count. */
  record Timings(long[] total, long[] select, long[] count) {}

  private final Map<String, String> args;
  private final Path out;

  private LibraryQueryBenchmark(Map<String, String> args) {
    this.args = args;
    this.out = Path.of(args.get("out"));
  }

  public static void main(String[] argv) throws Exception {
    var args = new HashMap<String, String>();
    for (int i = 0; i + 1 < argv.length; i += 2) {
      args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
    }
    new LibraryQueryBenchmark(args).run();
  }

  private void run() throws Exception {
    int iterations = Integer.parseInt(args.getOrDefault("iterations", "200"));
    int warmup = Integer.parseInt(args.getOrDefault("warmup", "20"));
    int rounds = Integer.parseInt(args.getOrDefault("rounds", "3"));
    try (Connection db =
        DriverManager.getConnection(args.get("url"), args.get("user"), args.getOrDefault("password", ""))) {
      List<Search> searches = searches(db);
      // Every round runs the same instances, in the same order, through JDBC and through psql.
      var instances = new LinkedHashMap<String, List<LibrarySql>>();
      var random = new Random(SEED);
      for (int k = 0; k < warmup + iterations; k++) {
        for (Search s : searches) {
          instances.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(s.make().apply(random));
        }
      }
      writeExplain(searches, instances);
      Path script = writePsqlScript(searches, instances);

      System.out.println("# Library search benchmark");
      System.out.println();
      System.out.printf(
          "%d recordings; %d searches x %d iterations (after %d warm-up) per round, %d rounds;"
              + " each iteration is the select then the count.%n",
          single(db, "SELECT count(*) FROM recording"), searches.size(), iterations, warmup, rounds);
      System.out.println();
      for (Search s : searches) {
        System.out.printf("- %s: %s%n", s.name(), s.what());
      }
      System.out.println();

      var jdbc = new ArrayList<Map<String, Timings>>();
      var psql = new ArrayList<Map<String, Timings>>();
      var loads = new ArrayList<String>();
      for (int r = 1; r <= rounds; r++) {
        String before = loadAverage();
        jdbc.add(runJdbc(db, searches, instances, warmup));
        String between = loadAverage();
        psql.add(runPsql(script, searches, warmup, iterations));
        String after = loadAverage();
        loads.add(String.format("round %d: load average %s / %s / %s (before JDBC / before psql / after)", r, before, between, after));
        printRound(r, searches, jdbc.get(r - 1), psql.get(r - 1));
      }
      printSummary(searches, jdbc, psql, loads);
      int concurrent = Integer.parseInt(args.getOrDefault("concurrent", "0"));
      int thinkMs = Integer.parseInt(args.getOrDefault("think-ms", "0"));
      if (concurrent > 0 && thinkMs > 0) {
        runConcurrently(searches, instances, warmup, concurrent, thinkMs);
      }
      if (concurrent > 0) {
        runConcurrently(searches, instances, warmup, concurrent, 0);
      }
    }
  }

  /**
   * Every search of the mix by {@code searchers} at once, each on a connection of its own (as the
   * server's pool gives each request one) and starting at its own place in the instances. With
   * {@code thinkMs} each pauses between searches for a random time averaging that, as staff read
   * what they found, for three minutes; with none, they search back to back, more than 50 staff ever would. Prints p50
   * and p95 per search and over all, from the searches after each searcher's warm-up.
   */
  private void runConcurrently(
      List<Search> searches,
      Map<String, List<LibrarySql>> instances,
      int warmup,
      int searchers,
      int thinkMs)
      throws Exception {
    int n = instances.get(searches.get(0).name()).size();
    var timings = new java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentLinkedQueue<Long>>();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(searchers);
    var start = new java.util.concurrent.CountDownLatch(1);
    var done = new ArrayList<java.util.concurrent.Future<?>>();
    long began = System.nanoTime();
    for (int t = 0; t < searchers; t++) {
      int offset = t * 7;
      done.add(
          pool.submit(
              () -> {
                try (Connection own =
                    DriverManager.getConnection(
                        args.get("url"), args.get("user"), args.getOrDefault("password", ""))) {
                  start.await();
                  // Paced, each searcher goes on for three minutes at most: at a few seconds a
                  // search, the whole list would take each of them half an hour.
                  long until = thinkMs > 0 ? System.nanoTime() + 180_000_000_000L : Long.MAX_VALUE;
                  for (int k = 0; k < n && System.nanoTime() < until; k++) {
                    for (Search search : searches) {
                      LibrarySql sql = instances.get(search.name()).get((k + offset) % n);
                      long t0 = System.nanoTime();
                      execute(own, sql.select(), sql.parameters());
                      execute(own, sql.count(), sql.countParameters());
                      // Paced, the searches come slowly enough that one round warms up.
                      if (k >= (thinkMs > 0 ? 1 : warmup)) {
                        timings
                            .computeIfAbsent(search.name(), x -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                            .add(System.nanoTime() - t0);
                      }
                      if (thinkMs > 0) {
                        Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(2L * thinkMs + 1));
                      }
                    }
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (var f : done) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - began) / 1e9;
    System.out.printf(
        "%n## %d searching at once (ms; select+count per search; each searcher on its own connection, %s)%n%n",
        searchers,
        thinkMs > 0 ? "a pause of " + thinkMs + " ms on average between searches" : "no pause");
    System.out.println("| search | p50 | p95 | max |");
    System.out.println("|---|---:|---:|---:|");
    List<Long> everything = new ArrayList<>();
    for (Search search : searches) {
      long[] t = timings.get(search.name()).stream().mapToLong(Long::longValue).toArray();
      for (long v : t) {
        everything.add(v);
      }
      System.out.printf(
          Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", search.name(), percentile(t, 50), percentile(t, 95), percentile(t, 100));
    }
    long[] all = everything.stream().mapToLong(Long::longValue).toArray();
    System.out.printf(
        Locale.ROOT,
        "| all searches together | %.1f | **%.1f** | %.1f |%n%n%d searches (select+count) in %.1f s: %.0f a second; load average after: %s%n",
        percentile(all, 50), percentile(all, 95), percentile(all, 100), all.length, seconds, all.length / seconds, loadAverage());
  }

  // ---------------------------------------------------------------------------------------------
  // The mix of searches.

  private List<Search> searches(Connection db) throws SQLException {
    Instant now = ((OffsetDateTime) singleObject(db, "SELECT max(recorded_start) FROM recording")).toInstant();
    Instant first = ((OffsetDateTime) singleObject(db, "SELECT min(recorded_start) FROM recording")).toInstant();
    List<Caller> cameraUsers = viewers(db, "CAMERA_USER", "SUPERVISOR");
    List<Caller> supervisors = viewers(db, "SUPERVISOR", null);
    Caller officer = viewers(db, "EVIDENCE_OFFICER", null).get(0);
    List<Long> wearers = longs(db, "SELECT DISTINCT wearer_id FROM recording WHERE wearer_id IS NOT NULL ORDER BY 1");
    List<Long> cameras = longs(db, "SELECT id FROM camera ORDER BY id");
    long days = Duration.between(first, now).toDays();

    // A whole day (or week), at random within the data's two years, midnight to midnight UTC.
    Function<Random, Instant> day =
        r -> first.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1 + r.nextInt((int) days - 8)));

    Caller dpo = viewers(db, "DPO", null).get(0);
    List<Search> mix = new ArrayList<>(List.of(
        new Search(
            "officer-newest",
            "evidence officer, no filters, newest first, page 1",
            r -> LibrarySql.of(LibraryQuery.everything(), officer, now)),
        new Search(
            "own-newest",
            "camera user (one of 180 at random), their own footage, newest first, page 1",
            r -> LibrarySql.of(LibraryQuery.everything(), pick(r, cameraUsers), now)),
        new Search(
            "supervisor-newest",
            "supervisor (one of 15 at random): own + their area's + pooled unattributed, newest, page 1",
            r -> LibrarySql.of(LibraryQuery.everything(), pick(r, supervisors), now)),
        new Search(
            "officer-wearer-day",
            "evidence officer, one wearer, one day (random within the two years), newest first",
            r -> {
              Instant from = day.apply(r);
              return LibrarySql.of(
                  query(from, from.plus(Duration.ofDays(1)), pick(r, wearers), null, null, null, Sort.NEWEST, 1),
                  officer,
                  now);
            }),
        new Search(
            "officer-camera-week",
            "evidence officer, one camera, one week (random), oldest first",
            r -> {
              Instant from = day.apply(r);
              return LibrarySql.of(
                  query(from, from.plus(Duration.ofDays(7)), null, pick(r, cameras), null, null, Sort.OLDEST, 1),
                  officer,
                  now);
            }),
        new Search(
            "officer-unattributed",
            "evidence officer, unattributed only, newest first",
            r -> LibrarySql.of(
                query(null, null, null, null, Attribution.UNATTRIBUTED, null, Sort.NEWEST, 1), officer, now)),
        new Search(
            "officer-due-7d",
            "evidence officer, due for deletion within 7 days, soonest first",
            r -> LibrarySql.of(query(null, null, null, null, null, 7, Sort.DUE_SOONEST, 1), officer, now)),
        new Search(
            "officer-page-40",
            "evidence officer, no filters, newest first, page 40 (offset 975)",
            r -> LibrarySql.of(query(null, null, null, null, null, null, Sort.NEWEST, 40), officer, now)),
        new Search(
            "supervisor-unattributed",
            "supervisor (random), unattributed only, newest first",
            r -> LibrarySql.of(
                query(null, null, null, null, Attribution.UNATTRIBUTED, null, Sort.NEWEST, 1),
                pick(r, supervisors),
                now)),
        new Search(
            "supervisor-due-7d",
            "supervisor (random), due for deletion within 7 days, soonest first",
            r -> LibrarySql.of(
                query(null, null, null, null, null, 7, Sort.DUE_SOONEST, 1), pick(r, supervisors), now))));
    if (single(db, "SELECT count(*) FROM footage_request") > 0) {
      mix.addAll(requestSearches(db, dpo, now, day, cameras));
    }
    return mix;
  }

  /**
   * The request component's reads (issue 16), each as the portal runs it: the footage logging a
   * request holds (LibrarySql.overlapping, the builder the boundary uses), the DPO's queue and the
   * monthly counts (RequestSql, the boundary's own statements). Where a screen runs more than two
   * statements they are split over two searches; where it runs one, the second is {@code SELECT 1}.
   */
  private static List<Search> requestSearches(
      Connection db, Caller dpo, Instant now, Function<Random, Instant> day, List<Long> cameras)
      throws SQLException {
    // The queue's first page, bound as the boundary binds it in its next statements.
    String firstPage = RequestSql.queuePage(RequestSql.Scope.ALL, false, 0, 50);
    List<Object> shown = new ArrayList<>(longs(db, firstPage));
    StringBuilder marks = new StringBuilder();
    for (int i = 1; i <= shown.size(); i++) {
      marks.append(i == 1 ? "?" : ", ?").append(i);
    }
    String ids = shown.isEmpty() ? "NULL" : marks.toString();
    String calendar = "0:0:0";
    Instant monthStart =
        now.atZone(java.time.ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).minusMonths(11)
            .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    List<Object> from = List.of(uk.council.evidence.platform.control.SqlValues.utc(monthStart));
    return List.of(
        new Search(
            "request-window-all",
            "logging a request naming no camera: every recording overlapping an hour on a random"
                + " day, with the half-hour margin either side, up to 2,001 (one statement)",
            r -> {
              Instant at = day.apply(r).plus(Duration.ofHours(8 + r.nextInt(10)));
              return alone(
                  LibrarySql.overlapping(
                      dpo, now, at.minus(Duration.ofMinutes(30)), at.plus(Duration.ofMinutes(90)),
                      null, null, null, 2001));
            }),
        new Search(
            "request-window-camera",
            "logging a request naming a camera: its recordings overlapping an hour (one statement)",
            r -> {
              Instant at = day.apply(r).plus(Duration.ofHours(8 + r.nextInt(10)));
              return alone(
                  LibrarySql.overlapping(
                      dpo, now, at.minus(Duration.ofMinutes(30)), at.plus(Duration.ofMinutes(90)),
                      null, pick(r, cameras), null, 2001));
            }),
        new Search(
            "dpo-queue-counts",
            "the DPO's queue: the open requests whose clock kept on the row is out of date"
                + " (RequestSql.CLOCKS_OUT_OF_DATE), then the queue counted by clock"
                + " (RequestSql.queueClocks)",
            r -> new LibrarySql(RequestSql.CLOCKS_OUT_OF_DATE,
                "SELECT count(*) FROM (" + RequestSql.queueClocks(RequestSql.Scope.ALL, false)
                    + ") clocks",
                List.of(calendar), List.of())),
        new Search(
            "dpo-queue-page",
            "the DPO's queue: the first page's fifty ids in the queue's order"
                + " (RequestSql.queuePage), then those requests' rows",
            r -> new LibrarySql(firstPage,
                "SELECT count(*) FROM (SELECT * FROM footage_request WHERE id IN (" + ids
                    + ")) page",
                List.of(), shown)),
        new Search(
            "dpo-queue-details",
            "the DPO's queue: the page's pauses in one batch (as EclipseLink's IN batch), then"
                + " its complaints waiting",
            r -> new LibrarySql("SELECT request_id, from_day, until_day, asked FROM request_pause"
                + " WHERE request_id IN (" + ids + ")",
                "SELECT count(*) FROM (SELECT * FROM request_complaint WHERE acknowledged_on IS"
                    + " NULL AND request_id IN (" + ids + ")) waiting",
                shown, shown)),
        new Search(
            "dpo-month-counts",
            "the queue's last twelve months: received per month, then answered by decision (in"
                + " time, late and refusals by reason)",
            r ->
                new LibrarySql(
                    RequestSql.receivedByMonth(RequestSql.Scope.ALL),
                    "SELECT count(*) FROM (" + RequestSql.answeredByMonth(RequestSql.Scope.ALL)
                        + ") answered",
                    from,
                    from)));
  }

  /** A search of one statement: its second, {@code SELECT 1}, costs next to nothing. */
  private static LibrarySql alone(LibrarySql sql) {
    return new LibrarySql(sql.select(), "SELECT 1", sql.parameters(), List.of());
  }

  private static LibraryQuery query(
      Instant from, Instant to, Long wearer, Long camera, Attribution attribution, Integer dueWithin,
      Sort sort, int page) {
    return new LibraryQuery(from, to, wearer, camera, null, attribution, dueWithin, sort, page);
  }

  /** People who have {@code role} and not {@code without}, as the library would see them. */
  private static List<Caller> viewers(Connection db, String role, String without) throws SQLException {
    var viewers = new ArrayList<Caller>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT s.id, s.service_area_id, array_agg(r.role::text) FROM staff_member s"
                + " JOIN staff_role r ON r.staff_id = s.id GROUP BY s.id"
                + " HAVING bool_or(r.role = ?) AND NOT bool_or(r.role = coalesce(?, '')) ORDER BY s.id")) {
      ps.setString(1, role);
      ps.setString(2, without);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Set<Role> roles = EnumSet.noneOf(Role.class);
          for (String name : (String[]) rs.getArray(3).getArray()) {
            roles.add(Role.valueOf(name));
          }
          long area = rs.getLong(2);
          Long areaId = rs.wasNull() ? null : area;
          long id = rs.getLong(1);
          viewers.add(new Caller("staff-" + id, id, areaId, roles));
        }
      }
    }
    if (viewers.isEmpty()) {
      throw new IllegalStateException("no staff with role " + role);
    }
    return viewers;
  }

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  // ---------------------------------------------------------------------------------------------
  // JDBC: the library's own statements.

  private static Timings[] blank(List<Search> searches, int n) {
    var t = new Timings[searches.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = new Timings(new long[n], new long[n], new long[n]);
    }
    return t;
  }

  private static Map<String, Timings> runJdbc(
      Connection db, List<Search> searches, Map<String, List<LibrarySql>> instances, int warmup)
      throws SQLException {
    int n = instances.get(searches.get(0).name()).size();
    Timings[] t = blank(searches, n - warmup);
    for (int k = 0; k < n; k++) {
      for (int s = 0; s < searches.size(); s++) {
        LibrarySql sql = instances.get(searches.get(s).name()).get(k);
        long start = System.nanoTime();
        int rows = execute(db, sql.select(), sql.parameters());
        long middle = System.nanoTime();
        int counted = execute(db, sql.count(), sql.countParameters());
        long end = System.nanoTime();
        if (rows < 0 || counted != 1) {
          throw new IllegalStateException("unexpected result shape");
        }
        if (k >= warmup) {
          t[s].total()[k - warmup] = end - start;
          t[s].select()[k - warmup] = middle - start;
          t[s].count()[k - warmup] = end - middle;
        }
      }
    }
    return byName(searches, t);
  }

  /**
   * Runs one statement as EclipseLink would: prepare, bind, read every column, close. Each
   * {@code ?N} becomes a JDBC {@code ?} bound to parameter N, so a number may appear out of order
   * or twice.
   */
  private static int execute(Connection db, String sql, List<Object> parameters) throws SQLException {
    List<Integer> order = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(jdbcSql(sql, parameters.size(), order))) {
      for (int i = 0; i < order.size(); i++) {
        ps.setObject(i + 1, parameters.get(order.get(i) - 1));
      }
      int rows = 0;
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int c = 1; c <= columns; c++) {
            rs.getObject(c);
          }
          rows++;
        }
      }
      return rows;
    }
  }

  /** ?1, ?2... to JDBC's ?, noting in {@code order} which parameter each stands for. */
  static String jdbcSql(String sql, int parameterCount, List<Integer> order) {
    Matcher m = PARAMETER.matcher(sql);
    var b = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n < 1 || n > parameterCount) {
        throw new IllegalStateException("?" + n + " but " + parameterCount + " parameters in " + sql);
      }
      order.add(n);
      m.appendReplacement(b, "?");
    }
    m.appendTail(b);
    if (order.stream().distinct().count() != parameterCount) {
      throw new IllegalStateException(parameterCount + " parameters but " + order + " in " + sql);
    }
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // psql: the same statements, values written in, run bare.

  /** The statement with each ?N replaced by the literal value of parameter N. */
  static String literalSql(String sql, List<Object> parameters) {
    Matcher m = PARAMETER.matcher(sql);
    var b = new StringBuilder();
    while (m.find()) {
      Object v = parameters.get(Integer.parseInt(m.group(1)) - 1);
      String literal;
      if (v instanceof OffsetDateTime t) {
        literal = "TIMESTAMPTZ '" + t + "'";
      } else if (v instanceof Long l) {
        literal = Long.toString(l);
      } else if (v instanceof String text) {
        literal = "'" + text.replace("'", "''") + "'";
      } else {
        throw new IllegalStateException("no literal for " + v.getClass());
      }
      m.appendReplacement(b, Matcher.quoteReplacement(literal));
    }
    m.appendTail(b);
    return b.toString();
  }

  private Path writePsqlScript(List<Search> searches, Map<String, List<LibrarySql>> instances)
      throws IOException {
    var b = new StringBuilder("\\set QUIET on\n\\o /dev/null\n\\timing on\n");
    int n = instances.get(searches.get(0).name()).size();
    for (int k = 0; k < n; k++) {
      for (Search s : searches) {
        LibrarySql sql = instances.get(s.name()).get(k);
        b.append(literalSql(sql.select(), sql.parameters())).append(";\n");
        b.append(literalSql(sql.count(), sql.countParameters())).append(";\n");
      }
    }
    Path script = out.resolve("searches.psql.sql");
    Files.writeString(script, b.toString(), StandardCharsets.UTF_8);
    return script;
  }

  private Map<String, Timings> runPsql(Path script, List<Search> searches, int warmup, int iterations)
      throws IOException, InterruptedException {
    Path output = out.resolve("psql-output.txt");
    var process =
        new ProcessBuilder(
                args.get("psql"), "-X", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
                args.get("port"), "-U", args.get("user"), "-d", "evidence", "-f", script.toString())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("psql failed; see " + output);
    }
    var times = new ArrayList<Double>();
    for (String line : Files.readAllLines(output)) {
      Matcher m = PSQL_TIME.matcher(line);
      if (m.find()) {
        times.add(Double.parseDouble(m.group(1)));
      }
    }
    int expected = (warmup + iterations) * searches.size() * 2;
    if (times.size() != expected) {
      throw new IllegalStateException("psql printed " + times.size() + " timings, expected " + expected);
    }
    Timings[] t = blank(searches, iterations);
    int i = 0;
    for (int k = 0; k < warmup + iterations; k++) {
      for (int s = 0; s < searches.size(); s++) {
        long select = Math.round(times.get(i++) * 1e6);
        long count = Math.round(times.get(i++) * 1e6);
        if (k >= warmup) {
          t[s].total()[k - warmup] = select + count;
          t[s].select()[k - warmup] = select;
          t[s].count()[k - warmup] = count;
        }
      }
    }
    return byName(searches, t);
  }

  private void writeExplain(List<Search> searches, Map<String, List<LibrarySql>> instances)
      throws IOException {
    var b = new StringBuilder("\\pset pager off\n");
    for (Search s : searches) {
      LibrarySql sql = instances.get(s.name()).get(0);
      b.append("\\echo '=== ").append(s.name()).append(" (select)'\n");
      b.append("EXPLAIN (ANALYZE, BUFFERS) ").append(literalSql(sql.select(), sql.parameters())).append(";\n");
      b.append("\\echo '=== ").append(s.name()).append(" (count)'\n");
      b.append("EXPLAIN (ANALYZE, BUFFERS) ").append(literalSql(sql.count(), sql.countParameters())).append(";\n");
    }
    Files.writeString(out.resolve("explain.sql"), b.toString(), StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------------------------------------
  // Figures.

  private static Map<String, Timings> byName(List<Search> searches, Timings[] t) {
    var m = new LinkedHashMap<String, Timings>();
    for (int s = 0; s < searches.size(); s++) {
      m.put(searches.get(s).name(), t[s]);
    }
    return m;
  }

  /** Nearest-rank percentile, in milliseconds. */
  static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  private static long[] all(Map<String, Timings> round, Function<Timings, long[]> part) {
    return round.values().stream().map(part).flatMapToLong(Arrays::stream).toArray();
  }

  private static void printRound(int r, List<Search> searches, Map<String, Timings> jdbc, Map<String, Timings> psql) {
    System.out.printf("## Round %d (ms; select+count per search; JDBC select/count p95 in brackets)%n%n", r);
    System.out.println("| search | JDBC p50 | JDBC p95 | JDBC max | psql p50 | psql p95 | psql max | JDBC p95 select / count |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (Search s : searches) {
      Timings j = jdbc.get(s.name());
      Timings p = psql.get(s.name());
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f / %.2f |%n",
          s.name(), percentile(j.total(), 50), percentile(j.total(), 95), percentile(j.total(), 100),
          percentile(p.total(), 50), percentile(p.total(), 95), percentile(p.total(), 100),
          percentile(j.select(), 95), percentile(j.count(), 95));
    }
    long[] ja = all(jdbc, Timings::total);
    long[] pa = all(psql, Timings::total);
    System.out.printf(
        Locale.ROOT,
        "| all | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | |%n%n",
        percentile(ja, 50), percentile(ja, 95), percentile(ja, 100),
        percentile(pa, 50), percentile(pa, 95), percentile(pa, 100));
    System.out.flush();
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double medianOver(List<Map<String, Timings>> rounds, String name, double p) {
    return median(
        rounds.stream()
            .mapToDouble(r -> percentile(name == null ? all(r, Timings::total) : r.get(name).total(), p))
            .toArray());
  }

  private static void printSummary(
      List<Search> searches, List<Map<String, Timings>> jdbc, List<Map<String, Timings>> psql, List<String> loads) {
    System.out.printf("## Summary: median over %d rounds (ms, select+count)%n%n", jdbc.size());
    System.out.println("| search | JDBC p50 | JDBC p95 | psql p50 | psql p95 | JDBC/psql p95 | p95 <= 50 ms | within 2x |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|---|");
    var names = new ArrayList<String>();
    searches.forEach(s -> names.add(s.name()));
    names.add(null);
    for (String name : names) {
      double j50 = medianOver(jdbc, name, 50);
      double j95 = medianOver(jdbc, name, 95);
      double p50 = medianOver(psql, name, 50);
      double p95 = medianOver(psql, name, 95);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %s |%n",
          name == null ? "all" : name, j50, j95, p50, p95, j95 / p95,
          j95 <= TARGET_MS ? "yes" : "NO", j95 <= TARGET_RATIO * p95 ? "yes" : "NO");
    }
    System.out.println();
    loads.forEach(l -> System.out.println("- " + l));
    System.out.println();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static Object singleObject(Connection db, String sql) throws SQLException {
    try (var st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class);
    }
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (var st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Long> longs(Connection db, String sql) throws SQLException {
    var list = new ArrayList<Long>();
    try (var st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        list.add(rs.getLong(1));
      }
    }
    return list;
  }
}
