package uk.council.evidence.retention.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.CAMERA_USER;
import static uk.council.evidence.staff.entity.Role.Name.DPO;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.SUPERVISOR;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.retention.control.Redating;
import uk.council.evidence.retention.entity.Hold;
import uk.council.evidence.retention.entity.RedatingImpact;
import uk.council.evidence.retention.entity.RetentionCategory;
import uk.council.evidence.retention.entity.RetentionRule;

/**
 * Retention periods per category: which category new footage goes into, moving a recording to
 * another category, and an administrator's change of a category's period, previewed first and
 * applied only once confirmed against the impact that was shown.
 */
@Stateless
public class RetentionPolicy {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject FootageLibrary library;
  @Inject CurrentCaller callers;

  @Inject
  @ConfigProperty(name = "evidence.retention.review-window-days", defaultValue = "7")
  int reviewWindowDays;

  /** Where new footage goes, and the rule that dates it. */
  public record ForNewFootage(String category, RetentionRule rule) {}

  /** A previewed change of period: what the administrator confirms. */
  public record PeriodChange(
      RetentionCategory category,
      int newDays,
      long version,
      Instant previewedAt,
      RedatingImpact impact) {}

  /** The least time footage is kept after it arrives (configured; 7 days unless set). */
  @PermitAll
  public int reviewWindowDays() {
    return reviewWindowDays;
  }

  /** The categories, in the council's order. */
  @PermitAll
  public List<RetentionCategory> categories() {
    return em.createQuery(
            "SELECT c FROM RetentionCategory c ORDER BY c.position, c.code",
            RetentionCategory.class)
        .getResultList();
  }

