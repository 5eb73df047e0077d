package uk.council.evidence.casework.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.CAMERA_USER;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.DPO;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.SUPERVISOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.access.entity.Standing;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.audit.entity.Custody;
import uk.council.evidence.casework.control.CaseStandings;
import uk.council.evidence.casework.entity.CaseDetails;
import uk.council.evidence.casework.entity.CaseNotVisible;
import uk.council.evidence.casework.entity.CaseNote;
import uk.council.evidence.casework.entity.CaseQuery;
import uk.council.evidence.casework.entity.CaseRow;
import uk.council.evidence.casework.entity.CaseStatus;
import uk.council.evidence.casework.entity.CaseView;
import uk.council.evidence.casework.entity.EvidenceCase;
import uk.council.evidence.casework.entity.Exhibit;
import uk.council.evidence.casework.entity.ExhibitReference;
import uk.council.evidence.casework.entity.ExhibitView;
import uk.council.evidence.casework.entity.Flagged;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.retention.boundary.Holds;
import uk.council.evidence.retention.boundary.RetentionReports;
import uk.council.evidence.retention.entity.Hold;
import uk.council.evidence.retention.entity.RetentionRule;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * Cases and their exhibits. Flagging a recording as evidence puts it in a new or existing case as
 * an exhibit and places an evidence hold on it; removing the exhibit or closing the case releases
 * the hold, with the retention rules' grace period. Evidence officers see and manage every case; a
 * supervisor sees their service area's cases; a wearer sees the cases their footage is in. Every
 * view and change is audited: the case's history is its audit events, and each recording's chain of
 * custody shows the hold placed on it for the case.
 *
 * <p>A case's row is locked before its exhibits change, and before any recording's (as holds lock
 * them), so two people adding to one case get different exhibit numbers and never deadlock.
 */
@Stateless
@RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER})
public class Cases {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject CaseStandings standings;
  @Inject FootageLibrary library;
  @Inject Holds holds;
  @Inject RetentionReports deletions;
  @Inject Clips clips;
  @Inject DisclosurePackages disclosures;
  @Inject AuditLog audit;
  @Inject Clock clock;

  private final ZoneId zone = RetentionRule.DEFAULT.zone();

  /** One page of the cases this person may see that match the search, newest first. */
  public List<CaseRow> search(CaseQuery query) {
    List<Object> parameters = new ArrayList<>();
    String where = where(query, callers.get(), parameters);
    Query select =
        em.createNativeQuery(
            "SELECT c.id, a.name, (SELECT count(*) FROM exhibit e"
                + " WHERE e.case_id = c.id AND e.removed_at IS NULL)"
                + " FROM evidence_case c JOIN area_name a ON a.id = c.service_area_id"
                + where
                + " ORDER BY c.opened_at DESC, c.id DESC"
                + " LIMIT "
                + CaseQuery.PAGE_SIZE
                + " OFFSET "
                + (long) (query.page() - 1) * CaseQuery.PAGE_SIZE);
    bind(select, parameters);
    List<CaseRow> rows = new ArrayList<>();
    for (Object result : select.getResultList()) {
      Object[] r = (Object[]) result;
      rows.add(
          new CaseRow(
              em.find(EvidenceCase.class, ((Number) r[0]).longValue()),
              (String) r[1],
              ((Number) r[2]).longValue()));
    }
    return rows;
  }

  /** How many cases match the search, for paging. */
  public long count(CaseQuery query) {
    List<Object> parameters = new ArrayList<>();
    String where = where(query, callers.get(), parameters);
    Query count = em.createNativeQuery("SELECT count(*) FROM evidence_case c" + where);
    bind(count, parameters);
    return ((Number) count.getSingleResult()).longValue();
  }

  /** The cases not closed that this person may add a recording to, newest first. */
  public List<EvidenceCase> openCases() {
    List<EvidenceCase> cases = new ArrayList<>();
    for (CaseStatus status :
        List.of(CaseStatus.OPEN, CaseStatus.WITH_POLICE, CaseStatus.WITH_CPS)) {
      search(new CaseQuery(status, null, null, null, 1)).forEach(r -> cases.add(r.evidenceCase()));
    }
    cases.sort(Comparator.comparing(EvidenceCase::getOpenedAt).reversed());
    return cases;
  }

