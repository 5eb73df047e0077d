package uk.council.evidence.retention.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.CAMERA_USER;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.DPO;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.SUPERVISOR;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.access.entity.Standing;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.boundary.RecordingRegistry;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.retention.entity.Hold;
import uk.council.evidence.retention.entity.HoldKind;
import uk.council.evidence.retention.entity.HoldReleaseVeto;
import uk.council.evidence.retention.entity.HoldsSeen;
import uk.council.evidence.retention.entity.RetentionRule;

/**
 * Placing and releasing holds. The recording's row is locked while a hold is placed, and the
 * deletion sweep claims only unlocked rows without an active hold, so a hold and a deletion can
 * never cross: either the hold is in place first, or the recording is already being deleted and the
 * hold is refused.
 */
@Stateless
@RolesAllowed({SUPERVISOR, EVIDENCE_OFFICER, DPO})
public class Holds {

  /** Who releases a request's hold when its window has passed. */
  public static final String SYSTEM = "system";

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject @Any Instance<HoldReleaseVeto> vetoes;
  @Inject FootageLibrary library;
  @Inject RecordingRegistry registry;
  @Inject AuditLog audit;
  @Inject Clock clock;

  private final RetentionRule rule = RetentionRule.DEFAULT;

  /**
   * A recording's holds as the caller may see them: whether it is kept, and the holds themselves
   * only for someone the access policy lets see why. Refused, and audited, for a recording the
   * caller may not see.
   *
   * @throws uk.council.evidence.footage.entity.FootageNotVisible if there is no such recording the
   *     caller may see
   */
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
  public HoldsSeen of(long recordingId) {
    Recording recording = library.reopen(recordingId).recording();
    Caller caller = callers.get();
    Instant now = clock.instant();
    List<Hold> all = holdsOf(recordingId);
    boolean kept = all.stream().anyMatch(h -> h.isActiveAt(now));
    return caller.may(Action.SEE_HOLD_DETAILS, recording.standingOf(caller))
        ? new HoldsSeen(kept, true, all)
        : new HoldsSeen(kept, false, List.of());
  }

  /** The kinds of hold the caller may place on some footage. */
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
  public List<HoldKind> kindsICanPlace() {
    Caller caller = callers.get();
    return Arrays.stream(HoldKind.values()).filter(k -> caller.mayAny(actionFor(k))).toList();
  }

  /**
   * Places a hold; a "keep for review" also keeps the recording for a grace period after it lapses.
   */
  public Hold place(
      long recordingId, HoldKind kind, String reference, String reason, String address) {
    Instant now = clock.instant();
    Recording recording = lockedVisible(recordingId, "kind");
    if (kind != null && !mayHold(kind, recording)) {
      throw new InvalidInput("kind", "Your role may not place a hold of this kind.");
    }
    Hold hold = new Hold(recordingId, kind, reference, reason, caller(), now, rule.zone());
    em.persist(hold);
    hold.getExpiresAt()
        .ifPresent(
            lapses ->
                recording.keepUntilAtLeast(
                    rule.dueAfterHolds(recording.getDeletionDueAt(), lapses)));
    em.flush();
    noteHeldUntil(recordingId, now);
    audit.record(
        AuditEntry.of(caller(), AuditAction.HOLD_PLACED, "recording", recordingId, now)
            .withDetails(
                kind.name()
                    + " "
                    + hold.getReference()
                    + ": "
                    + hold.getReason()
                    + hold.getExpiresAt().map(e -> " (lapses " + e + ")").orElse(""))
            .from(address));
    return hold;
  }

