package uk.council.evidence.accreditation.boundary;

import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.accreditation.control.CodeOfPractice;
import uk.council.evidence.accreditation.entity.AccessFigures;
import uk.council.evidence.accreditation.entity.FigureChange;
import uk.council.evidence.accreditation.entity.Principle;
import uk.council.evidence.accreditation.entity.PrincipleReview;
import uk.council.evidence.accreditation.entity.PrincipleStatement;
import uk.council.evidence.accreditation.entity.ReviewAction;
import uk.council.evidence.accreditation.entity.ReviewFigures;
import uk.council.evidence.accreditation.entity.ReviewYear;
import uk.council.evidence.accreditation.entity.SignOff;
import uk.council.evidence.accreditation.entity.StatementDetails;
import uk.council.evidence.accreditation.entity.TrainingCoverage;
import uk.council.evidence.accreditation.entity.TrainingGaps;
import uk.council.evidence.accreditation.entity.TrainingRecord;
import uk.council.evidence.accreditation.entity.WearerCount;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.audit.entity.AuditQuery;
import uk.council.evidence.casework.boundary.DisclosureLog;
import uk.council.evidence.casework.entity.DisclosureCount;
import uk.council.evidence.device.boundary.DeviceInventory;
import uk.council.evidence.footage.boundary.FixityCheck;
import uk.council.evidence.footage.boundary.FootageFigures;
import uk.council.evidence.platform.control.SpanTable;
import uk.council.evidence.platform.control.SqlValues;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.boundary.RequestFigures;
import uk.council.evidence.request.entity.RequestCount;
import uk.council.evidence.retention.boundary.RetentionReports;
import uk.council.evidence.retention.entity.RetentionFigures;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.Role;

/**
 * The self-assessment against the Surveillance Camera Code's twelve principles, year by year: for
 * each principle the compliance officer's statement and rating (a new version each time, the
 * history kept) and the action plan. Every change is audited.
 */
@Stateless
@RolesAllowed(COMPLIANCE_OFFICER)
public class SelfAssessment {

  /** How long an account may go without signing in before the review calls it dormant. */
  static final int DORMANT_DAYS = 90;

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject CodeOfPractice code;
  @Inject FootageFigures footage;
  @Inject RetentionReports retention;
  @Inject DisclosureLog disclosures;
  @Inject RequestFigures requests;
  @Inject FixityCheck fixity;
  @Inject DeviceInventory devices;
  @Inject StaffAccounts staff;
  @Inject Arrangements arrangements;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * A year's review: every principle with this year's statement, last year's, and its actions.
   *
   * @throws InvalidInput if the year is not from 2013 to next year
   */
  public List<PrincipleReview> year(String year) {
    callers.require(Action.ASSESS_CODE);
    ReviewYear review = ReviewYear.of(year, today());
    Map<Integer, List<PrincipleStatement>> written = statements(review);
    Map<Integer, PrincipleStatement> before = latest(statements(review.previous()));
    Map<Integer, List<ReviewAction>> actions =
        actions(review).stream().collect(Collectors.groupingBy(ReviewAction::getPrinciple));
    Optional<SignOff> signOff = signOffOf(review);
    return code.principles(CodeOfPractice.CURRENT_EDITION).stream()
        .map(
            p -> {
              List<PrincipleStatement> history = written.getOrDefault(p.number(), List.of());
              return new PrincipleReview(
                  review,
                  p,
                  history.stream().findFirst(),
                  Optional.ofNullable(before.get(p.number())),
                  history,
                  actions.getOrDefault(p.number(), List.of()),
                  signOff);
            })
        .toList();
  }

  /**
   * What the system knows about a review year: the calendar year in the council's time, each figure
   * counted in SQL by the component that owns it. The audit chain is verified and the integrity
   * check read as they stand now.
   *
   * @throws InvalidInput if the year is not from 2013 to next year
   */
  public ReviewFigures figures(String year) {
    return figures(year, true);
  }

