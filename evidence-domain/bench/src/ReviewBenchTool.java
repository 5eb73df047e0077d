package uk.council.evidence.accreditation.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import uk.council.evidence.audit.bench.GeneratedChain;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;

/**
 * The annual-review benchmark's helper (review-bench.sh), with the domain's own classes:
 *
 * <ul>
 *   <li>{@code password-hash --password P}: the hash the server keeps for P, in the container's
 *       PBKDF2 form ({@code algorithm:iterations:salt:hash}, as {@code Passwords} makes it);
 *   <li>{@code audit --url U --user N --events E --from I --until I}: appends E events to the audit
 *       chain ({@link GeneratedChain}), at even steps over [from, until): the year's uploads,
 *       views, plays, downloads, sign-ins, failures and privileged changes by the generated staff;
 *   <li>{@code replay --log F --from-line N --out S}: the SQL queries the server ran, from
 *       PostgreSQL's log of every statement ({@code log_min_duration_statement=0}) after line N, as
 *       a psql script with each statement's logged parameters put in its place: the bare SQL of
 *       the review, to run beside it.
 * </ul>
 */
public final class ReviewBenchTool {

  private ReviewBenchTool() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (int i = 1; i + 1 < argv.length; i += 2) {
      args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
    }
    switch (argv.length == 0 ? "" : argv[0]) {
      case "password-hash" -> System.out.println(passwordHash(need(args, "password")));
      case "audit" -> audit(args);
      case "replay" -> replay(args);
      default -> throw new IllegalArgumentException("usage: password-hash|audit|replay --option value ...");
    }
  }

  private static String need(Map<String, String> args, String name) {
    String value = args.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is needed");
    }
    return value;
  }

  // --- password-hash -------------------------------------------------------------------------

  static String passwordHash(String password) throws Exception {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    int iterations = 210_000;
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 32 * 8))
            .getEncoded();
    Base64.Encoder b64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA256:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
  }

  // --- audit ---------------------------------------------------------------------------------

  /** The year's events, in these shares out of 100. */
  private static final Object[][] MIX = {
    {AuditAction.FOOTAGE_UPLOADED, 20, "recording"},
    {AuditAction.FOOTAGE_VIEWED, 24, "recording"},
    {AuditAction.FOOTAGE_PLAYED, 20, "recording"},
    {AuditAction.FOOTAGE_DOWNLOADED, 3, "recording"},
    {AuditAction.FOOTAGE_DELETED, 6, "recording"},
    {AuditAction.LOGIN_SUCCEEDED, 15, "staff"},
    {AuditAction.LOGIN_FAILED, 2, "staff"},
    {AuditAction.LOGIN_REFUSED_LOCKED, 1, "staff"},
    {AuditAction.CASE_VIEWED, 7, "case"},
    {AuditAction.STAFF_UPDATED, 1, "staff"},
    {AuditAction.ROLE_GRANT_REQUESTED, 1, "staff"},
  };

  static void audit(Map<String, String> args) throws Exception {
    long events = Long.parseLong(need(args, "events"));
    Instant from = Instant.parse(need(args, "from"));
    Instant until = Instant.parse(need(args, "until"));
    List<AuditAction> deck = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (Object[] m : MIX) {
      for (int i = 0; i < (Integer) m[1]; i++) {
        deck.add((AuditAction) m[0]);
        targets.add((String) m[2]);
      }
    }
    long step = Duration.between(from, until).toMillis() / Math.max(1, events);
    try (Connection c = DriverManager.getConnection(need(args, "url"), need(args, "user"), "")) {
      long last =
          GeneratedChain.append(
              c,
              events,
              n -> {
                // A spread of the deck that does not repeat with the day.
                int k = (int) ((n * 37 + n / 100) % deck.size());
                AuditAction action = deck.get(k);
                String type = targets.get(k);
                long who = 1 + (n * 7919) % 200;
                String target =
                    switch (type) {
                      case "recording" -> Long.toString(1 + (n * 104_729) % 800_000);
                      case "case" -> Long.toString(1 + n % 400);
                      default -> Long.toString(who);
                    };
                return new AuditEntry(
                    action == AuditAction.LOGIN_FAILED && n % 3 == 0
                        ? "unknown.user"
                        : "officer." + who,
                    action,
                    type,
                    target,
                    "generated for the annual-review benchmark",
                    "10.20." + (who % 250) + "." + (n % 7),
                    from.plusMillis(n * step));
              });
      System.out.printf(
          Locale.ROOT, "appended events %d to %d to the audit chain%n", last - events + 1, last);
    }
  }

  // --- replay --------------------------------------------------------------------------------

  /** A log line's start with the default prefix: "%m [%p] " (time, process id). */
  private static final Pattern LINE =
      Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\S+ \\[(\\d+)\\] (\\w+):  (.*)$");

  private static final Pattern EXECUTE =
      Pattern.compile("^duration: [0-9.]+ ms  execute (?!fetch from)[^:]*: (.*)$", Pattern.DOTALL);

  private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']++|'')*+')");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)(?!\\d)");

  static void replay(Map<String, String> args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(need(args, "log")), StandardCharsets.UTF_8);
    int fromLine = Integer.parseInt(args.getOrDefault("from-line", "0"));
    List<StringBuilder> executed = new ArrayList<>();
    List<Map<Integer, String>> parameters = new ArrayList<>();
    Map<String, Integer> lastOfPid = new HashMap<>(); // the statement a process's lines go on
    String pid = null;
    for (int i = fromLine; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        Integer at = pid == null ? null : lastOfPid.get(pid);
        if (at != null && line.startsWith("\t")) {
          executed.get(at).append('\n').append(line.substring(1));
        }
        continue;
      }
      pid = m.group(1);
      String level = m.group(2);
      String message = m.group(3);
      if (level.equals("LOG")) {
        lastOfPid.remove(pid);
        Matcher e = EXECUTE.matcher(message);
        if (e.matches()) {
          executed.add(new StringBuilder(e.group(1)));
          parameters.add(new HashMap<>());
          lastOfPid.put(pid, executed.size() - 1);
        }
      } else if (level.equals("DETAIL") && message.startsWith("parameters: ")) {
        Integer at = lastOfPid.get(pid);
        if (at != null) {
          Matcher p = PARAMETER.matcher(message);
          while (p.find()) {
            parameters.get(at).put(Integer.parseInt(p.group(1)), p.group(2));
          }
        }
      }
    }
    // Each query's rows copied out to nowhere: what the database does to answer it, without
    // psql's formatting of a table (which, for the audit chain's million rows, takes longer than
    // the query).
    StringBuilder script = new StringBuilder("\\set ON_ERROR_STOP off\n\\o /dev/null\n");
    int kept = 0;
    for (int i = 0; i < executed.size(); i++) {
      String text = executed.get(i).toString().strip();
      String upper = text.toUpperCase(Locale.ROOT);
      if (!(upper.startsWith("SELECT") || upper.startsWith("WITH"))
          || upper.contains("FOR UPDATE")
          || upper.contains("PG_ADVISORY")
          || upper.contains("NEXTVAL")) {
        continue;
      }
      Map<Integer, String> values = parameters.get(i);
      Matcher p = PLACEHOLDER.matcher(text);
      StringBuilder bound = new StringBuilder();
      while (p.find()) {
        String value = values.get(Integer.parseInt(p.group(1)));
        boolean result = RESULT_OF_CASE.matcher(text.substring(0, p.start())).find();
        p.appendReplacement(
            bound, Matcher.quoteReplacement(value == null ? p.group() : literal(value, result)));
      }
      p.appendTail(bound);
      script.append("COPY (").append(bound).append(") TO STDOUT;\n");
      kept++;
    }
    Files.writeString(Path.of(need(args, "out")), script.toString(), StandardCharsets.UTF_8);
    System.out.println(kept + " queries of " + executed.size() + " statements executed");
  }

  private static final Pattern WHOLE_NUMBER = Pattern.compile("'(-?\\d{1,18})'");

  private static final Pattern RESULT_OF_CASE =
      Pattern.compile("\\b(THEN|ELSE)\\s*$", Pattern.CASE_INSENSITIVE);

  /**
   * A logged value as a literal. The log quotes every value, which PostgreSQL reads by the context,
   * as it would have read the bound value; but a result of CASE has no context (EclipseLink binds
   * the 1 and 0 of {@code SUM(CASE ... THEN 1 ELSE 0 END)}), so a whole number there is written as
   * a number, as the driver sent it.
   */
  private static String literal(String logged, boolean resultOfCase) {
    Matcher m = WHOLE_NUMBER.matcher(logged);
    return resultOfCase && m.matches() ? m.group(1) : logged;
  }
}
