package uk.council.evidence.casework.boundary;

import static uk.council.evidence.platform.control.SqlValues.instant;
import static uk.council.evidence.platform.control.SqlValues.utc;
import static uk.council.evidence.staff.entity.Role.Name.DPO;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.casework.control.PackagePlanner;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.ExhibitChoice;
import uk.council.evidence.casework.entity.PackageBuild;
import uk.council.evidence.casework.entity.PackageContents;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.casework.entity.PackageSource;
import uk.council.evidence.casework.entity.Recipient;
import uk.council.evidence.casework.entity.RequestFootage;
import uk.council.evidence.platform.control.JobQueue;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.platform.entity.JobStatus;

/**
 * Disclosure packages asked for and built in the background, so that a package of gigabytes never
 * holds a page open. Asking checks the form at once (every problem named, as before) and takes the
 * package's reference; the build then waits its turn for {@link PackageBuildWorker}, which builds
 * one at a time per server and says how far it is. The case's and the request's pages show their
 * builds.
 *
 * <p>The worker's steps are the server's own work, each its own transaction. It plans the package
 * again as the officer who asked ({@link CurrentCaller#actFor}), so the access policy asks again
 * whether they may, with their rights as they are then; and it records the package and marks the
 * build done in one transaction, so a build is done exactly when its package exists. A build whose
 * worker went silent (a server stopped or was killed) is queued again and starts over; its ZIP was
 * a work file, removed when the attempt ends or with the store's leftovers, so no half package is
 * kept.
 */
@Stateless
@RolesAllowed({EVIDENCE_OFFICER, DPO})
public class PackageBuilds {

  private static final Logger LOG = Logger.getLogger(PackageBuilds.class.getName());

  private static final JobQueue QUEUE = new JobQueue("package_build", "done_bytes", "of_bytes");

  /** How long a failed build stays on its page. */
  static final Duration FAILED_SHOWN = Duration.ofDays(7);

  private static final String COLUMNS =
      "id, reference, source, coalesce(case_id, request_id), concat_ws(', ', nullif(person, ''),"
          + " nullif(organisation, '')), status, queued_by, queued_at, finished_at, (SELECT"
          + " count(*) FROM package_build a WHERE a.status IN ('QUEUED', 'RUNNING') AND"
          + " (a.queued_at, a.id) < (b.queued_at, b.id)), done_bytes, of_bytes, failure, package_id,"
          + " chosen, recipient_kind, organisation, person, basis, purpose, expires, address";

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject PackagePlanner planner;
  @Inject Clock clock;
  @Inject Instance<RequestFootage> requests;

  /**
   * Asks for a package of a case's exhibits, as originals or clips, for the police or the CPS.
   *
   * @param chosen for each exhibit wanted, its id and the clip to send instead of the original (or
   *     null for the original)
   * @param address where the request came from, for the audit events, or null
   * @return the build, waiting its turn
   * @throws InvalidInput naming every problem with the form, or why no package can be built
   */
  public PackageBuild queueForCase(
      long caseId, List<ExhibitChoice> chosen, Recipient.Typed typed, String address) {
    PackagePlan plan = planned(() -> planner.plan(caseId, chosen, typed, null));
    return queue(plan, ExhibitChoice.text(chosen), typed, address);
  }

  /**
   * Asks for a package of the recordings found for a request, as originals or redacted copies, for
   * the data subject or a third party.
   *
   * @return the build, waiting its turn
   * @throws InvalidInput naming every problem with the form, or why no package can be built
   */
  public PackageBuild queueForRequest(
      long requestId, List<Long> recordingIds, Recipient.Typed typed, String address) {
    PackagePlan plan = planned(() -> planner.planForRequest(requestId, recordingIds, typed, null));
    return queue(
        plan,
        recordingIds.stream().map(String::valueOf).collect(Collectors.joining("\n")),
        typed,
        address);
  }

  /**
   * The plan, or why there is none said on the form when the store failed rather than the form (a
   * clip's or a recording's stored file gone): the officer is told, and the log has the details.
   */
  private static PackagePlan planned(Supplier<PackagePlan> plan) {
    try {
      return plan.get();
    } catch (IllegalStateException e) {
      LOG.log(Level.SEVERE, "A disclosure package could not be planned", e);
      throw new InvalidInput(
          "No package can be built: " + e.getMessage() + ". Report this to an administrator.");
    }
  }