  /**
   * The year's figures, verifying the audit chain only if asked: the walk reads every event ever
   * recorded, so a page that does not show the chain's state (every principle's but the tenth) does
   * not pay for it. Without it, {@link ReviewFigures#chain()} is null.
   *
   * @throws InvalidInput if the year is not from 2013 to next year
   */
  public ReviewFigures figures(String year, boolean verifyChain) {
    callers.require(Action.ASSESS_CODE);
    ReviewYear review = ReviewYear.of(year, today());
    LocalDate first = LocalDate.of(review.year(), 1, 1);
    LocalDate after = first.plusYears(1);
    Instant from = first.atStartOfDay(CouncilTime.ZONE).toInstant();
    Instant until = after.atStartOfDay(CouncilTime.ZONE).toInstant();
    List<ReviewFigures.AreaCount> largestFirst = recordingsByArea(from, until);
    Map<AuditAction, Long> byAction = audit.countsByAction(period(null, first, after));
    return new ReviewFigures(
        first,
        after,
        largestFirst,
        requests.counts(first, after),
        training(after.minusDays(1).isBefore(today()) ? after.minusDays(1) : today()),
        recordedUntrained(first, after),
        retention.figures(from, until),
        requests.askedAfterDeletion(first, after),
        byAction.getOrDefault(AuditAction.FOOTAGE_PLAYED, 0L),
        byAction.getOrDefault(AuditAction.FOOTAGE_DOWNLOADED, 0L),
        access(byAction, first, after),
        disclosures.counts(from, until),
        fixity.report(0),
        verifyChain ? audit.verify() : null,
        devices.cameras(),
        devices.docks(),
        arrangements.during(
            first,
            after,
            largestFirst.stream()
                .map(ReviewFigures.AreaCount::area)
                .filter(a -> !a.equals(FootageFigures.NO_AREA))
                .toList()));
  }

