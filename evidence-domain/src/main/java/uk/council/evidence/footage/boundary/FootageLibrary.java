package uk.council.evidence.footage.boundary;

import static uk.council.evidence.platform.control.SqlValues.instant;
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
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import uk.council.evidence.audit.entity.Custody;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.LibrarySql;
import uk.council.evidence.footage.entity.DueSoon;
import uk.council.evidence.footage.entity.FootageNotVisible;
import uk.council.evidence.footage.entity.LibraryPage;
import uk.council.evidence.footage.entity.LibraryQuery;
import uk.council.evidence.footage.entity.LibraryRow;
import uk.council.evidence.footage.entity.MediaFile;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.footage.entity.RecordingNote;
import uk.council.evidence.footage.entity.RecordingView;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * The footage library: searching recordings, opening one, playing and downloading it, notes, and
 * resolving whose unattributed footage is. What each person sees and may do is the access policy's
 * answer ({@link uk.council.evidence.access.entity.AccessPolicy}); every search, view, play and
 * download is audited, and so is every refusal ("due soon" gives only counts per wearer and area,
 * and is not).
 */
@Stateless
@RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
public class FootageLibrary {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject AuditLog audit;
  @Inject FootageStore store;
  @Inject Clock clock;

  /** Whether the caller sees footage beyond their own, so a wearer filter is worth offering. */
  public boolean seesOthers() {
    Set<Standing> reach = callers.get().reach(Action.SEE_FOOTAGE);
    return reach.contains(Standing.TEAM) || reach.contains(Standing.OTHER);
  }

  /** One page of the recordings this person may see that match the search, in one query. */
  public LibraryPage search(LibraryQuery query, String address) {
    Caller caller = callers.get();
    Instant now = clock.instant();
    LibrarySql sql = LibrarySql.of(query, caller, now);
    List<LibraryRow> rows = rows(sql, caller);
    long total =
        ((Number) bind(em.createNativeQuery(sql.count()), sql.countParameters()).getSingleResult())
            .longValue();
    audit.record(
        AuditEntry.of(caller(), AuditAction.FOOTAGE_SEARCHED, "library", null, now)
            .withDetails(describe(query) + "; " + total + " found, page " + query.page())
            .from(address));
    return new LibraryPage(rows, total, query);
  }

  /**
   * The recordings this person may see that overlap a window, narrowed to a wearer, camera or
   * service area where one is given (null: any), oldest first: at most {@code limit}, and one more
   * if there are more, so the caller can tell. Audited as a search.
   */
  public List<LibraryRow> recordedDuring(
      Instant from,
      Instant until,
      Long wearerId,
      Long cameraId,
      Long areaId,
      int limit,
      String why,
      String address) {
    Caller caller = callers.get();
    Instant now = clock.instant();
    List<LibraryRow> rows =
        rows(
            LibrarySql.overlapping(caller, now, from, until, wearerId, cameraId, areaId, limit + 1),
            caller);
    audit.record(
        AuditEntry.of(caller(), AuditAction.FOOTAGE_SEARCHED, "library", null, now)
            .withDetails(
                why
                    + ": recorded during "
                    + from
                    + " to "
                    + until
                    + (wearerId == null ? "" : ", wearer " + wearerId)
                    + (cameraId == null ? "" : ", camera " + cameraId)
                    + (areaId == null ? "" : ", area " + areaId)
                    + "; "
                    + rows.size()
                    + (rows.size() > limit ? "+" : "")
                    + " found")
            .from(address));
    return rows;
  }

  /**
   * Of the recordings with these ids, those this person may see and that are not being deleted, as
   * the library lists them, oldest first. Not audited: the page that lists them is.
   */
  public List<LibraryRow> rowsOf(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Caller caller = callers.get();
    return rows(LibrarySql.withIds(caller, clock.instant(), ids), caller);
  }

