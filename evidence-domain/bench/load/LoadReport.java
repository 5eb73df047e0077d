import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The load benchmark's report (load-bench.sh runs it with the JDK's single-file launcher): from
 * the tab-separated file of every page answered, the table of each page's count, errors and latency percentiles,
 * and a plot of latency over time (p50, p95 and the slowest page of each ten seconds, against the
 * 300 ms aim) as SVG.
 *
 * <pre>java LoadReport.java latencies.tsv table.md plot.svg</pre>
 */
public final class LoadReport {

  record Answer(long startedMs, String page, long ms, int status, boolean whole) {
    boolean failed() {
      return status != 200 || !whole || ms < 0;
    }
  }

  public static void main(String[] args) throws IOException {
    List<Answer> answers = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (line.startsWith("started_ms")) {
        continue;
      }
      String[] f = line.split("\t");
      answers.add(
          new Answer(
              Long.parseLong(f[0]),
              f[1],
              Long.parseLong(f[2]),
              Integer.parseInt(f[3]),
              Boolean.parseBoolean(f[4])));
    }
    if (answers.isEmpty()) {
      System.err.println("no page was answered");
      System.exit(1);
    }
    answers.sort(Comparator.comparingLong(Answer::startedMs));
    Files.writeString(Path.of(args[1]), table(answers));
    Files.writeString(Path.of(args[2]), plot(answers));
  }

  static long percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  static String table(List<Answer> answers) {
    Map<String, List<Answer>> byPage = new TreeMap<>();
    answers.forEach(a -> byPage.computeIfAbsent(a.page(), k -> new ArrayList<>()).add(a));
    StringBuilder out = new StringBuilder();
    out.append("| page | answered | errors | p50 ms | p95 ms | p99 ms | slowest ms |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    byPage.forEach((page, list) -> out.append(row(page, list)));
    out.append(row("**every page**", answers));
    double seconds = (answers.get(answers.size() - 1).startedMs() - answers.get(0).startedMs()) / 1000.0;
    out.append(
        String.format(
            Locale.ROOT,
            "%nOver %.0f s: %d pages, %.1f a second; %d errors.%n",
            seconds,
            answers.size(),
            answers.size() / Math.max(1, seconds),
            answers.stream().filter(Answer::failed).count()));
    return out.toString();
  }

  static String row(String page, List<Answer> list) {
    List<Long> ms = list.stream().filter(a -> !a.failed()).map(Answer::ms).sorted().toList();
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %d | %d | %d | %d |%n",
        page,
        list.size(),
        list.stream().filter(Answer::failed).count(),
        percentile(ms, 50),
        percentile(ms, 95),
        percentile(ms, 99),
        ms.isEmpty() ? 0 : ms.get(ms.size() - 1));
  }

  static String plot(List<Answer> answers) {
    long first = answers.get(0).startedMs();
    long last = answers.get(answers.size() - 1).startedMs();
    int window = 10_000;
    List<long[]> points = new ArrayList<>(); // second, p50, p95, max
    for (long from = first; from <= last; from += window) {
      long a = from;
      List<Long> ms =
          answers.stream()
              .filter(x -> x.startedMs() >= a && x.startedMs() < a + window && !x.failed())
              .map(Answer::ms)
              .sorted()
              .toList();
      if (!ms.isEmpty()) {
        points.add(
            new long[] {
              (from - first) / 1000, percentile(ms, 50), percentile(ms, 95), ms.get(ms.size() - 1)
            });
      }
    }
    long seconds = Math.max(10, (last - first) / 1000);
    long top = Math.max(400, points.stream().mapToLong(p -> p[3]).max().orElse(400));
    top = ((top + 99) / 100) * 100;
    int w = 800, h = 400, left = 60, right = 20, upper = 30, lower = 50;
    double xs = (w - left - right) / (double) seconds, ys = (h - upper - lower) / (double) top;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            w, h));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    svg.append(
        "<text x=\"60\" y=\"18\" font-size=\"14\">Page latency over the run (each 10 s: p50, p95, slowest)</text>\n");
    for (long y = 0; y <= top; y += Math.max(100, top / 8 / 100 * 100)) {
      double py = h - lower - y * ys;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d ms</text>%n",
          left, w - right, py, py, left - 5, py + 4, y));
    }
    for (long x = 0; x <= seconds; x += Math.max(60, seconds / 10 / 60 * 60)) {
      double px = left + x * xs;
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d:%02d</text>%n",
          px, h - lower + 18, x / 60, x % 60));
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">minutes:seconds into the run</text>%n",
        (left + w - right) / 2, h - 12));
    double aim = h - lower - 300 * ys;
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d4351c\" stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"%.1f\" fill=\"#d4351c\" text-anchor=\"end\">aim: p95 300 ms</text>%n",
        left, w - right, aim, aim, w - right, aim - 4));
    String[] colours = {"#1d70b8", "#f47738", "#b1b4b6"};
    String[] names = {"p50", "p95", "slowest"};
    for (int series = 2; series >= 0; series--) {
      StringBuilder line = new StringBuilder();
      for (long[] p : points) {
        line.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + p[0] * xs, h - lower - p[series + 1] * ys));
      }
      svg.append(String.format(
          "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
          colours[series], line.toString().strip()));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
          left + 10 + series * 70, upper + 8, colours[series], names[series]));
    }
    svg.append("</svg>\n");
    return svg.toString();
  }
}