  /**
   * The recordings made in {@code [from, until)} by service area, largest first: those still held
   * and those deleted since, from their deletion records.
   */
  private List<ReviewFigures.AreaCount> recordingsByArea(Instant from, Instant until) {
    Map<String, Long> byArea = new HashMap<>(footage.heldByArea(from, until));
    retention
        .deletedByArea(from, until, FootageFigures.NO_AREA)
        .forEach((area, count) -> byArea.merge(area, count, Long::sum));
    return byArea.entrySet().stream()
        .map(e -> new ReviewFigures.AreaCount(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparingLong(ReviewFigures.AreaCount::recordings)
                .reversed()
                .thenComparing(ReviewFigures.AreaCount::area))
        .toList();
  }

  /**
   * The review's headline figures over this year so far (to the end of today) against the same days
   * last year, for the compliance officer's home page: counted in SQL like the review's, without
   * verifying the audit chain or reading the integrity check.
   */
  public List<FigureChange> changesThisYear() {
    callers.require(Action.ASSESS_CODE);
    LocalDate today = today();
    LocalDate first = today.withDayOfYear(1);
    Map<String, Long> now = headline(first, today.plusDays(1));
    Map<String, Long> before = headline(first.minusYears(1), today.minusYears(1).plusDays(1));
    return now.entrySet().stream()
        .map(e -> new FigureChange(e.getKey(), e.getValue(), before.get(e.getKey())))
        .toList();
  }

  /** The headline figures of the days {@code [first, after)}, in the order shown. */
  private Map<String, Long> headline(LocalDate first, LocalDate after) {
    Instant from = first.atStartOfDay(CouncilTime.ZONE).toInstant();
    Instant until = after.atStartOfDay(CouncilTime.ZONE).toInstant();
    Map<AuditAction, Long> byAction = audit.countsByAction(period(null, first, after));
    RetentionFigures deletions = retention.figures(from, until);
    List<RequestCount> handled = requests.counts(first, after);
    Map<String, Long> figures = new LinkedHashMap<>();
    figures.put(
        "Recordings made",
        recordingsByArea(from, until).stream()
            .mapToLong(ReviewFigures.AreaCount::recordings)
            .sum());
    figures.put("Recordings deleted on time", deletions.deletedOnTime());
    figures.put("Recordings deleted late", deletions.deletedLate());
    figures.put("Requests received", handled.stream().mapToLong(RequestCount::received).sum());
    figures.put("Requests answered late", handled.stream().mapToLong(RequestCount::late).sum());
    figures.put("Footage played", byAction.getOrDefault(AuditAction.FOOTAGE_PLAYED, 0L));
    figures.put("Footage downloaded", byAction.getOrDefault(AuditAction.FOOTAGE_DOWNLOADED, 0L));
    figures.put(
        "Disclosure packages built",
        disclosures.counts(from, until).stream().mapToLong(DisclosureCount::packages).sum());
    figures.put(
        "Sign-ins failed or refused",
        AccessFigures.total(AccessFigures.of(AccessFigures.SIGN_IN_FAILURES, byAction)));
    figures.put(
        "Privileged changes",
        AccessFigures.total(AccessFigures.of(AccessFigures.PRIVILEGED, byAction)));
    return figures;
  }

  /**
   * The recordings from the period, still held or since deleted, that their wearers made on days
   * with no training current: each wearer's untrained days worked out from the register, then
   * counted in one query over the recordings and one over the deletion records.
   */
  private List<WearerCount> recordedUntrained(LocalDate first, LocalDate after) {
    Instant from = first.atStartOfDay(CouncilTime.ZONE).toInstant();
    Instant until = after.atStartOfDay(CouncilTime.ZONE).toInstant();
    Set<Long> ids = new LinkedHashSet<>(footage.wearersHeld(from, until));
    ids.addAll(retention.wearersDeleted(from, until));
    Map<Long, String> wearers = staff.usernamesOf(ids);
    if (wearers.isEmpty()) {
      return List.of();
    }
    Map<String, List<TrainingRecord>> records =
        em.createQuery(
                "SELECT t FROM TrainingRecord t WHERE t.username IN :u", TrainingRecord.class)
            .setParameter("u", List.copyOf(wearers.values()))
            .getResultStream()
            .collect(Collectors.groupingBy(TrainingRecord::getUsername));
    List<SpanTable.Span> spans = new ArrayList<>();
    wearers.forEach(
        (id, username) ->
            TrainingGaps.untrained(records.getOrDefault(username, List.of()), first, after)
                .forEach(
                    gap ->
                        spans.add(
                            SpanTable.Span.of(
                                id,
                                gap.from().atStartOfDay(CouncilTime.ZONE).toInstant(),
                                gap.until().atStartOfDay(CouncilTime.ZONE).toInstant()))));
    Map<Long, Long> made = new LinkedHashMap<>(footage.heldWithin(spans));
    retention.deletedWithin(spans).forEach((id, n) -> made.merge(id, n, Long::sum));
    return made.entrySet().stream()
        .map(e -> new WearerCount(wearers.get(e.getKey()), e.getValue()))
        .sorted(
            Comparator.comparingLong(WearerCount::recordings)
                .reversed()
                .thenComparing(WearerCount::username))
        .toList();
  }

  /** Who of the active camera users had no training record current on {@code day}. */
  private TrainingCoverage training(LocalDate day) {
    List<String> wearers = staff.activeWith(Role.CAMERA_USER);
    @SuppressWarnings("unchecked")
    List<String> current =
        em.createNativeQuery(
                "SELECT DISTINCT username FROM training_record"
                    + " WHERE completed_on <= ?1 AND (expires_on IS NULL OR expires_on > ?1)")
            .setParameter(1, java.sql.Date.valueOf(day))
            .getResultList();
    java.util.Set<String> trained = new java.util.HashSet<>(current);
    return new TrainingCoverage(
        day, wearers.size(), wearers.stream().filter(w -> !trained.contains(w)).toList());
  }

  /** Events of one action (null: any) in the days from {@code first} up to {@code after}. */
  private static AuditQuery period(AuditAction action, LocalDate first, LocalDate after) {
    return new AuditQuery(
        null, action == null ? null : action.name(), null, null, first, after.minusDays(1));
  }

  /**
   * Plays and downloads by role, the accounts as they stand now (dormant: not signed in for {@link
   * #DORMANT_DAYS} days), and the period's sign-in failures and privileged changes.
   */
  private AccessFigures access(Map<AuditAction, Long> byAction, LocalDate first, LocalDate after) {
    Map<String, java.util.Set<Role>> roles = staff.rolesByUsername();
    LocalDate dormantSince = today().minusDays(DORMANT_DAYS);
    Instant since = dormantSince.atStartOfDay(CouncilTime.ZONE).toInstant();
    return new AccessFigures(
        AccessFigures.byRole(
            audit.countsByActor(period(AuditAction.FOOTAGE_PLAYED, first, after)), roles),
        AccessFigures.byRole(
            audit.countsByActor(period(AuditAction.FOOTAGE_DOWNLOADED, first, after)), roles),
        staff.accountsByRole(since),
        dormantSince,
        staff.dormantSince(since),
        AccessFigures.of(AccessFigures.SIGN_IN_FAILURES, byAction),
        AccessFigures.of(AccessFigures.PRIVILEGED, byAction));
  }

  /**
   * One principle in a year's review.
   *
   * @throws InvalidInput if the year or the principle is not one there is
   */
  public PrincipleReview principle(String year, String number) {
    int wanted = principleNumber(number);
    return year(year).stream()
        .filter(r -> r.principle().number() == wanted)
        .findFirst()
        .orElseThrow(() -> noSuchPrinciple());
  }

  /**
   * Writes the year's statement and rating for a principle, as a new version; the earlier ones stay
   * in its history.
   *
   * @throws InvalidInput naming each field that is missing or too long
   */
  public PrincipleStatement writeStatement(
      String year,
      String number,
      String statement,
      String rating,
      String reason,
      StatementDetails details,
      String address) {
    callers.require(Action.ASSESS_CODE);
    ReviewYear review = ReviewYear.of(year, today());
    refuseIfSignedOff(review);
    Principle principle = principleOf(number);
    var written =
        new PrincipleStatement(
            review,
            principle,
            statement,
            rating,
            reason,
            details,
            callers.username(),
            clock.instant());
    em.persist(written);
    em.flush();
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.CODE_STATEMENT_WRITTEN,
                "principle",
                review.year() + "/" + principle.number(),
                clock.instant())
            .withDetails(
                "principle "
                    + principle.number()
                    + " ("
                    + principle.title()
                    + ") rated "
                    + written.getRating().label().toLowerCase(java.util.Locale.ROOT))
            .from(address));
    return written;
  }

  /**
   * Adds an action to the plan for a principle, raised in this review year.
   *
   * @throws InvalidInput naming each field that is missing, too long or not a date
   */
  public ReviewAction raiseAction(
      String year, String number, String action, String owner, String due, String address) {
    callers.require(Action.ASSESS_CODE);
    ReviewYear review = ReviewYear.of(year, today());
    refuseIfSignedOff(review);
    Principle principle = principleOf(number);
    var raised =
        new ReviewAction(
            review, principle, action, owner, due, callers.username(), clock.instant());
    em.persist(raised);
    em.flush();
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.CODE_ACTION_RAISED,
                "review-action",
                String.valueOf(raised.getId()),
                clock.instant())
            .withDetails(
                "principle "
                    + principle.number()
                    + ": "
                    + raised.getAction()
                    + " (owner "
                    + raised.getOwner()
                    + ", due "
                    + CouncilTime.date(raised.getDueOn())
                    + ")")
            .from(address));
    return raised;
  }

  /**
   * Moves an action on: started, done, dropped, or open again.
   *
   * @throws InvalidInput if there is no such action or the status is not one of the four
   */
  public ReviewAction changeAction(long actionId, String status, String address) {
    callers.require(Action.ASSESS_CODE);
    ReviewAction action = em.find(ReviewAction.class, actionId, LockModeType.PESSIMISTIC_WRITE);
    if (action == null) {
      throw new InvalidInput("There is no such action: it may have been removed.");
    }
    var was = action.getStatus();
    action.changeStatus(status, today());
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.CODE_ACTION_CHANGED,
                "review-action",
                String.valueOf(action.getId()),
                clock.instant())
            .withDetails(
                "principle "
                    + action.getPrinciple()
                    + ": "
                    + was.label()
                    + " to "
                    + action.getStatus().label())
            .from(address));
    return action;
  }

  /**
   * Whether and how a year's review was signed off.
   *
   * @throws InvalidInput if the year is not from 2013 to next year
   */
  public Optional<SignOff> signOff(String year) {
    callers.require(Action.ASSESS_CODE);
    return signOffOf(ReviewYear.of(year, today()));
  }

  /** The signed PDF of a year signed off, as it was signed. */
  public Optional<byte[]> signedPdf(String year) {
    callers.require(Action.ASSESS_CODE);
    List<?> pdf =
        em.createNativeQuery("SELECT pdf FROM review_signoff WHERE review_year = ?1")
            .setParameter(1, ReviewYear.of(year, today()).year())
            .getResultList();
    return pdf.isEmpty() ? Optional.empty() : Optional.of((byte[]) pdf.get(0));
  }

  /** The public version made when a year was signed off: its PDF and its web page. */
  public record PublicVersion(byte[] pdf, String html) {}

  /**
   * The public version kept when a year was signed off; empty if the year is not signed off, or was
   * before public versions were kept.
   */
  public Optional<PublicVersion> signedPublicVersion(String year) {
    callers.require(Action.ASSESS_CODE);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT public_pdf, public_html FROM review_signoff WHERE review_year = ?1"
                    + " AND public_pdf IS NOT NULL")
            .setParameter(1, ReviewYear.of(year, today()).year())
            .getResultList();
    return rows.stream().findFirst().map(r -> new PublicVersion((byte[]) r[0], (String) r[1]));
  }

  /**
   * Keeps a year's review as signed off, in the name of its responsible officer: the PDF as it was
   * signed, its figures frozen in it. From now on the year's statements and actions raised in it do
   * not change.
   *
   * @throws InvalidInput if no responsible officer is named, or the year is already signed off
   */
  public SignOff recordSignOff(
      String year,
      String officer,
      String fileName,
      String sha256,
      byte[] pdf,
      PublicVersion publicVersion,
      String address) {
    callers.require(Action.ASSESS_CODE);
    ReviewYear review = ReviewYear.of(year, today());
    String named = responsibleOfficer(officer);
    refuseIfSignedOff(review);
    var signOff =
        new SignOff(review.year(), named, callers.username(), clock.instant(), fileName, sha256);
    int inserted =
        em.createNativeQuery(
                "INSERT INTO review_signoff (review_year, responsible_officer, signed_by,"
                    + " signed_at, file_name, sha256, pdf, public_pdf, public_html)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                    + " ON CONFLICT (review_year) DO NOTHING")
            .setParameter(1, review.year())
            .setParameter(2, named)
            .setParameter(3, signOff.signedBy())
            .setParameter(4, SqlValues.utc(signOff.signedAt()))
            .setParameter(5, fileName)
            .setParameter(6, sha256)
            .setParameter(7, pdf)
            .setParameter(8, publicVersion.pdf())
            .setParameter(9, publicVersion.html())
            .executeUpdate();
    if (inserted == 0) {
      throw alreadySignedOff(review);
    }
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.CODE_REVIEW_SIGNED_OFF,
                "review",
                review.year(),
                signOff.signedAt())
            .withDetails("signed off for " + named + "; " + fileName + "; sha256 " + sha256)
            .from(address));
    return signOff;
  }

  /**
   * The responsible officer as typed, checked.
   *
   * @throws InvalidInput if it is missing or longer than 200 characters
   */
  public static String responsibleOfficer(String officer) {
    String named = officer == null ? "" : officer.strip();
    if (named.isEmpty() || named.length() > 200) {
      throw new InvalidInput(
          "officer",
          "Name the responsible officer signing off the review, and their post (up to 200"
              + " characters).");
    }
    return named;
  }

  private Optional<SignOff> signOffOf(ReviewYear review) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT responsible_officer, signed_by, signed_at, file_name, sha256"
                    + " FROM review_signoff WHERE review_year = ?1")
            .setParameter(1, review.year())
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new SignOff(
                    review.year(),
                    (String) r[0],
                    (String) r[1],
                    SqlValues.instant(r[2]),
                    (String) r[3],
                    ((String) r[4]).strip()));
  }

  private void refuseIfSignedOff(ReviewYear review) {
    if (signOffOf(review).isPresent()) {
      throw alreadySignedOff(review);
    }
  }

  private static InvalidInput alreadySignedOff(ReviewYear review) {
    return new InvalidInput(
        "The review of "
            + review.year()
            + " is signed off: what it says no longer changes. Write next year's instead.");
  }

  private Map<Integer, List<PrincipleStatement>> statements(ReviewYear year) {
    return em
        .createQuery(
            "SELECT s FROM PrincipleStatement s WHERE s.reviewYear = :year"
                + " ORDER BY s.writtenAt DESC, s.id DESC",
            PrincipleStatement.class)
        .setParameter("year", year.year())
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(PrincipleStatement::getPrinciple));
  }

  private static Map<Integer, PrincipleStatement> latest(
      Map<Integer, List<PrincipleStatement>> statements) {
    return statements.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
  }

  /** Those raised this year, and those raised earlier and still open or closed this year. */
  private List<ReviewAction> actions(ReviewYear year) {
    return em.createQuery(
            "SELECT a FROM ReviewAction a WHERE a.raisedIn = :year OR (a.raisedIn < :year AND"
                + " (a.closedOn IS NULL OR a.closedOn >= :yearStart))"
                + " ORDER BY a.dueOn, a.id",
            ReviewAction.class)
        .setParameter("year", year.year())
        .setParameter("yearStart", LocalDate.of(year.year(), 1, 1))
        .getResultList();
  }

  private Principle principleOf(String number) {
    int wanted = principleNumber(number);
    return code.principles(CodeOfPractice.CURRENT_EDITION).stream()
        .filter(p -> p.number() == wanted)
        .findFirst()
        .orElseThrow(() -> noSuchPrinciple());
  }

  private static int principleNumber(String number) {
    try {
      return Integer.parseInt(number == null ? "" : number.strip());
    } catch (NumberFormatException e) {
      throw noSuchPrinciple();
    }
  }

  private static InvalidInput noSuchPrinciple() {
    return new InvalidInput("principle", "The Code has twelve principles, numbered 1 to 12.");
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(CouncilTime.ZONE));
  }
}