  /**
   * The default category and its rule; new footage is dated by it. The category's row is share-
   * locked until the caller's transaction ends, so an upload and a change of the default period
   * never cross: either the upload is dated under the new period, or the change sees it.
   */
  @PermitAll
  public ForNewFootage forNewFootage() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT code, period_days FROM retention_category WHERE is_default FOR SHARE")
                .getSingleResult();
    return new ForNewFootage(
        (String) row[0], council().withPeriod(Period.ofDays(((Number) row[1]).intValue())));
  }

  /** What changing a category's period to the typed number of days would do; changes nothing. */
  @RolesAllowed(ADMIN)
  public PeriodChange preview(String code, String typedDays) {
    RetentionCategory category = category(code, LockModeType.NONE);
    int days = category.checkNewPeriod(typedDays);
    Instant now = clock.instant();
    RedatingImpact impact;
    try {
      impact = redating(category, days, now, now).preview(category.getCode());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not work out the change's impact", e);
    }
    return new PeriodChange(category, days, category.getVersion(), now, impact);
  }

  /**
   * Changes a category's period and re-dates its recordings, if the administrator confirmed the
   * preview and nothing has changed since that would make the change delete more at once than the
   * preview showed. All or nothing, audited.
   */
  @RolesAllowed(ADMIN)
  public RedatingImpact change(
      String code,
      int days,
      long previewedVersion,
      Instant previewedAt,
      int previewedDueAtOnce,
      boolean confirmed,
      String address) {
    RetentionCategory category = category(code, LockModeType.PESSIMISTIC_WRITE);
    if (!confirmed) {
      throw new InvalidInput("confirm", "Confirm that you have read what the change will do.");
    }
    if (category.getVersion() != previewedVersion) {
      throw new InvalidInput(
          "The period of "
              + category.getName()
              + " was changed by someone else after your preview. Preview your change again.");
    }
    int was = category.getPeriodDays();
    RedatingImpact impact;
    try {
      impact = redating(category, days, clock.instant(), previewedAt).apply(category.getCode());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not re-date " + category.getName() + " footage", e);
    }
    if (impact.dueAtOnce() > previewedDueAtOnce) {
      throw new InvalidInput(
          "The change would now make "
              + impact.dueAtOnce()
              + " recordings due at once, more than the "
              + previewedDueAtOnce
              + " your preview showed. Nothing was changed: preview it again.");
    }
    Instant now = clock.instant();
    category.changePeriod(days, caller(), now);
    audit.record(
        AuditEntry.of(
                caller(), AuditAction.RETENTION_PERIOD_CHANGED, "retention-category", null, now)
            .withDetails(
                String.format(
                    "%s (%s): %d days to %d days; %d recordings re-dated (%d sooner, %d later,"
                        + " %d held), %d due at once",
                    category.getName(),
                    category.getCode(),
                    was,
                    days,
                    impact.recordings(),
                    impact.earlier(),
                    impact.later(),
                    impact.held(),
                    impact.dueAtOnce()))
            .from(address));
    return impact;
  }

  /**
   * Moves a recording to another category, for someone who may hold footage or its wearer. Its new
   * due date follows that category's period, but a move never brings deletion nearer than the grace
   * period from now (unless it was already nearer): nobody loses footage by picking the wrong
   * category.
   */
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO})
  public Recording categorise(long recordingId, String code, String address) {
    if (code == null || code.isBlank()) {
      throw new InvalidInput("category", "Choose a retention category.");
    }
    // The category first, share-locked, then the recording: the order a change of period takes
    // them in, so that the two wait for each other rather than cross.
    RetentionCategory category = category(code, LockModeType.NONE);
    em.createNativeQuery("SELECT 1 FROM retention_category WHERE code = ?1 FOR SHARE")
        .setParameter(1, category.getCode())
        .getResultList();
    Recording recording = em.find(Recording.class, recordingId, LockModeType.PESSIMISTIC_WRITE);
    library.reopen(recordingId);
    if (recording.isBeingDeleted()) {
      throw new InvalidInput("category", "This recording fell due and is being deleted.");
    }
    if (category.getCode().equals(recording.getRetentionCategory())) {
      throw new InvalidInput("category", "The recording is already in " + category.getName() + ".");
    }
    RetentionCategory from = category(recording.getRetentionCategory(), LockModeType.NONE);
    Caller caller = callers.get();
    boolean shorter = category.getPeriodDays() < from.getPeriodDays();
    if (!caller.may(
        shorter ? Action.RECATEGORISE : Action.KEEP_LONGER, recording.standingOf(caller))) {
      if (!shorter) {
        throw new InvalidInput("category", "You may not move this recording.");
      }
      // The footage may be about the wearer (a complaint): they may keep it longer, not shorter.
      throw new InvalidInput(
          "category",
          "You can move your footage only to a category kept as long or longer: ask your"
              + " supervisor.");
    }
    Instant now = clock.instant();
    RetentionRule rule = category.rule(council());
    Instant holdsEnded =
        em.createQuery("SELECT h FROM Hold h WHERE h.recordingId = :r", Hold.class)
            .setParameter("r", recordingId)
            .getResultStream()
            .map(h -> h.endsOrEnded(now))
            .max(Instant::compareTo)
            .orElse(null);
    Instant byRule =
        rule.deletionDue(recording.getRecordedStart(), recording.getUploadedAt(), holdsEnded);
    Instant was = recording.getDeletionDueAt();
    Instant graceFromNow = rule.dueAfterHolds(now, now);
    Instant due = max(byRule, min(was, graceFromNow));
    recording.moveToCategory(category.getCode(), due);
    em.flush();
    audit.record(
        AuditEntry.of(caller(), AuditAction.RECORDING_CATEGORISED, "recording", recordingId, now)
            .withDetails(
                String.format(
                    "%s to %s (%d days); due %s, was %s",
                    from.getCode(), category.getCode(), category.getPeriodDays(), due, was))
            .from(address));
    return recording;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private RetentionCategory category(String code, LockModeType lock) {
    RetentionCategory category =
        code == null ? null : em.find(RetentionCategory.class, code.strip(), lock);
    if (category == null) {
      throw new InvalidInput("category", "There is no retention category " + code + ".");
    }
    return category;
  }

  private Redating redating(RetentionCategory category, int days, Instant now, Instant atOnceBy) {
    return new Redating(
        connection(),
        category.rule(council()).withPeriod(Period.ofDays(days)),
        now,
        atOnceBy,
        days > category.getPeriodDays());
  }

  /** The council's rule: the review window and time zone every category shares. */
  private RetentionRule council() {
    return new RetentionRule(
        RetentionRule.DEFAULT.period(),
        Period.ofDays(reviewWindowDays),
        RetentionRule.DEFAULT.zone());
  }

  /** This transaction's own connection, so that re-dating commits or rolls back with the rest. */
  private Connection connection() {
    Connection connection = em.unwrap(Connection.class);
    if (connection == null) {
      throw new IllegalStateException("No database connection in this transaction");
    }
    return connection;
  }

  private String caller() {
    return callers.username();
  }
}