  private List<LibraryRow> rows(LibrarySql sql, Caller caller) {
    List<LibraryRow> rows = new ArrayList<>();
    for (Object result :
        bind(em.createNativeQuery(sql.select()), sql.parameters()).getResultList()) {
      Object[] r = (Object[]) result;
      Long wearerId = r[10] == null ? null : ((Number) r[10]).longValue();
      Long areaId = r[11] == null ? null : ((Number) r[11]).longValue();
      Set<Standing> standing = caller.standingTowardsFootage(wearerId, areaId);
      rows.add(
          new LibraryRow(
              ((Number) r[0]).longValue(),
              instant(r[1]),
              instant(r[2]),
              r[3] == null ? null : Duration.ofMillis(((Number) r[3]).longValue()),
              ((Number) r[4]).longValue(),
              (String) r[5],
              (String) r[6],
              (String) r[7],
              instant(r[8]),
              Boolean.TRUE.equals(r[9]) && caller.may(Action.WATCH_FOOTAGE, standing),
              Boolean.TRUE.equals(r[12]),
              caller.may(Action.FLAG_EVIDENCE, standing)));
    }
    return rows;
  }

  /**
   * The unheld recordings this person may see that fall due within {@code days}, per wearer and
   * service area, soonest first: what someone must look at before it is deleted.
   */
  public List<DueSoon> dueSoon(int days) {
    LibrarySql sql = LibrarySql.dueSoon(callers.get(), clock.instant(), days);
    List<DueSoon> groups = new ArrayList<>();
    for (Object result :
        bind(em.createNativeQuery(sql.select()), sql.parameters()).getResultList()) {
      Object[] r = (Object[]) result;
      groups.add(
          new DueSoon(
              r[0] == null ? null : ((Number) r[0]).longValue(),
              (String) r[1],
              r[2] == null ? null : ((Number) r[2]).longValue(),
              (String) r[3],
              ((Number) r[4]).longValue(),
              instant(r[5])));
    }
    return groups;
  }

  /** How many of the signed-in person's own unheld recordings fall due within {@code days}. */
  public long myDueSoon(int days) {
    Long me = callers.get().staffId();
    return dueSoon(days).stream()
        .filter(g -> g.wearerId() != null && g.wearerId().equals(me))
        .mapToLong(DueSoon::recordings)
        .sum();
  }

  /**
   * A recording's detail page: the recording, its notes and its chain of custody. Audited as a
   * view; a refusal is audited too.
   *
   * @throws FootageNotVisible if there is no such recording this person may see
   */
  public RecordingView open(long id, String address) {
    Recording recording = visible(id, Action.SEE_FOOTAGE, address);
    audit.record(
        AuditEntry.of(caller(), AuditAction.FOOTAGE_VIEWED, "recording", id, clock.instant())
            .withDetails("detail page")
            .from(address));
    return view(recording);
  }

  /**
   * The same as {@link #open} without a view event, for a form posted from the page already viewed.
   *
   * @throws FootageNotVisible if there is no such recording this person may see
   */
  public RecordingView reopen(long id) {
    return view(visible(id, Action.SEE_FOOTAGE, null));
  }

  private RecordingView view(Recording recording) {
    Caller caller = callers.get();
    Set<Standing> standing = recording.standingOf(caller);
    String id = recording.getId().toString();
    List<RecordingNote> notes =
        em.createQuery(
                "SELECT n FROM RecordingNote n WHERE n.recordingId = :id ORDER BY n.createdAt, n.id",
                RecordingNote.class)
            .setParameter("id", recording.getId())
            .getResultList();
    return new RecordingView(
        recording,
        notes,
        Custody.of(audit.about("recording", id)),
        caller.may(Action.WATCH_FOOTAGE, standing),
        !recording.isAttributed() && caller.may(Action.ATTRIBUTE_FOOTAGE, standing),
        caller.may(Action.FLAG_EVIDENCE, standing));
  }

  /**
   * Audits that one showing of the player has now been sent more than another whole file: seeking
   * costs a little more than one file, but pulling the file again and again through "play" is a
   * copy, and shows as often as it happens.
   */
  public void playedOn(long id, long bytesServed, long fileSize, String address) {
    Recording recording = visible(id, Action.WATCH_FOOTAGE, address);
    audit.record(
        AuditEntry.of(caller(), AuditAction.FOOTAGE_PLAYED, "recording", id, clock.instant())
            .withDetails(
                "sha256 "
                    + recording.getSha256()
                    + "; the same play has now sent "
                    + bytesServed
                    + " bytes, more than "
                    + (bytesServed - 1) / Math.max(1, fileSize)
                    + " times the file")
            .from(address));
  }

