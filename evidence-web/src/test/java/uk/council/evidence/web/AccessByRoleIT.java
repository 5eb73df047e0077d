package uk.council.evidence.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.web.TestFootage.Uploaded;

/**
 * Every demo account walks every read path against another wearer's and another service area's
 * data, over HTTP against the deployed portal, and the answer each gets is checked against one
 * table: who may see what. A refusal must be the status the path gives today and be in the audit
 * log as {@code ACCESS_DENIED}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessByRoleIT {

  /**
   * Who may read what. The columns are the demo accounts (DemoAccounts): three camera users, Sam
   * Patel and Dan Hughes in Parking and Ella Brooks in Environmental Enforcement; Parking's
   * supervisor; and one account for each other role. The rows are the read paths, against:
   *
   * <ul>
   *   <li>S: Sam's recording, with a complaint hold, exhibit in case P;
   *   <li>E: Ella's recording, with a complaint hold, exhibit in case P and in case Q;
   *   <li>P: a Parking case with S and E as exhibits, a clip of S, and a package of that clip;
   *   <li>Q: an Environmental Enforcement case with E alone.
   * </ul>
   *
   * <p>A library or case list row searches for the one thing (its minute, its reference); custody
   * is the chain of custody on the recording's page, history the case's on its page. A clip has no
   * download of its own (clips leave only inside packages), so its row is the clip listed with its
   * exhibit; a package's row is its download button. The reports are the signed PDFs for today.
   *
   * <p>{@code sees}: gets it. {@code hidden}: the page opens without it, and nothing is refused, so
   * nothing is audited (pressing a package's download button that is not shown gets the page back).
   * {@code kept}: the holds section says only that the footage is kept, not why. {@code 403},
   * {@code 404}: refused with that status, and audited as ACCESS_DENIED of the page (403) or of the
   * recording or case (404). A page is read once per account, and the rows about parts of it (holds
   * and custody; exhibits, clip and history) are checked against that one answer.
   */
  private static final String WHO_SEES_WHAT =
      """
      read path             camera.user  parking.warden  enforcement.officer  supervisor  evidence.officer  dpo   compliance  admin
      library S             sees         hidden          hidden               sees        sees              sees  sees        sees
      recording S           sees         404             404                  sees        sees              sees  sees        sees
      holds S               kept         404             404                  sees        sees              sees  sees        sees
      custody S             sees         404             404                  sees        sees              sees  sees        sees
      play S                sees         404             404                  sees        sees              sees  404         404
      download S            sees         404             404                  sees        sees              sees  404         404
      thumbnail S           sees         404             404                  sees        sees              sees  404         404
      library E             hidden       hidden          sees                 hidden      sees              sees  sees        sees
      recording E           404          404             sees                 404         sees              sees  sees        sees
      holds E               404          404             kept                 404         sees              sees  sees        sees
      custody E             404          404             sees                 404         sees              sees  sees        sees
      play E                404          404             sees                 404         sees              sees  404         404
      download E            404          404             sees                 404         sees              sees  404         404
      thumbnail E           404          404             sees                 404         sees              sees  404         404
      case list P           sees         hidden          sees                 sees        sees              403   403         403
      case P                sees         404             sees                 sees        sees              403   403         403
      exhibit S in P        sees         404             hidden               sees        sees              403   403         403
      exhibit E in P        hidden       404             sees                 hidden      sees              403   403         403
      clip in P             hidden       404             hidden               hidden      sees              403   403         403
      package P             hidden       404             hidden               hidden      sees              403   403         403
      history P             hidden       404             hidden               sees        sees              403   403         403
      case list Q           hidden       hidden          sees                 hidden      sees              403   403         403
      case Q                404          404             sees                 404         sees              403   403         403
      exhibit E in Q        404          404             sees                 404         sees              403   403         403
      history Q             404          404             hidden               404         sees              403   403         403
      audit log             403          403             403                  403         403               403   sees        403
      audit extract         403          403             403                  403         403               403   sees        403
      deletion certificate  403          403             403                  403         403               403   sees        403
      disclosure log        403          403             403                  403         403               403   sees        403
      """;

  private static final ZoneId UK = CouncilTime.ZONE;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @ArquillianResource URL base;

  @TestFactory
  Stream<DynamicContainer> everyAccountOnEveryReadPath() throws Exception {
    Fixture fixture = Fixture.of(base);
    List<String[]> table = WHO_SEES_WHAT.lines().map(l -> l.strip().split("\\s{2,}")).toList();
    List<String> accounts = List.of(table.get(0)).subList(1, table.get(0).length);
    List<String[]> rows = table.subList(1, table.size());
    Map<String, Function<Visitor, String>> paths = paths(fixture);
    assertEquals(
        paths.keySet(),
        rows.stream().map(row -> row[0]).collect(Collectors.toSet()),
        "every read path has one row in the table, and every row a read path");
    return accounts.stream()
        .map(account -> walk(account, accounts.indexOf(account) + 1, rows, paths));
  }

  /** One account down its column of the table: a test per row, named by path and answer. */
  private DynamicContainer walk(
      String account,
      int column,
      List<String[]> rows,
      Map<String, Function<Visitor, String>> paths) {
    Visitor visitor = new Visitor(base, account);
    return dynamicContainer(
        account,
        rows.stream()
            .map(
                row ->
                    dynamicTest(
                        row[0] + ": " + row[column],
                        () ->
                            assertEquals(
                                row[column],
                                paths.get(row[0]).apply(visitor),
                                account + " reading " + row[0] + visitor.lastSeen()))));
  }

  /**
   * The hold on Sam's recording is for a complaint about him, and he must not learn that from the
   * portal: his pages may say the footage is kept, never the hold's reference or reason.
   */
  @Test
  void aWearerIsToldTheirFootageIsKeptButNeverWhy() throws Exception {
    Fixture fixture = Fixture.of(base);
    PortalClient sam = PortalClient.signedIn(base, "camera.user");
    List<Executable> checks = new ArrayList<>();
    for (String page :
        List.of(
            "footage/recording.xhtml?id=" + fixture.sams().id(),
            "cases/case.xhtml?id=" + fixture.caseP())) {
      var response = sam.get(page);
      assertEquals(200, response.statusCode(), page);
      for (String secret : List.of(fixture.samsHold(), Fixture.COMPLAINT)) {
        checks.add(
            () ->
                assertFalse(
                    response.body().contains(secret), page + " shows Sam \"" + secret + "\""));
      }
    }
    // His chain of custody says that the footage was held and viewed, and by whom only as a
    // role: never the DPO's or the officer's username, nor anyone's address.
    String page = sam.get("footage/recording.xhtml?id=" + fixture.sams().id()).body();
    String custody = page.substring(page.indexOf("id=\"custody\""));
    checks.add(() -> assertTrue(custody.contains("hold placed"), custody));
    checks.add(() -> assertTrue(custody.contains("staff (Data protection officer)"), custody));
    for (String name : List.of(">dpo<", ">evidence.officer<", "(from ")) {
      checks.add(() -> assertFalse(custody.contains(name), "Sam's custody shows " + name));
    }
    checks.add(
        () ->
            assertFalse(
                Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b").matcher(custody).find(),
                "an address in Sam's custody table: " + custody));
    assertAll(checks);
  }

  /**
   * The Parking supervisor follows case P, whose history records Ella's footage (Environmental
   * Enforcement) being added as an exhibit; they read that an exhibit was added, not which
   * recording it is or what it shows.
   */
  @Test
  void aCaseHistoryDoesNotNameAnExhibitTheReaderMayNotSee() throws Exception {
    Fixture fixture = Fixture.of(base);
    var page =
        PortalClient.signedIn(base, "supervisor").get("cases/case.xhtml?id=" + fixture.caseP());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"history\""), "the supervisor reads the history");
    assertFalse(
        page.body().contains("recording " + fixture.ellas().id() + ","),
        "the history names Ella's recording to the Parking supervisor");
    var officer =
        PortalClient.signedIn(base, "evidence.officer")
            .get("cases/case.xhtml?id=" + fixture.caseP());
    assertTrue(
        officer.body().contains("recording " + fixture.ellas().id() + ","),
        "an evidence officer reads which recording each exhibit is");
  }

  /**
   * A form posted with someone else's recording in it (Sam's own page, Ella's recording id in the
   * post) is refused as the page itself would be: a 403 in the portal's style, audited once by the
   * boundary, and nothing written. A forged view state gets the "page expired" page, not an error;
   * and opening the 403 page by its address refuses nothing, so records nothing.
   */
  @Test
  void aRefusedFormPostIs403AForgedOneExpiredAndOnlyRealRefusalsAreAudited() throws Exception {
    Fixture fixture = Fixture.of(base);
    PortalClient sam = PortalClient.signedIn(base, "camera.user");
    long before = TestDatabase.auditHead();
    // Sam's own page gives the form; the post names Ella's recording (at the page's address
    // without its query, so that the posted id is the one the page reads).
    String samsPage = sam.get("footage/recording.xhtml?id=" + fixture.sams().id()).body();
    String ellas = Long.toString(fixture.ellas().id());
    var refused =
        sam.submitWithViewState(
            "footage/recording.xhtml",
            "notes",
            List.of(
                Map.entry("id", ellas),
                Map.entry("recordingId", ellas),
                Map.entry("notes:note", "Sam writing on Ella's footage")),
            "notes:addNote",
            PortalClient.viewState(samsPage));
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("You cannot open this page"), refused.body());
    List<String> events = TestDatabase.auditSince(before);
    assertEquals(
        1,
        events.stream().filter(e -> e.startsWith("camera.user ACCESS_DENIED")).count(),
        events.toString());
    try (var c = TestDatabase.connect();
        var ps = c.prepareStatement("SELECT count(*) FROM recording_note WHERE body LIKE ?")) {
      ps.setString(1, "Sam writing%");
      var rs = ps.executeQuery();
      rs.next();
      assertEquals(0, rs.getLong(1), "no note was written");
    }

    var forged =
        sam.submitWithViewState(
            "footage/recording.xhtml?id=" + fixture.sams().id(),
            "notes",
            List.of(Map.entry("notes:note", "forged")),
            "notes:addNote",
            "-1234567890123456789:9876543210987654321");
    assertTrue(forged.statusCode() < 500, forged.statusCode() + " " + forged.body());
    assertTrue(forged.body().contains("The page had expired"), forged.body());

    // Sam's refused attempt is counted beside Ella's chain of custody, not listed in it.
    String ellasPage =
        PortalClient.signedIn(base, "evidence.officer")
            .get("footage/recording.xhtml?id=" + fixture.ellas().id())
            .body();
    String ellasCustody =
        ellasPage.substring(
            ellasPage.indexOf("id=\"custody\""),
            ellasPage.indexOf("</table>", ellasPage.indexOf("id=\"custody\"")));
    assertFalse(ellasCustody.contains("access denied"), ellasCustody);
    assertTrue(ellasPage.contains("Refused attempts to open this recording"), "the count is shown");

    long beforeDirect = TestDatabase.auditHead();
    var direct = sam.get("error/forbidden.xhtml");
    assertTrue(direct.statusCode() < 500, direct.body());
    assertEquals(List.of(), TestDatabase.auditSince(beforeDirect), "nothing was refused");
  }

  /** Each row's read path: what the visitor asks for, and what it got, in the table's words. */
  private static Map<String, Function<Visitor, String>> paths(Fixture f) {
    Map<String, Function<Visitor, String>> paths = new LinkedHashMap<>();
    for (var target :
        List.of(
            new Footage("S", f.sams(), f.samsStart(), f.samsHold()),
            new Footage("E", f.ellas(), f.ellasStart(), f.ellasHold()))) {
      long id = target.recording().id();
      String denied = "recording " + id;
      String page = "footage/recording.xhtml?id=" + id;
      paths.put(
          "library " + target.name(),
          v ->
              v.outcome(
                  v.get(libraryAround(target.start())),
                  null,
                  shows("data-recording=\"" + id + "\"")));
      paths.put(
          "recording " + target.name(),
          v -> v.outcome(v.get(page), denied, shows(target.recording().sha())));
      paths.put(
          "holds " + target.name(),
          v ->
              v.outcome(
                  v.get(page),
                  denied,
                  r -> {
                    boolean table = r.text().contains("id=\"holds\"");
                    return table && r.text().contains(target.hold())
                        ? "sees"
                        : !table && r.text().contains("id=\"heldNotice\"") ? "kept" : "hidden";
                  }));
      paths.put(
          "custody " + target.name(),
          v ->
              v.outcome(
                  v.get(page),
                  denied,
                  r ->
                      r.text().contains("id=\"custody\"") && r.text().contains("footage uploaded")
                          ? "sees"
                          : "hidden"));
      paths.put(
          "play " + target.name(),
          v ->
              v.outcome(
                  v.get(
                      "footage/media?id=" + id + "&play=" + UUID.randomUUID(),
                      Map.of("Range", "bytes=0-99")),
                  denied,
                  r ->
                      r.status() == 206 && r.contentType().equals("video/mp4")
                          ? "sees"
                          : "hidden"));
      paths.put(
          "download " + target.name(),
          v ->
              v.outcome(
                  v.get("footage/media?id=" + id + "&download=true"),
                  denied,
                  r -> target.recording().sha().equals(sha256(r.body())) ? "sees" : "hidden"));
      paths.put(
          "thumbnail " + target.name(),
          v ->
              v.outcome(
                  v.get("footage/thumbnail?id=" + id),
                  denied,
                  r -> r.contentType().equals("image/jpeg") ? "sees" : "hidden"));
    }
    for (var target :
        List.of(
            Map.entry("P", Map.entry(f.caseP(), f.referenceP())),
            Map.entry("Q", Map.entry(f.caseQ(), f.referenceQ())))) {
      String name = target.getKey();
      long caseId = target.getValue().getKey();
      String reference = target.getValue().getValue();
      String denied = "case " + caseId;
      String page = "cases/case.xhtml?id=" + caseId;
      paths.put(
          "case list " + name,
          v ->
              v.outcome(
                  v.get("cases/index.xhtml?q=" + reference),
                  null,
                  shows("case.xhtml?id=" + caseId + "\"")));
      paths.put("case " + name, v -> v.outcome(v.get(page), denied, shows("Case " + reference)));
      paths.put("history " + name, v -> v.outcome(v.get(page), denied, shows("id=\"history\"")));
    }
    paths.put("exhibit S in P", v -> v.exhibit(f.caseP(), f.samsInP()));
    paths.put("exhibit E in P", v -> v.exhibit(f.caseP(), f.ellasInP()));
    paths.put("exhibit E in Q", v -> v.exhibit(f.caseQ(), f.ellasInQ()));
    paths.put(
        "clip in P",
        v ->
            v.outcome(
                v.get("cases/case.xhtml?id=" + f.caseP()),
                "case " + f.caseP(),
                r -> {
                  Matcher clips =
                      Pattern.compile(
                              "id=\"clips-" + f.samsInP().id() + "\"[^>]*>(.*?)</ul>",
                              Pattern.DOTALL)
                          .matcher(r.text());
                  return clips.find() && clips.group(1).contains(f.clipSha()) ? "sees" : "hidden";
                }));
    paths.put("package P", v -> v.packageDownload(f));
    String today = LocalDate.now(UK).toString();
    paths.put(
        "audit log",
        v -> v.outcome(v.get("compliance/audit-log.xhtml"), null, shows("id=\"events\"")));
    paths.put("audit extract", v -> v.report("compliance/audit-log.xhtml", "extractForm", today));
    paths.put(
        "deletion certificate",
        v -> v.report("compliance/retention.xhtml", "certificateForm", today));
    paths.put(
        "disclosure log",
        v -> v.outcome(v.get("compliance/disclosures.xhtml"), null, shows(f.packageReference())));
    return paths;
  }

  /** A recording of the fixture, as the table names it. */
  private record Footage(String name, Uploaded recording, Instant start, String hold) {}

  /** "sees" if the page has {@code text}, else "hidden". */
  private static Function<Seen, String> shows(String text) {
    return r -> r.text().contains(text) ? "sees" : "hidden";
  }

  /** The library searched for the minute around a recording's start, so that it is on page 1. */
  private static String libraryAround(Instant start) {
    DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(UK);
    return "footage/library.xhtml?from="
        + minute.format(start.minusSeconds(120))
        + "&to="
        + minute.format(start.plusSeconds(120));
  }

  /** One HTTP answer, with the refusals audited while it was given. */
  record Seen(
      String request,
      String path,
      int status,
      String contentType,
      byte[] body,
      List<String> denied) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * One demo account, signed in once, reading pages. A page is read once: the rows that look at
   * different parts of it share that answer (and its audit events).
   */
  static final class Visitor {

    private final URL base;
    private final String username;
    private PortalClient client;
    private final Map<String, Seen> pages = new HashMap<>();
    private Seen last;

    Visitor(URL base, String username) {
      this.base = base;
      this.username = username;
    }

    private PortalClient client() {
      if (client == null) {
        client = PortalClient.signedIn(base, username);
      }
      return client;
    }

    Seen get(String path) {
      return get(path, Map.of());
    }

    Seen get(String path, Map<String, String> headers) {
      last =
          pages.computeIfAbsent(
              path, p -> audited("GET " + p, p, () -> client().getBytes(p, headers)));
      return last;
    }

    /** The answer to a form's post: a button that answers with a file, or a refusal. */
    Seen post(String page, String form, List<Map.Entry<String, String>> fields, String button) {
      last =
          audited(
              "POST " + button + " on " + page,
              page,
              () -> client().submitForFile(page, form, fields, button));
      return last;
    }

    private Seen audited(String request, String path, Supplier<HttpResponse<byte[]>> send) {
      try {
        long head = TestDatabase.auditHead();
        HttpResponse<byte[]> r = send.get();
        return new Seen(
            request,
            path,
            r.statusCode(),
            r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""),
            r.body(),
            denials(username, head));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * "sees", "hidden" or "kept" as {@code allowed} reads an answer given; for a refusal, its
     * status if it was audited as ACCESS_DENIED: a 403 of the page, a 404 of {@code denied} (the
     * recording or case; null where a path has no 404 of its own).
     */
    String outcome(Seen seen, String denied, Function<Seen, String> allowed) {
      return switch (seen.status()) {
        case 200, 206 -> allowed.apply(seen);
        case 403 -> audited(seen, "page " + client().base().resolve(seen.path()).getPath());
        case 404 -> denied == null ? "HTTP 404" : audited(seen, denied);
        default -> "HTTP " + seen.status();
      };
    }

    private String audited(Seen seen, String target) {
      return seen.denied().contains(target)
          ? String.valueOf(seen.status())
          : seen.status() + " without ACCESS_DENIED of " + target;
    }

    /** An exhibit on its case's page, with its chain of custody. */
    String exhibit(long caseId, Exhibit exhibit) {
      return outcome(
          get("cases/case.xhtml?id=" + caseId),
          "case " + caseId,
          r -> {
            boolean shown = r.text().contains("id=\"exhibit-" + exhibit.id() + "\"");
            boolean custody =
                r.text().contains("Chain of custody of exhibit " + exhibit.reference() + "\"");
            return shown && custody ? "sees" : !shown && !custody ? "hidden" : "half-shown";
          });
    }

    /**
     * The package's download, a button on the case page. Who may not open the page has no form to
     * post (the not-found page has none, and the forbidden one's post is refused as its get is);
     * who may open it presses the button whether it is shown or not, as a crafted request would.
     */
    String packageDownload(Fixture f) {
      String page = "cases/case.xhtml?id=" + f.caseP();
      Seen opened = get(page);
      if (opened.status() != 200) {
        return outcome(opened, "case " + f.caseP(), r -> "hidden");
      }
      Seen download =
          post(
              page,
              "packages",
              List.of(Map.entry("caseId", Long.toString(f.caseP()))),
              "packages:rows:0:download");
      return outcome(
          download,
          "case " + f.caseP(),
          r ->
              r.contentType().equals("application/zip") && f.packageSha().equals(sha256(r.body()))
                  ? "sees"
                  : "hidden");
    }

    /** A signed report of today, downloaded with its form's button. */
    String report(String page, String form, String today) {
      return outcome(
          post(
              page,
              form,
              List.of(Map.entry(form + ":from", today), Map.entry(form + ":to", today)),
              form + ":download"),
          null,
          r -> r.contentType().equals("application/pdf") ? "sees" : "hidden");
    }

    /** What the last request got, for a failure's message. */
    String lastSeen() {
      return last == null
          ? ""
          : " ("
              + last.request()
              + ": HTTP "
              + last.status()
              + " "
              + last.contentType()
              + "; refusals audited: "
              + last.denied()
              + ")";
    }
  }

  /** The refusals audited for {@code actor} since {@code seq}, as "target-type target-id". */
  private static List<String> denials(String actor, long seq) throws SQLException {
    try (var c = TestDatabase.connect();
        var ps =
            c.prepareStatement(
                "SELECT target_type, target_id FROM audit_event"
                    + " WHERE seq > ? AND actor = ? AND action = 'ACCESS_DENIED' ORDER BY seq")) {
      ps.setLong(1, seq);
      ps.setString(2, actor);
      List<String> denied = new ArrayList<>();
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          denied.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
      return denied;
    }
  }

  /** An exhibit: its id and reference. */
  record Exhibit(long id, String reference) {}

  /**
   * The data every row reads, made once for the class through the dock API and the portal's own
   * forms, as the people would; no test changes it.
   */
  record Fixture(
      Uploaded sams,
      Instant samsStart,
      String samsHold,
      Uploaded ellas,
      Instant ellasStart,
      String ellasHold,
      long caseP,
      String referenceP,
      Exhibit samsInP,
      Exhibit ellasInP,
      long caseQ,
      String referenceQ,
      Exhibit ellasInQ,
      String clipSha,
      String packageReference,
      String packageSha) {

    /** What the complaint holds say; only those who may see hold details may read it. */
    static final String COMPLAINT = "Complaint about how the wearer spoke to a driver";

    private static Fixture made;

    static synchronized Fixture of(URL base) throws Exception {
      if (made == null) {
        made = make(base);
      }
      return made;
    }

    private static Fixture make(URL base) throws Exception {
      // Inside the demo's last past shifts, so that the footage is Sam's and Ella's; half an hour
      // into them, earlier than other tests' uploads, so that it sorts below theirs in the library.
      Instant samsStart =
          FootageLibraryIT.inLastShift("VB4-000101", "camera.user").minus(Duration.ofMinutes(97));
      Instant ellasStart =
          FootageLibraryIT.inLastShift("D5-200031", "enforcement.officer")
              .minus(Duration.ofMinutes(97));
      Uploaded sams = TestFootage.upload(base, "VB4-000101", samsStart);
      Uploaded ellas = TestFootage.upload(base, "D5-200031", ellasStart);

      PortalClient dpo = PortalClient.signedIn(base, "dpo");
      String samsHold = complaintHold(dpo, sams.id());
      String ellasHold = complaintHold(dpo, ellas.id());

      PortalClient officer = PortalClient.signedIn(base, "evidence.officer");
      long caseP = flagIntoNewCase(officer, sams.id(), samsStart, "PARKING");
      flagInto(officer, ellas.id(), caseP);
      long caseQ = flagIntoNewCase(officer, ellas.id(), ellasStart, "ENVIRONMENT");
      Exhibit samsInP = exhibit(caseP, sams.id());

      String casePage = "cases/case.xhtml?id=" + caseP;
      var cut =
          officer.submit(
              casePage,
              "clip",
              List.of(
                  Map.entry("caseId", Long.toString(caseP)),
                  Map.entry("clip:exhibitId", Long.toString(samsInP.id())),
                  Map.entry("clip:clipStart", "0:00.5"),
                  Map.entry("clip:clipEnd", "0:02")),
              "clip:cutClip");
      assertTrue(cut.body().contains("Clip cut"), cut.body());
      long clipId = Long.parseLong(one("SELECT id FROM clip WHERE exhibit_id = " + samsInP.id()));
      String clipSha = one("SELECT sha256 FROM clip WHERE id = " + clipId);
      var built =
          officer.submit(
              casePage,
              "package",
              List.of(
                  Map.entry("caseId", Long.toString(caseP)),
                  Map.entry("include-" + samsInP.id(), "clip-" + clipId),
                  Map.entry("package:recipientKind", "POLICE"),
                  Map.entry("package:organisation", "Metropolitan Police Service"),
                  Map.entry("package:officer", "PC 4471 Jane Doe"),
                  Map.entry("package:lawfulBasis", "CRIME_PREVENTION"),
                  Map.entry("package:purpose", "Investigation of an assault on a warden."),
                  Map.entry(
                      "package:expires",
                      DateTimeFormatter.ofPattern("d/M/yyyy")
                          .format(LocalDate.now(UK).plusDays(28)))),
              "package:build");
      assertTrue(built.body().contains("is being built"), built.body());
      // Built in the background: the fixture waits for it.
      TestDatabase.awaitCount(
          "SELECT count(*) FROM disclosure_package WHERE case_id = " + caseP,
          1,
          "SELECT string_agg(status || ' ' || coalesce(failure, ''), '; ') FROM package_build"
              + " WHERE case_id = "
              + caseP);

      return new Fixture(
          sams,
          samsStart,
          samsHold,
          ellas,
          ellasStart,
          ellasHold,
          caseP,
          one("SELECT reference FROM evidence_case WHERE id = " + caseP),
          samsInP,
          exhibit(caseP, ellas.id()),
          caseQ,
          one("SELECT reference FROM evidence_case WHERE id = " + caseQ),
          exhibit(caseQ, ellas.id()),
          clipSha,
          one("SELECT reference FROM disclosure_package WHERE case_id = " + caseP),
          one("SELECT sha256 FROM disclosure_package WHERE case_id = " + caseP));
    }

    /** Places a complaint hold from the recording's page; its reference. */
    private static String complaintHold(PortalClient dpo, long recording) {
      String reference = "CMP-" + recording + "-" + UUID.randomUUID().toString().substring(0, 6);
      var placed =
          dpo.submit(
              "footage/recording.xhtml?id=" + recording,
              "hold",
              List.of(
                  Map.entry("recordingId", Long.toString(recording)),
                  Map.entry("hold:kind", "COMPLAINT"),
                  Map.entry("hold:reference", reference),
                  Map.entry("hold:reason", COMPLAINT)),
              "hold:place");
      assertTrue(
          placed.body().contains("Complaint hold placed (" + reference + ")"), placed.body());
      return reference;
    }

    /** Flags a recording as evidence into a new case of the area; the case's id. */
    private static long flagIntoNewCase(
        PortalClient officer, long recording, Instant when, String areaCode) throws SQLException {
      var flagged =
          officer.submit(
              "cases/flag.xhtml?recording=" + recording,
              "flag",
              List.of(
                  Map.entry("recordingId", Long.toString(recording)),
                  Map.entry("flag:caseId", ""),
                  Map.entry("flag:type", "ASSAULT_ON_STAFF"),
                  Map.entry(
                      "flag:occurredDate",
                      DateTimeFormatter.ofPattern("d/M/yyyy").withZone(UK).format(when)),
                  Map.entry(
                      "flag:occurredTime",
                      DateTimeFormatter.ofPattern("HH:mm").withZone(UK).format(when)),
                  Map.entry("flag:location", "Market Street car park"),
                  Map.entry(
                      "flag:serviceArea",
                      one("SELECT id FROM service_area WHERE code = '" + areaCode + "'")),
                  Map.entry("flag:description", "A driver pushed the officer."),
                  Map.entry("flag:exhibitDescription", "The push, from the officer's camera.")),
              "flag:flagIt");
      return caseOf(flagged);
    }

    /** Flags a recording as evidence into a case already open. */
    private static void flagInto(PortalClient officer, long recording, long caseId) {
      var flagged =
          officer.submit(
              "cases/flag.xhtml?recording=" + recording,
              "flag",
              List.of(
                  Map.entry("recordingId", Long.toString(recording)),
                  Map.entry("flag:caseId", Long.toString(caseId)),
                  Map.entry("flag:exhibitDescription", "The same push, from another camera.")),
              "flag:flagIt");
      assertEquals(caseId, caseOf(flagged));
    }

    private static long caseOf(HttpResponse<String> flagged) {
      Matcher id =
          Pattern.compile("cases/case\\.xhtml\\?id=(\\d+)").matcher(flagged.uri().toString());
      assertTrue(id.find(), "flagged, on the case page: " + flagged.uri() + "\n" + flagged.body());
      return Long.parseLong(id.group(1));
    }

    private static Exhibit exhibit(long caseId, long recording) throws SQLException {
      String where = " FROM exhibit WHERE case_id = " + caseId + " AND recording_id = " + recording;
      return new Exhibit(
          Long.parseLong(one("SELECT id" + where)),
          one("SELECT initials || '/' || number" + where));
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String one(String sql) throws SQLException {
    try (var c = TestDatabase.connect();
        var rs = c.createStatement().executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getString(1).strip();
    }
  }
}
