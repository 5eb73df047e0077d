package uk.council.evidence.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Signed-in staff of each role browsing the portal as they do at work: each signs in through the
 * sign-in form (its view state, its fields), then for the rest of the run opens the pages of their
 * job with a pause of one to four seconds between pages, as a person reads. Every page's answer is
 * written to a file of tab-separated values (when, which page, milliseconds, HTTP status, whether it was the page asked
 * for), from which load-bench.sh makes the table and the plot.
 *
 * <p>System properties: {@code base} (the portal, ending in /evidence), {@code password} (every
 * account's), {@code users} (default 50), {@code seconds} (how long each browses, default 600),
 * {@code latencies} (the file to write).
 */
public class PortalLoad extends Simulation {

  private static final String BASE = System.getProperty("base");
  private static final String PASSWORD = System.getProperty("password");
  private static final int USERS = Integer.getInteger("users", 50);
  private static final int SECONDS = Integer.getInteger("seconds", 600);
  private static final Path CSV = Path.of(System.getProperty("latencies", "latencies.tsv"));

  private static final ConcurrentLinkedQueue<String> ANSWERS = new ConcurrentLinkedQueue<>();

  /** The roles and their share of the staff browsing; usernames from the generated council. */
  private record Role(String name, double share, Function<Long, String> username, ChainBuilder job) {}

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE)
          .acceptHeader("text/html,application/xhtml+xml")
          .userAgentHeader("bwv-load-test")
          .disableCaching();

  /**
   * A page opened, its answer written down, and the recordings, cases and requests it links to
   * kept for the next page.
   */
  private static ChainBuilder page(String name, String path) {
    return exec(session -> session.remove("recordings").remove("cases").remove("requests"))
        .exec(
            http(name)
                .get(path)
                .check(
                    status().saveAs("status"),
                    responseTimeInMillis().saveAs("ms"),
                    regex("<main[ >]").count().saveAs("mains"),
                    links("recording"),
                    links("case"),
                    links("request")))
        .exec(session -> answered(session, name))
        .pause(Duration.ofSeconds(1), Duration.ofSeconds(4));
  }

  private static io.gatling.javaapi.core.CheckBuilder links(String kind) {
    return regex("/" + kind + "\\.xhtml\\?id=(\\d+)").findAll().optional().saveAs(kind + "s");
  }

  /** A page about one of the things the last page linked to, if it linked to any. */
  private static ChainBuilder linkedPage(String name, String kind, String pathBeforeId) {
    return doIf(session -> session.contains(kind + "s"))
        .then(
            exec(session -> {
                  List<String> ids = session.getList(kind + "s");
                  return session.set(
                      kind, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                })
                .exec(page(name, pathBeforeId + "#{" + kind + "}")));
  }

  private static Session answered(Session session, String name) {
    long ms = session.contains("ms") ? session.getLong("ms") : -1;
    int status = session.contains("status") ? session.getInt("status") : 0;
    boolean whole = session.contains("mains") && session.getInt("mains") > 0;
    ANSWERS.add(
        (System.currentTimeMillis() - ms) + "\t" + name + "\t" + ms + "\t" + status + "\t" + whole);
    return session.remove("ms").remove("status").remove("mains");
  }

  private static ChainBuilder signIn() {
    return exec(
            http("sign-in page")
                .get("/login.xhtml")
                .check(
                    css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
        .exec(
            http("sign in")
                .post("/login.xhtml")
                .formParam("login", "login")
                .formParam("login:username", "#{username}")
                .formParam("login:password", PASSWORD)
                .formParam("login:signIn", "Sign in")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .check(status().is(200), regex("Sign out").exists()));
  }

  private static ChainBuilder supervisor() {
    return exec(page("library (team)", "/footage/library.xhtml"))
        .exec(linkedPage("recording", "recording", "/footage/recording.xhtml?id="))
        .exec(page("due soon", "/footage/due-soon.xhtml"))
        .exec(page("library, unattributed", "/footage/library.xhtml?attribution=UNATTRIBUTED"));
  }

  private static ChainBuilder evidenceOfficer() {
    return exec(page("library (all)", "/footage/library.xhtml?sort=OLDEST&page=3"))
        .exec(linkedPage("recording", "recording", "/footage/recording.xhtml?id="))
        .exec(page("cases", "/cases/index.xhtml"))
        .exec(linkedPage("case", "case", "/cases/case.xhtml?id="));
  }

  private static ChainBuilder dataProtectionOfficer() {
    return exec(page("request queue", "/requests/index.xhtml"))
        .exec(linkedPage("request", "request", "/requests/request.xhtml?id="))
        .exec(page("library (all)", "/footage/library.xhtml?page=2"));
  }

  private static final List<Role> ROLES =
      List.of(
          // Wearers: officer.1 to officer.180 wear cameras; each opens their own footage.
          new Role("camera user", 0.4, n -> "officer." + (1 + n % 180), wearer()),
          new Role("supervisor", 0.2, n -> "officer." + (181 + n % 15), supervisor()),
          new Role("evidence officer", 0.2, n -> "officer." + (196 + n % 3), evidenceOfficer()),
          new Role("data protection officer", 0.2, n -> "officer.199", dataProtectionOfficer()));

  private static ChainBuilder wearer() {
    return exec(page("library (own footage)", "/footage/library.xhtml"))
        .exec(linkedPage("recording", "recording", "/footage/recording.xhtml?id="))
        .exec(page("library, oldest first", "/footage/library.xhtml?sort=OLDEST"));
  }

  private static ScenarioBuilder browsing(Role role, int users) {
    long[] next = {ThreadLocalRandom.current().nextLong(1000)};
    Iterator<Map<String, Object>> accounts =
        Stream.generate(() -> Map.<String, Object>of("username", role.username().apply(next[0]++)))
            .iterator();
    return scenario(role.name())
        .feed(accounts)
        .exec(signIn())
        .during(Duration.ofSeconds(SECONDS))
        .on(role.job());
  }

  {
    List<PopulationBuilder> populations = new ArrayList<>();
    int given = 0;
    for (int i = 0; i < ROLES.size(); i++) {
      Role role = ROLES.get(i);
      int users =
          i == ROLES.size() - 1 ? USERS - given : (int) Math.round(USERS * role.share());
      given += users;
      if (users > 0) {
        // Signing in spread over the first 20 seconds, as a shift starts, not all at one instant.
        populations.add(
            browsing(role, users)
                .injectOpen(constantUsersPerSec(users / 20.0).during(Duration.ofSeconds(20))));
      }
    }
    setUp(populations).protocols(protocol);
  }

  @Override
  public void after() {
    List<String> lines = new ArrayList<>();
    lines.add("started_ms\tpage\tms\tstatus\twhole");
    lines.addAll(ANSWERS);
    try {
      Files.write(CSV, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