  /**
   * A case's page: details, the exhibits this person may see with their holds and chain of custody,
   * notes and history. Audited as a view; a refusal is audited too.
   *
   * @throws CaseNotVisible if there is no such case this person may see
   */
  public CaseView open(long caseId, String address) {
    EvidenceCase found = visible(caseId, Action.SEE_CASE, address);
    audit.record(
        AuditEntry.of(caller(), AuditAction.CASE_VIEWED, "case", caseId, clock.instant())
            .withDetails(found.getReference())
            .from(address));
    return view(found);
  }

  /**
   * The same as {@link #open} without a view event, for a form posted from the page already viewed.
   *
   * @throws CaseNotVisible if there is no such case this person may see
   */
  public CaseView reopen(long caseId) {
    return view(visible(caseId, Action.SEE_CASE, null));
  }

  private CaseView view(EvidenceCase found) {
    Caller caller = callers.get();
    Set<Standing> standing = standings.of(found, caller);
    long caseId = found.getId();
    List<ExhibitView> shown = new ArrayList<>();
    int others = 0;
    for (Exhibit exhibit : exhibitsOf(caseId)) {
      Recording recording = em.find(Recording.class, exhibit.getRecordingId());
      boolean sees =
          recording == null
              ? caller.mayAll(Action.SEE_FOOTAGE)
              : caller.may(Action.SEE_FOOTAGE, recording.standingOf(caller));
      if (!sees) {
        others++;
        continue;
      }
      Hold hold = exhibit.getHoldId().map(id -> em.find(Hold.class, id)).orElse(null);
      Instant deletedAt =
          recording == null ? deletions.deletedAt(exhibit.getRecordingId()).orElse(null) : null;
      shown.add(
          new ExhibitView(
              exhibit,
              recording,
              hold,
              deletedAt,
              Custody.of(audit.about("recording", Long.toString(exhibit.getRecordingId())))));
    }
    boolean history = caller.may(Action.READ_CASE_HISTORY, standing);
    List<CaseNote> notes =
        !history
            ? List.of()
            : em.createQuery(
                    "SELECT n FROM CaseNote n WHERE n.caseId = :c ORDER BY n.createdAt, n.id",
                    CaseNote.class)
                .setParameter("c", caseId)
                .getResultList();
    return new CaseView(
        found,
        em.find(ServiceArea.class, found.getServiceAreaId()).getName(),
        shown,
        others,
        notes,
        history ? audit.about("case", Long.toString(caseId)) : List.of(),
        caller.may(Action.EDIT_CASE, standing),
        caller.may(Action.MANAGE_CASE, standing));
  }

  /**
   * The exhibit reference the signed-in person would get next in a case they may see (or a new
   * one).
   *
   * @throws CaseNotVisible if there is no such case this person may see
   */
  public ExhibitReference suggestedReference(Long caseId) {
    String initials = ExhibitReference.initialsOf(callers.member().getDisplayName());
    if (caseId != null) {
      visible(caseId, Action.SEE_CASE, null);
    }
    return ExhibitReference.next(initials, caseId == null ? List.of() : referencesIn(caseId));
  }