  private PackageBuild queue(
      PackagePlan plan, String chosen, Recipient.Typed typed, String address) {
    boolean ofCase = plan.source().kind() == PackageSource.Kind.CASE;
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "INSERT INTO package_build AS b (reference, source, case_id, request_id,"
                        + " chosen, recipient_kind, organisation, person, basis, purpose, expires,"
                        + " address, queued_by, queued_at) VALUES (?1, ?2, CAST(?3 AS bigint),"
                        + " CAST(?4 AS bigint), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
                        + " RETURNING "
                        + COLUMNS)
                .setParameter(1, plan.reference())
                .setParameter(2, plan.source().kind().name())
                .setParameter(3, ofCase ? plan.source().id() : null)
                .setParameter(4, ofCase ? null : plan.source().id())
                .setParameter(5, chosen)
                .setParameter(6, typed.kind())
                .setParameter(7, typed.organisation())
                .setParameter(8, typed.person())
                .setParameter(9, typed.basis())
                .setParameter(10, typed.purpose())
                .setParameter(11, typed.expires())
                .setParameter(12, address)
                .setParameter(13, callers.username())
                .setParameter(14, utc(clock.instant()))
                .getSingleResult();
    return build(row);
  }

  /** A case's builds waiting, running, or failed in the last week, newest first. */
  public List<PackageBuild> ofCase(long caseId) {
    callers.require(PackageSource.Kind.CASE.disclosing());
    return shown("case_id", caseId);
  }

  /** A request's builds waiting, running, or failed in the last week, newest first. */
  public List<PackageBuild> ofRequest(long requestId) {
    callers.require(PackageSource.Kind.REQUEST.disclosing());
    if (!mayHandleRequest(requestId)) {
      return List.of();
    }
    return shown("request_id", requestId);
  }

  /** One build, if the caller may see its source's packages. */
  public Optional<PackageBuild> one(long buildId) {
    Optional<PackageBuild> found = row("b.id = ?1", buildId).map(PackageBuilds::build);
    if (found.isEmpty()) {
      return found;
    }
    PackageBuild b = found.get();
    callers.require(b.source().disclosing());
    return b.source() == PackageSource.Kind.REQUEST && !mayHandleRequest(b.sourceId())
        ? Optional.empty()
        : found;
  }

  private List<PackageBuild> shown(String column, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM package_build b WHERE b."
                    + column
                    + " = ?1 AND (b.status IN ('QUEUED', 'RUNNING') OR b.status = 'FAILED'"
                    + " AND b.finished_at > ?2) ORDER BY b.queued_at DESC, b.id DESC")
            .setParameter(1, id)
            .setParameter(2, utc(clock.instant().minus(FAILED_SHOWN)))
            .getResultList();
    return rows.stream().map(PackageBuilds::build).toList();
  }

  private boolean mayHandleRequest(long requestId) {
    return requests.isResolvable() && requests.get().mayHandle(requestId);
  }

  // The worker's steps: the server's own work, each its own transaction.

  /** Queues again the builds whose worker went silent, failing those started too often. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void requeueSilent() {
    QUEUE.requeueSilent(em, clock.instant());
  }

  /** The build waiting longest, now running; empty if none waits. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<PackageBuild> claim() {
    return QUEUE.claim(em, clock.instant(), COLUMNS).map(PackageBuilds::build);
  }

  /** How far a running build is; renews its heartbeat. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void progress(long buildId, long doneBytes, long ofBytes) {
    QUEUE.progress(em, buildId, doneBytes, ofBytes, clock.instant());
  }

  /** Marks a running build failed, saying why on its page. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long buildId, String why) {
    QUEUE.fail(em, buildId, why, clock.instant());
  }

  /**
   * Plans a running build again, as the officer who asked for it and with their rights as they are
   * now, under the reference it was given.
   *
   * @throws uk.council.evidence.platform.entity.InvalidInput if it can no longer be built as asked
   *     (an exhibit left the case, the officer may no longer disclose), saying why
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PackagePlan plan(long buildId) {
    Object[] r = running(buildId);
    String chosen = (String) r[14];
    var typed =
        new Recipient.Typed(
            (String) r[15],
            (String) r[16],
            (String) r[17],
            (String) r[18],
            (String) r[19],
            (String) r[20]);
    long sourceId = ((Number) r[3]).longValue();
    String reference = ((String) r[1]).strip();
    if (PackageSource.Kind.valueOf((String) r[2]) == PackageSource.Kind.CASE) {
      return planner.plan(sourceId, ExhibitChoice.parse(chosen), typed, reference);
    }
    List<Long> recordings = Arrays.stream(chosen.strip().split("\n")).map(Long::valueOf).toList();
    return planner.planForRequest(sourceId, recordings, typed, reference);
  }

  /** A work file for a running build's ZIP. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Path workFile(long buildId, PackagePlan plan) {
    running(buildId);
    return planner.workFile(plan);
  }

  /** Removes a running build's work file that will not become its package. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void discardWorkFile(long buildId, PackagePlan plan, Path work) {
    callers.actFor(queuedBy(buildId));
    planner.discardWorkFile(plan, work);
  }

  /**
   * Records the package a running build wrote, as the officer who asked for it, and marks the build
   * done with it, in one transaction; audited as a package built from the form was.
   *
   * @throws IllegalStateException if the build is no longer running (another server took it over
   *     after this one went silent): nothing is recorded, and the file is not kept
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public DisclosurePackage record(
      long buildId, PackagePlan plan, PackageContents contents, Path work) {
    Object[] r = running(buildId);
    DisclosurePackage recorded = planner.record(plan, contents, work, (String) r[21]);
    if (!QUEUE.done(em, buildId, clock.instant(), "package_id", recorded.getId())) {
      throw new IllegalStateException(
          "Package build " + buildId + " was taken over while it was being recorded");
    }
    return recorded;
  }

  /** A running build's row; the rest of the transaction acts for whoever asked for it. */
  private Object[] running(long buildId) {
    Object[] r =
        row("b.id = ?1 AND b.status = 'RUNNING'", buildId)
            .orElseThrow(
                () -> new IllegalStateException("Package build " + buildId + " is not running"));
    callers.actFor(((String) r[6]).strip());
    return r;
  }

  private String queuedBy(long buildId) {
    return QUEUE.queuedBy(em, buildId).strip();
  }

  private Optional<Object[]> row(String where, long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT " + COLUMNS + " FROM package_build b WHERE " + where)
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst();
  }

  private static PackageBuild build(Object[] r) {
    return new PackageBuild(
        ((Number) r[0]).longValue(),
        ((String) r[1]).strip(),
        PackageSource.Kind.valueOf((String) r[2]),
        ((Number) r[3]).longValue(),
        (String) r[4],
        JobStatus.valueOf((String) r[5]),
        (String) r[6],
        instant(r[7]),
        r[8] == null ? null : instant(r[8]),
        ((Number) r[9]).intValue(),
        ((Number) r[10]).longValue(),
        r[11] == null ? null : ((Number) r[11]).longValue(),
        (String) r[12],
        r[13] == null ? null : ((Number) r[13]).longValue());
  }
}
