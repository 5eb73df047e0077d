package uk.council.evidence.casework.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
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
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
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
import uk.council.evidence.footage.entity.Viewer;
import uk.council.evidence.platform.control.SqlValues;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.retention.boundary.Holds;
import uk.council.evidence.retention.entity.Hold;
import uk.council.evidence.retention.entity.RetentionRule;
import uk.council.evidence.staff.entity.Role;
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
@RolesAllowed({"CAMERA_USER", "SUPERVISOR", "EVIDENCE_OFFICER"})
public class Cases {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Resource SessionContext session;
  @Inject FootageLibrary library;
  @Inject Holds holds;
  @Inject Disclosures disclosures;
  @Inject AuditLog audit;
  @Inject Clock clock;

  private final ZoneId zone = RetentionRule.DEFAULT.zone();

  /** One page of the cases this person may see that match the search, newest first. */
  public List<CaseRow> search(CaseQuery query) {
    Viewer viewer = library.viewer();
    List<Object> parameters = new ArrayList<>();
    String where = where(query, viewer, parameters);
    Query select =
        em.createNativeQuery(
            "SELECT c.id, a.name, (SELECT count(*) FROM exhibit e"
                + " WHERE e.case_id = c.id AND e.removed_at IS NULL)"
                + " FROM evidence_case c JOIN service_area a ON a.id = c.service_area_id"
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
    String where = where(query, library.viewer(), parameters);
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
    Viewer viewer = library.viewer();
    EvidenceCase found = visible(caseId, viewer, address);
    audit.record(
        AuditEntry.of(caller(), AuditAction.CASE_VIEWED, "case", caseId, clock.instant())
            .withDetails(found.getReference())
            .from(address));
    return view(found, viewer);
  }

  /**
   * The same as {@link #open} without a view event, for a form posted from the page already viewed.
   *
   * @throws CaseNotVisible if there is no such case this person may see
   */
  public CaseView reopen(long caseId) {
    Viewer viewer = library.viewer();
    return view(visible(caseId, viewer, null), viewer);
  }

  private CaseView view(EvidenceCase found, Viewer viewer) {
    long caseId = found.getId();
    List<ExhibitView> shown = new ArrayList<>();
    int others = 0;
    for (Exhibit exhibit : exhibitsOf(caseId)) {
      Recording recording = em.find(Recording.class, exhibit.getRecordingId());
      boolean sees =
          viewer.roles().contains(Role.EVIDENCE_OFFICER)
              || recording != null && viewer.seesDetails(recording);
      if (!sees) {
        others++;
        continue;
      }
      Hold hold = exhibit.getHoldId().map(id -> em.find(Hold.class, id)).orElse(null);
      Instant deletedAt = recording == null ? deletedAt(exhibit.getRecordingId()) : null;
      shown.add(
          new ExhibitView(
              exhibit,
              recording,
              hold,
              deletedAt,
              audit.about("recording", Long.toString(exhibit.getRecordingId()))));
    }
    List<CaseNote> notes =
        em.createQuery(
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
        audit.about("case", Long.toString(caseId)),
        mayEdit(found, viewer),
        viewer.roles().contains(Role.EVIDENCE_OFFICER));
  }

  /** The exhibit reference the signed-in person would get next in a case (or a new one). */
  public ExhibitReference suggestedReference(Long caseId) {
    String initials = ExhibitReference.initialsOf(me().getDisplayName());
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
    Viewer viewer = library.viewer();
    Instant now = clock.instant();
    Recording recording = library.reopen(recordingId).recording();
    if (!viewer.roles().contains(Role.EVIDENCE_OFFICER) && !viewer.isOwn(recording)) {
      throw new InvalidInput(
          "You may only flag your own footage, or your team's, as evidence; ask an evidence"
              + " officer.");
    }
    StaffMember me = me();
    var check = new InputCheck();
    EvidenceCase existing = null;
    CaseDetails details = null;
    if (caseId != null) {
      existing = lockedVisible(caseId, viewer, address);
      if (existing.isClosed()) {
        check.add("caseId", "Case " + existing.getReference() + " is closed: choose another.");
      }
    } else {
      details = check.value(() -> CaseDetails.check(newCase, now, zone));
      if (details != null
          && !viewer.roles().contains(Role.EVIDENCE_OFFICER)
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
    Viewer viewer = library.viewer();
    Instant now = clock.instant();
    EvidenceCase found = lockedVisible(caseId, viewer, address);
    if (!mayEdit(found, viewer)) {
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
    Viewer viewer = library.viewer();
    EvidenceCase found = visible(caseId, viewer, address);
    if (!mayEdit(found, viewer)) {
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
  @RolesAllowed("EVIDENCE_OFFICER")
  public Exhibit removeExhibit(long exhibitId, String reason, boolean confirmed, String address) {
    Exhibit exhibit = em.find(Exhibit.class, exhibitId);
    if (exhibit == null) {
      throw new InvalidInput("There is no such exhibit.");
    }
    EvidenceCase found = lockedVisible(exhibit.getCaseId(), library.viewer(), address);
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
  @RolesAllowed("EVIDENCE_OFFICER")
  public EvidenceCase close(long caseId, String reason, boolean confirmed, String address) {
    EvidenceCase found = lockedVisible(caseId, library.viewer(), address);
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
    disclosures.withdraw(caseId, null);
    audit.record(
        AuditEntry.of(caller(), AuditAction.CASE_CLOSED, "case", caseId, now)
            .withDetails(found.getCloseReason() + "; " + released + " evidence holds released")
            .from(address));
    return found;
  }

  /** The exhibits of the cases a recording is in that this person may see, newest first. */
  @RolesAllowed({
    "CAMERA_USER",
    "SUPERVISOR",
    "EVIDENCE_OFFICER",
    "DPO",
    "COMPLIANCE_OFFICER",
    "ADMIN"
  })
  public List<Flagged> exhibitsOfRecording(long recordingId) {
    Viewer viewer = library.viewer();
    library.reopen(recordingId);
    List<Flagged> found = new ArrayList<>();
    for (Exhibit exhibit :
        em.createQuery(
                "SELECT e FROM Exhibit e WHERE e.recordingId = :r ORDER BY e.addedAt DESC, e.id DESC",
                Exhibit.class)
            .setParameter("r", recordingId)
            .getResultList()) {
      EvidenceCase c = em.find(EvidenceCase.class, exhibit.getCaseId());
      if (sees(c, viewer)) {
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

  private Instant deletedAt(long recordingId) {
    List<?> at =
        em.createNativeQuery("SELECT deleted_at FROM deletion_record WHERE recording_id = ?1")
            .setParameter(1, recordingId)
            .getResultList();
    return at.isEmpty() ? null : SqlValues.instant(at.get(0));
  }

  private EvidenceCase visible(long caseId, Viewer viewer, String address) {
    EvidenceCase found = em.find(EvidenceCase.class, caseId);
    if (found == null || !sees(found, viewer)) {
      refuse(caseId, found == null ? "no such case" : "may not see it", address);
    }
    return found;
  }

  private EvidenceCase lockedVisible(long caseId, Viewer viewer, String address) {
    EvidenceCase found = em.find(EvidenceCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
    if (found == null || !sees(found, viewer)) {
      refuse(caseId, found == null ? "no such case" : "may not see it", address);
    }
    return found;
  }

  private void refuse(long caseId, String why, String address) {
    audit.recordSeparately(
        AuditEntry.of(caller(), AuditAction.ACCESS_DENIED, "case", caseId, clock.instant())
            .withDetails(why)
            .from(address));
    throw new CaseNotVisible(caseId);
  }

  /**
   * Evidence officers see every case; supervisors their area's; anyone, cases with their footage.
   */
  private boolean sees(EvidenceCase c, Viewer viewer) {
    if (viewer.roles().contains(Role.EVIDENCE_OFFICER)) {
      return true;
    }
    if (viewer.roles().contains(Role.SUPERVISOR)
        && viewer.areaId() != null
        && viewer.areaId() == c.getServiceAreaId()) {
      return true;
    }
    return ((Number)
                em.createNativeQuery(
                        "SELECT count(*) FROM exhibit e JOIN recording r ON r.id = e.recording_id"
                            + " WHERE e.case_id = ?1 AND e.removed_at IS NULL AND r.wearer_id = ?2")
                    .setParameter(1, c.getId())
                    .setParameter(2, viewer.staffId())
                    .getSingleResult())
            .longValue()
        > 0;
  }

  private static boolean mayEdit(EvidenceCase c, Viewer viewer) {
    return viewer.roles().contains(Role.EVIDENCE_OFFICER)
        || viewer.roles().contains(Role.SUPERVISOR)
            && viewer.areaId() != null
            && viewer.areaId() == c.getServiceAreaId();
  }

  private static String where(CaseQuery query, Viewer viewer, List<Object> parameters) {
    StringBuilder where = new StringBuilder(" WHERE true");
    if (!viewer.roles().contains(Role.EVIDENCE_OFFICER)) {
      where.append(" AND (");
      if (viewer.roles().contains(Role.SUPERVISOR) && viewer.areaId() != null) {
        parameters.add(viewer.areaId());
        where.append("c.service_area_id = ?").append(parameters.size()).append(" OR ");
      }
      parameters.add(viewer.staffId());
      where
          .append("EXISTS (SELECT 1 FROM exhibit e JOIN recording r ON r.id = e.recording_id")
          .append(" WHERE e.case_id = c.id AND e.removed_at IS NULL AND r.wearer_id = ?")
          .append(parameters.size())
          .append("))");
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

  private StaffMember me() {
    return em.createQuery("SELECT s FROM StaffMember s WHERE s.username = :u", StaffMember.class)
        .setParameter("u", caller())
        .getSingleResult();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