  /**
   * Flags a recording as evidence: makes it an exhibit in an existing case, or in a new case with
   * the details typed, and places an evidence hold on it. A wearer or their supervisor may flag
   * only their own (or their team's) footage. Every mistake in the form is named at once, and
   * nothing is kept unless everything succeeds.
   *
   * @param caseId the case to add to, or null to open a new one with {@code newCase}
   * @param exhibitReference the reference wanted, or blank for the producer's next
   */
  public Flagged flag(
      long recordingId,
      Long caseId,
      CaseDetails.Typed newCase,
      String exhibitReference,
      String exhibitDescription,
      String address) {
    Caller caller = callers.get();
    Instant now = clock.instant();
    Recording recording = library.reopen(recordingId).recording();
    if (!caller.may(Action.FLAG_EVIDENCE, recording.standingOf(caller))) {
      throw new InvalidInput(
          "You may only flag your own footage, or your team's, as evidence; ask an evidence"
              + " officer.");
    }
    StaffMember me = callers.member();
    var check = new InputCheck();
    EvidenceCase existing = null;
    CaseDetails details = null;
    if (caseId != null) {
      existing = lockedVisible(caseId, Action.SEE_CASE, address);
      if (existing.isClosed()) {
        check.add("caseId", "Case " + existing.getReference() + " is closed: choose another.");
      }
    } else {
      details = check.value(() -> CaseDetails.check(newCase, now, zone));
      if (details != null
          && !caller.mayAll(Action.EDIT_CASE)
          && me.getServiceArea() != null
          && details.serviceAreaId() != me.getServiceArea().getId()) {
        check.add(
            "serviceArea",
            "Open the case in your own service area, "
                + me.getServiceArea().getName()
                + "; an evidence officer can move it.");
      }
    }
    String description = check.value(() -> Exhibit.checkDescription(exhibitDescription));
    boolean typed = exhibitReference != null && !exhibitReference.isBlank();
    ExhibitReference wanted =
        typed ? check.value(() -> ExhibitReference.parse(exhibitReference)) : null;
    check.orThrow();

    boolean opened = existing == null;
    EvidenceCase target = opened ? open(details, now, address) : existing;
    List<ExhibitReference> used = referencesIn(target.getId());
    exhibitsOf(target.getId()).stream()
        .filter(e -> !e.isRemoved() && e.getRecordingId() == recordingId)
        .findFirst()
        .ifPresent(
            e -> {
              throw new InvalidInput(
                  "caseId",
                  "This recording is already exhibit "
                      + e.getReference()
                      + " in case "
                      + target.getReference()
                      + ".");
            });
    ExhibitReference reference =
        typed
            ? wanted.unusedIn(used)
            : ExhibitReference.next(ExhibitReference.initialsOf(me.getDisplayName()), used);
    Hold hold =
        holds.placeEvidence(
            recordingId,
            target.getReference(),
            "Exhibit " + reference + " in case " + target.getReference() + ": " + description,
            address);
    Exhibit exhibit =
        new Exhibit(
            target.getId(),
            recordingId,
            reference,
            me.getUsername(),
            me.getDisplayName(),
            hold.getId(),
            description,
            now);
    em.persist(exhibit);
    em.flush();
    audit.record(
        AuditEntry.of(caller(), AuditAction.EXHIBIT_ADDED, "case", target.getId(), now)
            .withDetails(reference + ": recording " + recordingId + ", " + description)
            .from(address));
    return new Flagged(target, exhibit, opened);
  }

  /**
   * Changes a case's details and where it stands; refused if someone changed the case since this
   * person opened it ({@code version}), or if it is closed.
   */
  public EvidenceCase update(
      long caseId, CaseDetails.Typed typed, String status, long version, String address) {
    Instant now = clock.instant();
    EvidenceCase found = lockedVisible(caseId, Action.SEE_CASE, address);
    if (!callers.get().may(Action.EDIT_CASE, standings.of(found, callers.get()))) {
      throw new InvalidInput("You may not change this case.");
    }
    found.refuseIfClosed();
    if (found.getVersion() != version) {
      throw new InvalidInput(
          "Someone else changed this case since you opened it: check their changes, then make"
              + " yours again.");
    }
    var check = new InputCheck();
    CaseDetails details = check.value(() -> CaseDetails.check(typed, now, zone));
    CaseStatus next = null;
    try {
      next = CaseStatus.valueOf(status == null ? "" : status);
    } catch (IllegalArgumentException e) {
      check.add("status", "Choose where the case now stands.");
    }
    if (next == CaseStatus.CLOSED) {
      check.add(
          "status", "Close the case with \u201cClose the case\u201d, which releases its holds.");
    }
    check.orThrow();
    String before = summary(found);
    found.update(details);
    found.moveTo(next);
    em.flush();
    audit.record(
        AuditEntry.of(caller(), AuditAction.CASE_UPDATED, "case", caseId, now)
            .withDetails("was " + before + "; now " + summary(found))
            .from(address));
    return found;
  }

  /** Adds a note to a case this person may change. */
  public CaseNote addNote(long caseId, String text, String address) {
    EvidenceCase found = visible(caseId, Action.SEE_CASE, address);
    if (!callers.get().may(Action.EDIT_CASE, standings.of(found, callers.get()))) {
      throw new InvalidInput("note", "You may not add notes to this case.");
    }
    Instant now = clock.instant();
    CaseNote note = new CaseNote(caseId, caller(), text, now);
    em.persist(note);
    em.flush();
    String body = note.getBody();
    audit.record(
        AuditEntry.of(caller(), AuditAction.CASE_NOTE_ADDED, "case", caseId, now)
            .withDetails(body.length() > 200 ? body.substring(0, 200) + "\u2026" : body)
            .from(address));
    return note;
  }