  /**
   * The original file, for someone allowed to see the pictures. {@code action} is audited when
   * given ({@code FOOTAGE_PLAYED} or {@code FOOTAGE_DOWNLOADED}), with {@code detail} (what was
   * asked for: a byte range, headers only); a player's later range requests for the same playback
   * pass null.
   *
   * @throws FootageNotVisible if there is no such recording this person may watch
   */
  public MediaFile media(long id, AuditAction action, String detail, String address) {
    if (action != null
        && action != AuditAction.FOOTAGE_PLAYED
        && action != AuditAction.FOOTAGE_DOWNLOADED) {
      throw new IllegalArgumentException("Not a playback action: " + action);
    }
    Recording recording = visible(id, Action.WATCH_FOOTAGE, address);
    StorageKey key = StorageKey.parse(recording.getSha256());
    Path file = store.original(key);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "Recording " + id + " has no stored file " + file + ": report this to an administrator.");
    }
    if (action != null) {
      audit.record(
          AuditEntry.of(caller(), action, "recording", id, clock.instant())
              .withDetails(
                  "sha256 " + recording.getSha256() + (detail == null ? "" : "; " + detail))
              .from(address));
    }
    String name =
        recording.getCamera().getSerial()
            + "_"
            + CouncilTime.fileStamp(recording.getRecordedStart())
            + "_"
            + recording.getSha256().substring(0, 12)
            + ".mp4";
    return new MediaFile(file, recording.getSizeBytes(), recording.getSha256(), name);
  }

  /** The thumbnail, for someone allowed to see the pictures; empty if there is none. */
  public Optional<Path> thumbnail(long id) {
    Recording recording = visible(id, Action.WATCH_FOOTAGE, null);
    if (!recording.hasThumbnail()) {
      return Optional.empty();
    }
    Path file = store.thumbnail(StorageKey.parse(recording.getSha256()));
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** Adds a note to a recording this person may see. */
  public RecordingNote addNote(long id, String text, String address) {
    String body = RecordingNote.check(text);
    visible(id, Action.NOTE_FOOTAGE, address);
    Instant now = clock.instant();
    RecordingNote note = new RecordingNote(id, caller(), body, now);
    em.persist(note);
    em.flush();
    audit.record(
        AuditEntry.of(caller(), AuditAction.FOOTAGE_NOTE_ADDED, "recording", id, now)
            .withDetails(body.length() > 200 ? body.substring(0, 200) + "…" : body)
            .from(address));
    return note;
  }

  /** Who unattributed footage could be given to: the camera users of its area, or all of them. */
  public List<StaffMember> possibleWearers(long id) {
    Recording recording = visible(id, Action.SEE_FOOTAGE, null);
    Optional<ServiceArea> area = recording.getServiceArea();
    var query =
        em.createQuery(
            "SELECT s FROM StaffMember s WHERE s.active = true"
                + " AND :role MEMBER OF s.roles"
                + (area.isPresent() ? " AND s.serviceArea = :area" : "")
                + " ORDER BY s.displayName",
            StaffMember.class);
    query.setParameter("role", Role.CAMERA_USER);
    area.ifPresent(a -> query.setParameter("area", a));
    return query.getResultList();
  }

  /**
   * Says whose unattributed footage is (a supervisor for footage they supervise, or an evidence
   * officer), with the reason: e.g. the wearer forgot to check the camera out.
   */
  @RolesAllowed({SUPERVISOR, EVIDENCE_OFFICER})
  public Recording attribute(long id, Long wearerId, String reason, String address) {
    Recording recording = visible(id, Action.SEE_FOOTAGE, address);
    if (recording.isAttributed()) {
      throw new InvalidInput(
          "wearer",
          "This recording is already attributed to "
              + recording.getWearer().get().getDisplayName()
              + ".");
    }
    if (!callers.get().may(Action.ATTRIBUTE_FOOTAGE, recording.standingOf(callers.get()))) {
      throw new InvalidInput("wearer", "You may not attribute this recording.");
    }
    String why = reason == null ? "" : reason.strip();
    if (wearerId == null || why.isEmpty() || why.length() > 500) {
      var problems = new ArrayList<InvalidInput.Problem>();
      if (wearerId == null) {
        problems.add(new InvalidInput.Problem("wearer", "Choose who wore the camera."));
      }
      if (why.isEmpty()) {
        problems.add(
            new InvalidInput.Problem(
                "reason", "Say how you know who wore the camera, e.g. the shift rota."));
      } else if (why.length() > 500) {
        problems.add(new InvalidInput.Problem("reason", "Keep the reason to 500 characters."));
      }
      throw new InvalidInput(problems);
    }
    StaffMember wearer =
        possibleWearers(id).stream()
            .filter(s -> s.getId().equals(wearerId))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "wearer", "Choose a camera user of this recording's service area."));
    recording.attributeTo(wearer);
    audit.record(
        AuditEntry.of(caller(), AuditAction.FOOTAGE_ATTRIBUTED, "recording", id, clock.instant())
            .withDetails("to " + wearer.getUsername() + ": " + why)
            .from(address));
    return recording;
  }

  /** The cameras, service areas and wearers this person can filter by. */
  public List<Camera> cameras() {
    return em.createQuery("SELECT c FROM Camera c ORDER BY c.serial", Camera.class).getResultList();
  }

  public List<ServiceArea> areas() {
    return em.createQuery("SELECT a FROM ServiceArea a ORDER BY a.name", ServiceArea.class)
        .getResultList();
  }

  /**
   * Wearers to filter by: everyone who has worn a camera, a supervisor's team, or for a camera user
   * only themself.
   */
  public List<StaffMember> wearers() {
    Caller caller = callers.get();
    Set<Standing> reach = caller.reach(Action.SEE_FOOTAGE);
    boolean all = reach.contains(Standing.OTHER);
    if (!all && !reach.contains(Standing.TEAM)) {
      return caller.staffId() == null ? List.of() : List.of(callers.member());
    }
    var query =
        em.createQuery(
            "SELECT s FROM StaffMember s WHERE :role MEMBER OF s.roles"
                + (all ? "" : " AND s.serviceArea.id = :area")
                + " ORDER BY s.displayName",
            StaffMember.class);
    query.setParameter("role", Role.CAMERA_USER);
    if (!all) {
      query.setParameter("area", caller.areaId());
    }
    return query.getResultList();
  }

  /**
   * The recording, if it exists, is not being deleted, and the caller may take the action on it;
   * otherwise the refusal is audited in a transaction of its own and {@link FootageNotVisible}
   * thrown.
   */
  private Recording visible(long id, Action action, String address) {
    Recording recording = em.find(Recording.class, id);
    boolean allowed =
        recording != null
            && !recording.isBeingDeleted()
            && callers.get().may(action, recording.standingOf(callers.get()));
    if (!allowed) {
      audit.recordSeparately(
          AuditEntry.of(caller(), AuditAction.ACCESS_DENIED, "recording", id, clock.instant())
              .withDetails(
                  recording == null
                      ? "no such recording"
                      : switch (action) {
                        case SEE_FOOTAGE -> "may not see it";
                        case WATCH_FOOTAGE -> "may not see its pictures";
                        default -> "may not " + action.title();
                      })
              .from(address));
      throw new FootageNotVisible(id);
    }
    return recording;
  }

  private static Query bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  private static String describe(LibraryQuery q) {
    var parts = new ArrayList<String>();
    if (q.from() != null) {
      parts.add("from " + q.from());
    }
    if (q.to() != null) {
      parts.add("to " + q.to());
    }
    if (q.wearerId() != null) {
      parts.add("wearer " + q.wearerId());
    }
    if (q.cameraId() != null) {
      parts.add("camera " + q.cameraId());
    }
    if (q.areaId() != null) {
      parts.add("area " + q.areaId());
    }
    if (q.attribution() != LibraryQuery.Attribution.ANY) {
      parts.add(q.attribution().name().toLowerCase());
    }
    if (q.dueWithinDays() != null) {
      parts.add("due within " + q.dueWithinDays() + " days");
    }
    return parts.isEmpty() ? "all recordings" : String.join(", ", parts);
  }

  private String caller() {
    return callers.username();
  }
}