  /**
   * Places the evidence hold that keeps an exhibit's recording while it is in a case. The wearer
   * and their supervisor may flag their own footage as evidence, so this allows them as well as
   * evidence officers; the case and exhibit are the caller's to record.
   *
   * @param caseReference the case, which is the hold's reference
   * @param reason what the exhibit is, e.g. "Exhibit JS/1: assault on staff, High Street"
   */
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER})
  public Hold placeEvidence(long recordingId, String caseReference, String reason, String address) {
    Instant now = clock.instant();
    Recording recording = em.find(Recording.class, recordingId, LockModeType.PESSIMISTIC_WRITE);
    if (recording != null && recording.isBeingDeleted()) {
      throw new InvalidInput(
          "This recording fell due and is being deleted; it can no longer be held.");
    }
    library.reopen(recordingId);
    if (!callers.get().may(Action.FLAG_EVIDENCE, recording.standingOf(callers.get()))) {
      throw new InvalidInput(
          "You may only flag your own footage, or your team's, as evidence; ask an evidence"
              + " officer.");
    }
    Hold hold =
        new Hold(recordingId, HoldKind.EVIDENCE, caseReference, reason, caller(), now, rule.zone());
    em.persist(hold);
    em.flush();
    noteHeldUntil(recordingId, now);
    audit.record(
        AuditEntry.of(caller(), AuditAction.HOLD_PLACED, "recording", recordingId, now)
            .withDetails("EVIDENCE " + hold.getReference() + ": " + hold.getReason())
            .from(address));
    return hold;
  }

  /**
   * Releases a hold; if it was the last active one, the recording falls due no sooner than the
   * grace period from now. An exhibit's hold is released by removing the exhibit or closing its
   * case, not here, so that no exhibit in an open case is left unheld.
   */
  public Hold release(long holdId, String reason, String address) {
    Instant now = clock.instant();
    Hold hold = em.find(Hold.class, holdId);
    if (hold == null) {
      throw new InvalidInput("There is no such hold.");
    }
    Recording recording = lockedVisible(hold.getRecordingId(), "holdId");
    if (!mayHold(hold.getKind(), recording)) {
      throw new InvalidInput("holdId", "Your role may not release a hold of this kind.");
    }
    for (HoldReleaseVeto veto : vetoes) {
      veto.whyNotRelease(holdId)
          .ifPresent(
              why -> {
                throw new InvalidInput("holdId", why);
              });
    }
    released(hold, recording, caller(), reason, now, address);
    return hold;
  }

  /**
   * Ends a request's hold once the request is closed and its review and complaint window has
   * passed: for the request component's daily housekeeping, which runs as no one. Only a subject
   * access, FOI or third-party request's hold, still active, is released, by {@link #SYSTEM}, with
   * the same grace period as any release, and audited.
   *
   * @return whether it was released (false if it was already, or is not a request's hold)
   */
  @PermitAll
  public boolean lapseRequestHold(long holdId, String reason) {
    Instant now = clock.instant();
    Hold hold = em.find(Hold.class, holdId);
    if (hold == null
        || !hold.isActiveAt(now)
        || !java.util.EnumSet.of(HoldKind.SUBJECT_ACCESS, HoldKind.FOI, HoldKind.THIRD_PARTY)
            .contains(hold.getKind())) {
      return false;
    }
    Recording recording =
        em.find(Recording.class, hold.getRecordingId(), LockModeType.PESSIMISTIC_WRITE);
    released(hold, recording, SYSTEM, reason, now, null);
    return true;
  }

  /**
   * Releases the hold and audits it; if it was the recording's last, the recording is due again
   * after the grace period.
   *
   * @param recording the hold's recording, locked; null if it is gone
   */
  private void released(
      Hold hold, Recording recording, String by, String reason, Instant now, String address) {
    hold.release(by, reason, now);
    em.flush();
    boolean anyLeft = noteHeldUntil(hold.getRecordingId(), now).isPresent();
    if (!anyLeft && recording != null) {
      recording.keepUntilAtLeast(rule.dueAfterHolds(recording.getDeletionDueAt(), now));
    }
    audit.record(
        AuditEntry.of(by, AuditAction.HOLD_RELEASED, "recording", hold.getRecordingId(), now)
            .withDetails(
                hold.getKind().name()
                    + " "
                    + hold.getReference()
                    + ": "
                    + hold.getReleaseReason()
                    + (anyLeft || recording == null ? "" : "; due " + recording.getDeletionDueAt()))
            .from(address));
  }

  /**
   * The recording, locked against the deletion sweep, if this person may see it and hold footage at
   * all; a refusal names {@code field}.
   */
  private Recording lockedVisible(long recordingId, String field) {
    Recording recording = em.find(Recording.class, recordingId, LockModeType.PESSIMISTIC_WRITE);
    if (recording != null && recording.isBeingDeleted()) {
      throw new InvalidInput(
          field, "This recording fell due and is being deleted; it can no longer be held.");
    }
    library.reopen(recordingId);
    Caller caller = callers.get();
    if (!caller.mayAny(Action.HOLD) && !caller.mayAny(Action.HOLD_FOR_REVIEW)) {
      throw new InvalidInput(field, "Your role may not hold footage.");
    }
    return recording;
  }

  private boolean mayHold(HoldKind kind, Recording recording) {
    Caller caller = callers.get();
    Set<Standing> standing = recording.standingOf(caller);
    return caller.may(actionFor(kind), standing);
  }

  /** A supervisor's short "keep for review" is one thing; every other kind of hold another. */
  private static Action actionFor(HoldKind kind) {
    return kind.lapses() ? Action.HOLD_FOR_REVIEW : Action.HOLD;
  }

  /**
   * Tells footage until when the recording is now held (the library filters by it), and returns
   * that: empty if no hold is active, {@link Instant#MAX} while one lasts until released.
   */
  private Optional<Instant> noteHeldUntil(long recordingId, Instant now) {
    List<Hold> active = holdsOf(recordingId).stream().filter(h -> h.isActiveAt(now)).toList();
    Optional<Instant> until =
        active.isEmpty()
            ? Optional.empty()
            : Optional.of(
                active.stream()
                    .map(h -> h.getExpiresAt().orElse(Instant.MAX))
                    .max(Instant::compareTo)
                    .orElseThrow());
    registry.heldUntil(recordingId, until);
    return until;
  }

  private List<Hold> holdsOf(long recordingId) {
    return em.createQuery(
            "SELECT h FROM Hold h WHERE h.recordingId = :r ORDER BY h.placedAt DESC, h.id DESC",
            Hold.class)
        .setParameter("r", recordingId)
        .getResultList();
  }

  private String caller() {
    return callers.username();
  }
}