  /**
   * Takes an exhibit out of its case and releases its evidence hold: if that was the recording's
   * last hold, it falls due no sooner than the grace period from now. Needs confirmation.
   */
  @RolesAllowed(EVIDENCE_OFFICER)
  public Exhibit removeExhibit(long exhibitId, String reason, boolean confirmed, String address) {
    Exhibit exhibit = em.find(Exhibit.class, exhibitId);
    if (exhibit == null) {
      throw new InvalidInput("There is no such exhibit.");
    }
    EvidenceCase found = lockedVisible(exhibit.getCaseId(), Action.MANAGE_CASE, address);
    found.refuseIfClosed();
    em.refresh(exhibit);
    Instant now = clock.instant();
    var check = new InputCheck();
    check.run(() -> exhibit.remove(caller(), reason, now));
    if (!confirmed) {
      check.add(
          "confirmRemove",
          "Confirm that exhibit "
              + exhibit.getReference()
              + " should leave the case and its footage be deleted when due.");
    }
    check.orThrow();
    em.flush();
    release(exhibit, "exhibit " + exhibit.getReference() + " removed: " + reason.strip(), address);
    clips.withdraw(found.getId(), exhibit.getId());
    disclosures.withdraw(found.getId(), exhibit.getId());
    audit.record(
        AuditEntry.of(caller(), AuditAction.EXHIBIT_REMOVED, "case", found.getId(), now)
            .withDetails(
                exhibit.getReference()
                    + ": recording "
                    + exhibit.getRecordingId()
                    + "; "
                    + exhibit.getRemoveReason())
            .from(address));
    return exhibit;
  }

  /**
   * Closes a case and releases its exhibits' evidence holds; each recording without another hold
   * falls due no sooner than the grace period from now. Needs confirmation.
   */
  @RolesAllowed(EVIDENCE_OFFICER)
  public EvidenceCase close(long caseId, String reason, boolean confirmed, String address) {
    EvidenceCase found = lockedVisible(caseId, Action.MANAGE_CASE, address);
    Instant now = clock.instant();
    var check = new InputCheck();
    check.run(() -> found.close(caller(), reason, now));
    if (!confirmed) {
      check.add(
          "confirmClose",
          "Confirm that the case should close and its footage be deleted when due.");
    }
    check.orThrow();
    em.flush();
    int released = 0;
    for (Exhibit exhibit : exhibitsOf(caseId)) {
      if (!exhibit.isRemoved()) {
        released +=
            release(exhibit, "case " + found.getReference() + " closed: " + reason.strip(), address)
                ? 1
                : 0;
      }
    }
    clips.withdraw(caseId, null);
    disclosures.withdraw(caseId, null);
    audit.record(
        AuditEntry.of(caller(), AuditAction.CASE_CLOSED, "case", caseId, now)
            .withDetails(found.getCloseReason() + "; " + released + " evidence holds released")
            .from(address));
    return found;
  }

  /** The exhibits of the cases a recording is in that this person may see, newest first. */
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
  public List<Flagged> exhibitsOfRecording(long recordingId) {
    Caller caller = callers.get();
    library.reopen(recordingId);
    List<Flagged> found = new ArrayList<>();
    for (Exhibit exhibit :
        em.createQuery(
                "SELECT e FROM Exhibit e WHERE e.recordingId = :r ORDER BY e.addedAt DESC, e.id DESC",
                Exhibit.class)
            .setParameter("r", recordingId)
            .getResultList()) {
      EvidenceCase c = em.find(EvidenceCase.class, exhibit.getCaseId());
      if (caller.may(Action.SEE_CASE, standings.of(c, caller))) {
        found.add(new Flagged(c, exhibit, false));
      }
    }
    return found;
  }

  /** The service areas a case may belong to. */
  public List<ServiceArea> areas() {
    return library.areas();
  }

  private boolean release(Exhibit exhibit, String reason, String address) {
    Hold hold = exhibit.getHoldId().map(id -> em.find(Hold.class, id)).orElse(null);
    if (hold == null || hold.getReleasedAt().isPresent()) {
      return false;
    }
    holds.release(hold.getId(), reason.length() > 500 ? reason.substring(0, 500) : reason, address);
    return true;
  }

  private EvidenceCase open(CaseDetails details, Instant now, String address) {
    long number =
        ((Number)
                em.createNativeQuery("SELECT nextval('evidence_case_number_seq')")
                    .getSingleResult())
            .longValue();
    EvidenceCase opened =
        new EvidenceCase(
            EvidenceCase.reference(now.atZone(zone).getYear(), number), details, caller(), now);
    em.persist(opened);
    em.flush();
    audit.record(
        AuditEntry.of(caller(), AuditAction.CASE_OPENED, "case", opened.getId(), now)
            .withDetails(opened.getReference() + ": " + summary(opened))
            .from(address));
    return opened;
  }

  private List<Exhibit> exhibitsOf(long caseId) {
    return em.createQuery(
            "SELECT e FROM Exhibit e WHERE e.caseId = :c ORDER BY e.initials, e.number",
            Exhibit.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /** Every reference given in the case, removed exhibits' too: none is ever given twice. */
  private List<ExhibitReference> referencesIn(long caseId) {
    return exhibitsOf(caseId).stream().map(Exhibit::getReference).toList();
  }

  /**
   * The case, if it exists and the caller may take the action on it; otherwise the refusal is
   * audited in a transaction of its own and {@link CaseNotVisible} thrown.
   */
  private EvidenceCase visible(long caseId, Action action, String address) {
    return allowed(caseId, em.find(EvidenceCase.class, caseId), action, address);
  }

  /** The same as {@link #visible}, with the case's row locked. */
  private EvidenceCase lockedVisible(long caseId, Action action, String address) {
    return allowed(
        caseId,
        em.find(EvidenceCase.class, caseId, LockModeType.PESSIMISTIC_WRITE),
        action,
        address);
  }

  private EvidenceCase allowed(long caseId, EvidenceCase found, Action action, String address) {
    Caller caller = callers.get();
    if (found == null || !caller.may(action, standings.of(found, caller))) {
      audit.recordSeparately(
          AuditEntry.of(caller(), AuditAction.ACCESS_DENIED, "case", caseId, clock.instant())
              .withDetails(
                  found == null
                      ? "no such case"
                      : caller.may(Action.SEE_CASE, standings.of(found, caller))
                          ? "may not " + action.title()
                          : "may not see it")
              .from(address));
      throw new CaseNotVisible(caseId);
    }
    return found;
  }

  /** Limits a search to the cases the access policy lets the caller see. */
  private static String where(CaseQuery query, Caller caller, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE true");
    Set<Standing> reach = caller.reach(Action.SEE_CASE);
    if (!reach.contains(Standing.OTHER)) {
      var any = new ArrayList<String>();
      if (reach.contains(Standing.TEAM) && caller.areaId() != null) {
        parameters.add(caller.areaId());
        any.add("c.service_area_id = ?" + parameters.size());
      }
      if (reach.contains(Standing.OWN) && caller.staffId() != null) {
        parameters.add(caller.staffId());
        any.add(
            "EXISTS (SELECT 1 FROM exhibit e JOIN recording_owner r ON r.id = e.recording_id"
                + " WHERE e.case_id = c.id AND e.removed_at IS NULL AND r.wearer_id = ?"
                + parameters.size()
                + ")");
      }
      where.append(" AND ").append(any.isEmpty() ? "FALSE" : "(" + String.join(" OR ", any) + ")");
    }
    if (query.status() == null) {
      where.append(" AND c.status <> 'CLOSED'");
    } else {
      parameters.add(query.status().name());
      where.append(" AND c.status = ?").append(parameters.size());
    }
    if (query.type() != null) {
      parameters.add(query.type().name());
      where.append(" AND c.case_type = ?").append(parameters.size());
    }
    if (query.areaId() != null) {
      parameters.add(query.areaId());
      where.append(" AND c.service_area_id = ?").append(parameters.size());
    }
    if (query.text() != null) {
      String like =
          "%"
              + query
                  .text()
                  .toUpperCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%";
      parameters.add(like);
      int n = parameters.size();
      where
          .append(" AND (upper(c.reference) LIKE ?")
          .append(n)
          .append(" OR upper(c.police_reference) LIKE ?")
          .append(n)
          .append(" OR c.cps_urn LIKE ?")
          .append(n)
          .append(" OR upper(c.location) LIKE ?")
          .append(n)
          .append(")");
    }
    return where.toString();
  }

  private static void bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }

  private static String summary(EvidenceCase c) {
    return c.getType().title()
        + ", "
        + c.getStatus().title()
        + ", "
        + c.getLocation()
        + c.getPoliceReference().map(r -> ", police " + r).orElse("")
        + c.getCpsUrn().map(u -> ", CPS URN " + u).orElse("")
        + c.getReviewDate().map(d -> ", review " + d).orElse("");
  }

  private String caller() {
    return callers.username();
  }
}
