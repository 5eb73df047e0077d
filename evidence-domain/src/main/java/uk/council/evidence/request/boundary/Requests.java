package uk.council.evidence.request.boundary;

import static uk.council.evidence.staff.entity.Role.Name.DPO;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.entity.LibraryRow;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.request.control.DocumentStore;
import uk.council.evidence.request.control.HolidayCalendar;
import uk.council.evidence.request.control.RequestNumbers;
import uk.council.evidence.request.control.RequestSql;
import uk.council.evidence.request.entity.BankHolidays;
import uk.council.evidence.request.entity.Deadline;
import uk.council.evidence.request.entity.Delivery;
import uk.council.evidence.request.entity.DocumentKind;
import uk.council.evidence.request.entity.FootageRequest;
import uk.council.evidence.request.entity.FoundBy;
import uk.council.evidence.request.entity.FoundRecording;
import uk.council.evidence.request.entity.Letter;
import uk.council.evidence.request.entity.LetterKind;
import uk.council.evidence.request.entity.MonthCount;
import uk.council.evidence.request.entity.Outcome;
import uk.council.evidence.request.entity.PoliceRank;
import uk.council.evidence.request.entity.RequestComplaint;
import uk.council.evidence.request.entity.RequestDocument;
import uk.council.evidence.request.entity.RequestForm;
import uk.council.evidence.request.entity.RequestKind;
import uk.council.evidence.request.entity.RequestLetter;
import uk.council.evidence.request.entity.RequestNotVisible;
import uk.council.evidence.request.entity.RequestQueue;
import uk.council.evidence.request.entity.RequestRow;
import uk.council.evidence.request.entity.RequestStatus;
import uk.council.evidence.request.entity.RequestView;
import uk.council.evidence.request.entity.RequesterKind;
import uk.council.evidence.request.entity.Sought;
import uk.council.evidence.request.entity.Urgency;
import uk.council.evidence.request.entity.Verdict;
import uk.council.evidence.retention.boundary.Holds;
import uk.council.evidence.retention.boundary.RetentionReports;
import uk.council.evidence.retention.entity.DeletionRecord;
import uk.council.evidence.retention.entity.Hold;
import uk.council.evidence.retention.entity.HoldKind;

/**
 * Requests for footage, from the letter to the reply: logging one (which holds at once every
 * recording in its window), its clock, the recordings found for it and what the data protection
 * officer made of each, and closing it. A data protection officer handles every request; an
 * evidence officer the police's. Every step is audited against the request; its details name the
 * reference and never the requester, since the audit log is read by more people than requests are.
 */
@Stateless
@RolesAllowed({DPO, EVIDENCE_OFFICER})
public class Requests {

  /**
   * The most recordings logging one request holds at once. A window and place that find more need a
   * camera, wearer or service area named, or a shorter window.
   */
  public static final int MOST_HELD_AT_ONCE = 2000;

  /** How many closed requests the queue lists, newest first. */
  public static final int CLOSED_SHOWN = 100;

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject RequestNumbers numbers;
  @Inject HolidayCalendar calendar;
  @Inject FootageLibrary library;
  @Inject Holds holds;
  @Inject RetentionReports retention;
  @Inject AuditLog audit;
  @Inject FootageStore store;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "evidence.requests.hold-after-closing-working-days", defaultValue = "40")
  int windowWorkingDays;

  /**
   * Logs a request, issues its reference, and holds every recording in its window (with the search
   * margin either side) from the camera, wearer or service area it names, or all of them if it
   * names none. All or nothing: if anything is refused, no request is logged and nothing is held.
   *
   * @throws InvalidInput naming every field that is wrong, or the window if it finds too many
   */
  public FootageRequest log(RequestForm form, String address) {
    Caller caller = callers.get();
    Instant now = clock.instant();
    RequestForm.Checked checked = form.check(today(), now);
    if (!caller.mayAll(Action.HANDLE_REQUEST)
        && !(checked.kind() == RequestKind.THIRD_PARTY
            && checked.requesterKind() == RequesterKind.POLICE)) {
      throw new InvalidInput(
          "kind", "Evidence officers log the police's requests; other requests are the DPO's.");
    }
    checkChoices(checked);
    String reference = numbers.next(checked.kind(), checked.received().getYear());
    FootageRequest request = new FootageRequest(checked, reference, caller.username(), now);
    stampClock(request);
    em.persist(request);
    em.flush();
    audit.record(
        AuditEntry.of(
                caller.username(), AuditAction.REQUEST_LOGGED, "request", request.getId(), now)
            .withDetails(
                reference
                    + ": "
                    + checked.kind().title()
                    + " received "
                    + checked.received()
                    + " by "
                    + checked.channel().title().toLowerCase(java.util.Locale.UK))
            .from(address));
    if (checked.sought() != null) {
      holdWindow(request, checked.sought(), now, address);
    }
    return request;
  }

  private void holdWindow(FootageRequest request, Sought sought, Instant now, String address) {
    List<LibraryRow> rows =
        library.recordedDuring(
            sought.searchFrom(),
            sought.searchUntil(),
            request.getWearerId(),
            request.getCameraId(),
            request.getServiceAreaId(),
            MOST_HELD_AT_ONCE,
            "footage for " + request.getReference(),
            address);
    if (rows.size() > MOST_HELD_AT_ONCE) {
      throw new InvalidInput(
          "until",
          "More than "
              + MOST_HELD_AT_ONCE
              + " recordings were made in that time: choose the camera, wearer or service area,"
              + " or ask for a shorter time.");
    }
    for (LibraryRow row : rows) {
      Hold hold = hold(request, row.id(), address);
      em.persist(new FoundRecording(request.getId(), row.id(), FoundBy.WINDOW, hold.getId(), now));
    }
  }

  private Hold hold(FootageRequest request, long recordingId, String address) {
    return holds.place(
        recordingId,
        holdKind(request.getKind()),
        request.getReference(),
        request.getKind().title() + " " + request.getReference() + ": footage it may ask for",
        address);
  }

  private static HoldKind holdKind(RequestKind kind) {
    return switch (kind) {
      case SUBJECT_ACCESS -> HoldKind.SUBJECT_ACCESS;
      case FOI -> HoldKind.FOI;
      case THIRD_PARTY -> HoldKind.THIRD_PARTY;
    };
  }

  /** The camera, wearer and service area chosen must be the council's. */
  private void checkChoices(RequestForm.Checked checked) {
    var problems = new ArrayList<InvalidInput.Problem>();
    if (checked.cameraId() != null
        && library.cameras().stream().noneMatch(c -> c.getId().equals(checked.cameraId()))) {
      problems.add(new InvalidInput.Problem("cameraId", "Choose a camera from the list."));
    }
    if (checked.wearerId() != null
        && library.wearers().stream().noneMatch(w -> w.getId().equals(checked.wearerId()))) {
      problems.add(new InvalidInput.Problem("wearerId", "Choose a wearer from the list."));
    }
    if (checked.areaId() != null
        && library.areas().stream().noneMatch(a -> a.getId().equals(checked.areaId()))) {
      problems.add(new InvalidInput.Problem("areaId", "Choose a service area from the list."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  /**
   * One page of the queue of the requests the caller may handle. Open ones (and closed ones with a
   * complaint to acknowledge or an internal review under way), the first due first, as {@link
   * RequestSql#queuePage} orders them on the clock kept on each row; or the latest closed, newest
   * first. Only the page's requests are read; the rest are counted in SQL.
   *
   * @param kind only this kind; null for every kind
   * @param status open or closed; null for open
   * @param page the page, from 1; a page past the last shows the last
   * @param pageSize requests a page lists
   */
  public RequestQueue queue(RequestKind kind, RequestStatus status, int page, int pageSize) {
    Caller caller = callers.get();
    LocalDate today = today();
    if (status == RequestStatus.CLOSED) {
      List<FootageRequest> closed = latestClosed(kind, caller);
      int pages = RequestQueue.pages(closed.size(), pageSize);
      int shown = Math.max(1, Math.min(page, pages));
      int from = (shown - 1) * pageSize;
      return new RequestQueue(
          rows(
              closed.subList(from, Math.min(closed.size(), from + pageSize)),
              calendar.current(),
              today),
          shown,
          pages,
          closed.size(),
          closed.isEmpty() ? Map.of() : Map.of(Urgency.CLOSED, (long) closed.size()));
    }
    RequestSql.Scope scope = scopeOf(caller);
    Counted counted = countedAfresh(scope, kind, today);
    Map<Urgency, Long> counts = counted.counts();
    BankHolidays holidays = counted.holidays();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    int pages = RequestQueue.pages(total, pageSize);
    int shown = Math.max(1, Math.min(page, pages));
    var ids =
        em.createNativeQuery(
            RequestSql.queuePage(scope, kind != null, (shown - 1) * pageSize, pageSize));
    if (kind != null) {
      ids.setParameter(1, kind.name());
    }
    @SuppressWarnings("unchecked")
    List<Number> pageIds = ids.getResultList();
    return new RequestQueue(rows(byId(pageIds), holidays, today), shown, pages, total, counts);
  }

  /**
   * How many requests on the whole queue are at each urgency (overdue, due within three days,
   * within seven, later, clock stopped): for the server's metrics, which anyone who can reach the
   * server may read, so counts only.
   */
  @PermitAll
  public Map<Urgency, Long> urgencies() {
    return countedAfresh(RequestSql.Scope.ALL, null, today()).counts();
  }

  private record Counted(Map<Urgency, Long> counts, BankHolidays holidays) {}

  /**
   * The queue counted by urgency once every clock on it is up to date, and the calendar they were
   * counted on; again if a request was logged meanwhile without its clock.
   */
  private Counted countedAfresh(RequestSql.Scope scope, RequestKind kind, LocalDate today) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      BankHolidays holidays = stampClocks();
      Map<Urgency, Long> counts = counted(scope, kind, today);
      if (counts != null) {
        return new Counted(counts, holidays);
      }
    }
    throw new IllegalStateException("Requests keep being logged without their clock counted");
  }

  private static RequestSql.Scope scopeOf(Caller caller) {
    return caller.mayAll(Action.HANDLE_REQUEST) ? RequestSql.Scope.ALL : RequestSql.Scope.POLICE;
  }

  /**
   * Counts again, on the calendar as it stands, the clock of every request on the queue whose clock
   * kept on the row is out of date: changed since (see {@link FootageRequest#stampClock}), never
   * counted, or counted on an older calendar. Usually none; every one after a change to the
   * calendar.
   *
   * @return the calendar they were counted on
   */
  private BankHolidays stampClocks() {
    HolidayCalendar.Built now = calendar.versioned();
    @SuppressWarnings("unchecked")
    List<Number> stale =
        em.createNativeQuery(RequestSql.CLOCKS_OUT_OF_DATE)
            .setParameter(1, now.version())
            .getResultList();
    if (!stale.isEmpty()) {
      // Locked in order of id, so that two pages counting at once wait rather than deadlock.
      em.createQuery(
              "SELECT r FROM FootageRequest r WHERE r.id IN :ids ORDER BY r.id",
              FootageRequest.class)
          .setParameter("ids", stale.stream().map(Number::longValue).toList())
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .getResultList()
          .forEach(r -> r.stampClock(now.calendar(), now.version()));
      em.flush();
    }
    return now.calendar();
  }

  /** Keeps the request's clock on its row, for the queue, as it stands after a change. */
  private void stampClock(FootageRequest request) {
    HolidayCalendar.Built now = calendar.versioned();
    request.stampClock(now.calendar(), now.version());
  }

  /**
   * The queue's requests counted by urgency on {@code today}; null if one open request has no clock
   * kept on its row (one logged since the clocks were counted by code that did not count it).
   */
  private Map<Urgency, Long> counted(RequestSql.Scope scope, RequestKind kind, LocalDate today) {
    var query = em.createNativeQuery(RequestSql.queueClocks(scope, kind != null));
    if (kind != null) {
      query.setParameter(1, kind.name());
    }
    Map<Urgency, Long> counts = new EnumMap<>(Urgency.class);
    @SuppressWarnings("unchecked")
    List<Object[]> groups = query.getResultList();
    for (Object[] g : groups) {
      Urgency urgency;
      if (RequestStatus.CLOSED.name().equals(g[0])) {
        urgency = Urgency.CLOSED;
      } else if (g[1] == null) {
        return null;
      } else {
        urgency =
            Urgency.of(
                Deadline.State.valueOf((String) g[1]),
                g[2] == null ? null : ((java.sql.Date) g[2]).toLocalDate(),
                today);
      }
      counts.merge(urgency, ((Number) g[3]).longValue(), Long::sum);
    }
    return counts;
  }

  /** The month a grouped statement's first day names. */
  private static YearMonth month(Object firstDay) {
    return YearMonth.from(((java.sql.Timestamp) firstDay).toLocalDateTime());
  }

  /** The requests of these ids, read only, with their pauses in one more query, in this order. */
  private List<FootageRequest> byId(List<Number> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, FootageRequest> byId = new HashMap<>();
    em.createQuery("SELECT r FROM FootageRequest r WHERE r.id IN :ids", FootageRequest.class)
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .setHint("eclipselink.batch", "r.pauses")
        .setHint("eclipselink.batch.type", "IN")
        // Only read, for the queue: EclipseLink neither copies them nor watches them for changes.
        .setHint("eclipselink.read-only", "true")
        .getResultList()
        .forEach(r -> byId.put(r.getId(), r));
    return ids.stream().map(id -> byId.get(id.longValue())).toList();
  }

  /** The queue's rows of these requests: each one's clock, urgency and what is due next. */
  private List<RequestRow> rows(
      List<FootageRequest> requests, BankHolidays holidays, LocalDate today) {
    Map<Long, LocalDate> complaintsDue = complaintsDue(requests);
    List<RequestRow> rows = new ArrayList<>();
    for (FootageRequest r : requests) {
      Deadline deadline = r.deadline(holidays);
      long left =
          !r.isClosed() && deadline.isRunning()
              ? ChronoUnit.DAYS.between(today, deadline.due())
              : 0;
      rows.add(
          new RequestRow(
              r,
              deadline,
              r.urgency(today, holidays),
              left,
              complaintsDue.get(r.getId()),
              r.reviewDue(holidays)));
    }
    return rows;
  }

  /** The latest closed requests the caller may handle, newest first. */
  private List<FootageRequest> latestClosed(RequestKind kind, Caller caller) {
    StringBuilder jpql =
        new StringBuilder("SELECT r FROM FootageRequest r WHERE r.status = :closed");
    if (kind != null) {
      jpql.append(" AND r.kind = :kind");
    }
    if (!caller.mayAll(Action.HANDLE_REQUEST)) {
      jpql.append(" AND r.kind = :third AND r.requesterKind = :police");
    }
    jpql.append(" ORDER BY r.closedAt DESC, r.id DESC");
    TypedQuery<FootageRequest> query =
        em.createQuery(jpql.toString(), FootageRequest.class)
            .setParameter("closed", RequestStatus.CLOSED)
            .setMaxResults(CLOSED_SHOWN)
            .setHint("eclipselink.batch", "r.pauses")
            .setHint("eclipselink.batch.type", "IN");
    if (kind != null) {
      query.setParameter("kind", kind);
    }
    if (!caller.mayAll(Action.HANDLE_REQUEST)) {
      query
          .setParameter("third", RequestKind.THIRD_PARTY)
          .setParameter("police", RequesterKind.POLICE);
    }
    return query.getResultList();
  }

  /** For each of the requests with a complaint not yet acknowledged, the first due date. */
  private Map<Long, LocalDate> complaintsDue(List<FootageRequest> requests) {
    Map<Long, LocalDate> due = new HashMap<>();
    if (requests.isEmpty()) {
      return due;
    }
    for (RequestComplaint c :
        em.createQuery(
                "SELECT c FROM RequestComplaint c WHERE c.acknowledgedOn IS NULL"
                    + " AND c.requestId IN :ids",
                RequestComplaint.class)
            .setParameter("ids", requests.stream().map(FootageRequest::getId).toList())
            .getResultList()) {
      due.merge(c.getRequestId(), c.getAcknowledgeBy(), (a, b) -> a.isBefore(b) ? a : b);
    }
    return due;
  }

  /**
   * A request's page. Audited as a view; a refusal is audited too.
   *
   * @throws RequestNotVisible if there is no such request the caller may handle
   */
  public RequestView open(long id, String address) {
    FootageRequest request = visible(id, false, address);
    audit.record(
        AuditEntry.of(
                callers.username(), AuditAction.REQUEST_VIEWED, "request", id, clock.instant())
            .withDetails(request.getReference())
            .from(address));
    return view(request);
  }

  /**
   * The page again after a change made from it, without another view event.
   *
   * @throws RequestNotVisible if there is no such request the caller may handle
   */
  public RequestView reopen(long id) {
    return view(visible(id, false, null));
  }

  private RequestView view(FootageRequest request) {
    BankHolidays holidays = calendar.current();
    List<FoundRecording> found =
        em.createQuery(
                "SELECT f FROM FoundRecording f WHERE f.requestId = :r ORDER BY f.recordingId",
                FoundRecording.class)
            .setParameter("r", request.getId())
            .getResultList();
    Map<Long, LibraryRow> rows = new HashMap<>();
    library
        .rowsOf(found.stream().map(FoundRecording::getRecordingId).toList())
        .forEach(row -> rows.put(row.id(), row));
    List<RequestView.Found> shown = new ArrayList<>();
    for (FoundRecording f : found) {
      shown.add(new RequestView.Found(f, rows.get(f.getRecordingId())));
    }
    shown.sort(
        Comparator.comparing(
            (RequestView.Found f) -> f.row() == null ? Instant.MAX : f.row().recordedStart()));
    return new RequestView(
        request,
        request.deadline(holidays),
        request.urgency(today(), holidays),
        request.isExtendedPastUsual(holidays),
        shown,
        audit.about("request", request.getId().toString()),
        em.createQuery(
                "SELECT c FROM RequestComplaint c WHERE c.requestId = :r ORDER BY c.receivedOn, c.id",
                RequestComplaint.class)
            .setParameter("r", request.getId())
            .getResultList(),
        deletedInWindow(request),
        request.holdsKeptUntil(windowWorkingDays, holidays),
        request.reviewDue(holidays),
        request.mayBeExtended(holidays),
        holidays.publishedTo());
  }

  /** The most deletion records a request's page and "none held" letter list. */
  public static final int MOST_DELETIONS_SHOWN = 200;

  /**
   * The deletion records of the recordings made in the request's window (with the margin), from the
   * camera or wearer it names: what was deleted before the request could hold it.
   */
  private List<DeletionRecord> deletedInWindow(FootageRequest request) {
    var sought = request.sought();
    if (sought.isEmpty()) {
      return List.of();
    }
    String camera =
        request.getCameraId() == null
            ? null
            : library.cameras().stream()
                .filter(c -> c.getId().equals(request.getCameraId()))
                .map(c -> c.getSerial())
                .findFirst()
                .orElse(null);
    String wearer =
        request.getWearerId() == null
            ? null
            : library.wearers().stream()
                .filter(w -> w.getId().equals(request.getWearerId()))
                .map(w -> w.getDisplayName())
                .findFirst()
                .orElse(null);
    return retention.deletedDuring(
        sought.get().searchFrom(),
        sought.get().searchUntil(),
        camera,
        wearer,
        MOST_DELETIONS_SHOWN);
  }

  /** Proof of identity arrived: a subject access request's month starts on that day. */
  public FootageRequest identityArrived(long id, String day, String address) {
    FootageRequest request = visible(id, true, address);
    LocalDate arrived = InputCheck.day("identityArrived", day, "the day it arrived");
    request.identityArrived(arrived, today());
    return changed(request, "proof of identity arrived " + arrived, address);
  }

  /** Stops the clock from a day, saying what the council asked for. */
  public FootageRequest pause(long id, String from, String asked, String address) {
    FootageRequest request = visible(id, true, address);
    LocalDate day = InputCheck.day("from", from, "the day the clock stops");
    request.pause(day, asked, today());
    return changed(request, "clock stopped from " + day, address);
  }

  /** Restarts the stopped clock on the day the answer arrived. */
  public FootageRequest resume(long id, String until, String address) {
    FootageRequest request = visible(id, true, address);
    LocalDate day = InputCheck.day("until", until, "the day the answer arrived");
    request.resume(day, today());
    return changed(request, "clock restarted " + day, address);
  }

  /**
   * Extends the deadline: a subject access request by two months, an FOI request to a new date.
   *
   * @param to the new date (FOI only), as an ISO date
   */
  public FootageRequest extend(long id, String reason, String to, String address) {
    FootageRequest request = visible(id, true, address);
    LocalDate newDate =
        request.getKind() == RequestKind.FOI
            ? InputCheck.day("extendedTo", to, "the new date")
            : null;
    request.extend(reason, newDate, today(), calendar.current());
    return changed(
        request,
        "deadline extended" + (newDate == null ? "" : " to " + newDate) + ": " + reason.strip(),
        address);
  }

  /** For FOI: the clarification arrived and the twenty working days start again. */
  public FootageRequest clarified(long id, String day, String address) {
    FootageRequest request = visible(id, true, address);
    LocalDate arrived = InputCheck.day("clarified", day, "the day the clarification arrived");
    request.clarified(arrived, today());
    return changed(
        request, "clarification arrived " + arrived + "; the count starts again", address);
  }

  /** The most candidates one search from a request's page lists. */
  public static final int MOST_CANDIDATES = 50;

  /**
   * Searches the library from a request's page: recordings overlapping a time (typed as UK local
   * date-times; blank, the request's own window with its margin), from a camera, wearer or service
   * area if chosen, oldest first, those already found for the request left out. Audited as a search
   * for the request.
   *
   * @throws InvalidInput if a time is not one, the end is not after the start, or the time is
   *     longer than a request may ask for
   */
  public List<LibraryRow> candidates(
      long id,
      String from,
      String until,
      String cameraId,
      String wearerId,
      String areaId,
      String address) {
    FootageRequest request = visible(id, false, address);
    var sought = request.sought();
    var check = new InputCheck();
    java.time.Instant start = check.value(() -> RequestForm.time(from, "searchFrom", "the start"));
    java.time.Instant end = check.value(() -> RequestForm.time(until, "searchUntil", "the end"));
    Long camera = check.value(() -> RequestForm.id(cameraId, "searchCamera"));
    Long wearer = check.value(() -> RequestForm.id(wearerId, "searchWearer"));
    Long area = check.value(() -> RequestForm.id(areaId, "searchArea"));
    check.orThrow();
    if (start == null) {
      start = sought.map(Sought::searchFrom).orElse(null);
    }
    if (end == null) {
      end = sought.map(Sought::searchUntil).orElse(null);
    }
    if (start == null || end == null) {
      throw new InvalidInput("searchFrom", "Enter the time to search: a start and an end.");
    }
    if (!end.isAfter(start)) {
      throw new InvalidInput("searchUntil", "The end must be after the start.");
    }
    if (java.time.Duration.between(start, end).compareTo(Sought.LONGEST_WINDOW) > 0) {
      throw new InvalidInput(
          "searchUntil", "Search at most " + Sought.LONGEST_WINDOW.toDays() + " days at a time.");
    }
    java.util.Set<Long> found =
        new java.util.HashSet<>(
            em.createQuery(
                    "SELECT f.recordingId FROM FoundRecording f WHERE f.requestId = :r", Long.class)
                .setParameter("r", id)
                .getResultList());
    return library
        .recordedDuring(
            start,
            end,
            wearer,
            camera,
            area,
            MOST_CANDIDATES + found.size(),
            "search for " + request.getReference(),
            address)
        .stream()
        .filter(row -> !found.contains(row.id()))
        .limit(MOST_CANDIDATES)
        .toList();
  }

  /**
   * Adds a recording found by hand, and holds it for the request.
   *
   * @throws InvalidInput if it was found already, or cannot be held
   */
  public FoundRecording addRecording(long id, long recordingId, String address) {
    FootageRequest request = visible(id, true, address);
    if (em.find(FoundRecording.class, new FoundRecording.Key(id, recordingId)) != null) {
      throw new InvalidInput("recordingId", "That recording is already in this request.");
    }
    Instant now = clock.instant();
    Hold hold = hold(request, recordingId, address);
    FoundRecording found = new FoundRecording(id, recordingId, FoundBy.BY_HAND, hold.getId(), now);
    em.persist(found);
    audit.record(
        AuditEntry.of(callers.username(), AuditAction.REQUEST_RECORDING_ADDED, "request", id, now)
            .withDetails(request.getReference() + ": recording " + recordingId + " added by hand")
            .from(address));
    return found;
  }

  /**
   * Records what a recording found for the request shows. Ruling it out releases its hold with the
   * reason given; ruling it back in holds it again.
   */
  public FoundRecording decide(
      long id, long recordingId, String verdict, String reason, String address) {
    FootageRequest request = visible(id, true, address);
    FoundRecording found = em.find(FoundRecording.class, new FoundRecording.Key(id, recordingId));
    if (found == null) {
      throw new InvalidInput("recordingId", "That recording is not in this request.");
    }
    Verdict chosen;
    try {
      chosen = Verdict.valueOf(verdict == null ? "" : verdict.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("verdict", "Choose whether the recording shows what was asked for.");
    }
    Instant now = clock.instant();
    found.decide(chosen, reason, callers.username(), now);
    if (chosen == Verdict.NOT_MATCHING && found.getHoldId() != null) {
      holds.release(
          found.getHoldId(),
          request.getReference() + ": does not show what was asked for: " + found.getReason(),
          address);
      found.heldBy(null);
    } else if (chosen != Verdict.NOT_MATCHING && found.getHoldId() == null) {
      found.heldBy(hold(request, recordingId, address).getId());
    }
    audit.record(
        AuditEntry.of(callers.username(), AuditAction.REQUEST_RECORDING_DECIDED, "request", id, now)
            .withDetails(
                request.getReference()
                    + ": recording "
                    + recordingId
                    + " "
                    + chosen.title().toLowerCase(java.util.Locale.UK)
                    + (found.getReason() == null ? "" : " (" + found.getReason() + ")"))
            .from(address));
    return found;
  }

  /**
   * Keeps a document that came with the request (the letter, proof of identity, a third party's
   * authority). Only a data protection officer may add or open documents.
   *
   * @param kind {@link DocumentKind}'s name
   * @throws InvalidInput if the kind is not chosen, or the file is empty, too large, or not a PDF,
   *     JPEG or PNG; nothing is kept
   */
  public RequestDocument attach(
      long id, String kind, String fileName, InputStream content, String address) {
    FootageRequest request = visible(id, true, address);
    if (!callers.get().mayAll(Action.HANDLE_REQUEST)) {
      throw new InvalidInput("file", "Only a data protection officer keeps a request's documents.");
    }
    DocumentKind chosen;
    try {
      chosen = DocumentKind.valueOf(kind == null ? "" : kind.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("documentKind", "Choose what the document is.");
    }
    DocumentStore documents = new DocumentStore(store);
    DocumentStore.Received received = documents.receive(content);
    documents.keep(received);
    Instant now = clock.instant();
    RequestDocument document =
        new RequestDocument(
            id,
            chosen,
            RequestDocument.tidyName(fileName),
            received.mediaType(),
            received.size(),
            received.sha256(),
            callers.username(),
            now);
    em.persist(document);
    em.flush();
    audit.record(
        AuditEntry.of(callers.username(), AuditAction.REQUEST_DOCUMENT_ADDED, "request", id, now)
            .withDetails(
                request.getReference()
                    + ": "
                    + chosen.title().toLowerCase(java.util.Locale.UK)
                    + ", document "
                    + document.getId()
                    + ", sha256 "
                    + received.sha256())
            .from(address));
    return document;
  }

  /** Whether the caller handles every request, and so keeps and opens their documents. */
  public boolean handlesEveryRequest() {
    return callers.get().mayAll(Action.HANDLE_REQUEST);
  }

  /** The request's documents, oldest first: for a data protection officer, all; else none. */
  public List<RequestDocument> documents(long id) {
    visible(id, false, null);
    if (!callers.get().mayAll(Action.HANDLE_REQUEST)) {
      return List.of();
    }
    return em.createQuery(
            "SELECT d FROM RequestDocument d WHERE d.requestId = :r ORDER BY d.addedAt, d.id",
            RequestDocument.class)
        .setParameter("r", id)
        .getResultList();
  }

  /** A document and where its file is. */
  public record OpenedDocument(RequestDocument document, Path file) {}

  /**
   * Opens a request's document for a data protection officer: audited; anyone else is refused, and
   * that is audited too.
   *
   * @throws RequestNotVisible if there is no such document on a request the caller may handle, or
   *     the caller is not a data protection officer
   */
  public OpenedDocument openDocument(long id, long documentId, String address) {
    FootageRequest request = visible(id, false, address);
    RequestDocument document = em.find(RequestDocument.class, documentId);
    if (document == null
        || document.getRequestId() != id
        || !callers.get().mayAll(Action.HANDLE_REQUEST)) {
      audit.recordSeparately(
          AuditEntry.of(
                  callers.username(), AuditAction.ACCESS_DENIED, "request", id, clock.instant())
              .withDetails("may not open document " + documentId)
              .from(address));
      throw new RequestNotVisible(id);
    }
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.REQUEST_DOCUMENT_OPENED,
                "request",
                id,
                clock.instant())
            .withDetails(request.getReference() + ": document " + documentId)
            .from(address));
    return new OpenedDocument(document, new DocumentStore(store).file(document.getSha256()));
  }

  /**
   * Makes the Sch. 2 para 2 record of a third party's request.
   *
   * @param requesterRank the requesting officer's {@link PoliceRank} name (police only)
   * @param authoriserRank the authorising officer's {@link PoliceRank} name (police only)
   */
  public FootageRequest recordSchedule2(
      long id,
      String requesterRank,
      String authoriserName,
      String authoriserRank,
      String purpose,
      String whyNeeded,
      String address) {
    FootageRequest request = visible(id, true, address);
    var check = new InputCheck();
    PoliceRank asked = check.value(() -> rank(requesterRank, "requesterRank"));
    PoliceRank authorised = check.value(() -> rank(authoriserRank, "authoriserRank"));
    check.orThrow();
    request.recordSchedule2(asked, authoriserName, authorised, purpose, whyNeeded);
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.REQUEST_SCHEDULE_2_RECORDED,
                "request",
                id,
                clock.instant())
            .withDetails(
                request.getReference()
                    + (request.getAuthoriserRank() == null
                        ? ""
                        : ": authorised at the rank of " + request.getAuthoriserRank().title()))
            .from(address));
    return request;
  }

  private static PoliceRank rank(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return PoliceRank.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "Choose a rank from the list.");
    }
  }

  /**
   * Decides and replies, closing the request. An FOI request for the requester's own footage
   * (s.40(1)) opens a subject access request linked to it, from the FOI's day of receipt, holding
   * its window as any new request does.
   *
   * @param outcome {@link Outcome}'s name
   * @param sentHow {@link Delivery}'s name
   * @throws InvalidInput if the request is closed or the decision lacks what it needs
   */
  public FootageRequest reply(
      long id,
      String outcome,
      String reason,
      String publicInterest,
      String thirdParties,
      String sentHow,
      String address) {
    FootageRequest request = visible(id, true, address);
    Instant now = clock.instant();
    Outcome decided = choice(Outcome.class, outcome);
    Delivery how = choice(Delivery.class, sentHow);
    request.reply(
        decided,
        reason,
        publicInterest,
        thirdParties,
        how,
        matching(id),
        callers.username(),
        now,
        today(),
        calendar.current());
    audit.record(
        AuditEntry.of(callers.username(), AuditAction.REQUEST_ANSWERED, "request", id, now)
            .withDetails(request.getReference() + ": " + decided.title() + ", " + how.title())
            .from(address));
    if (decided == Outcome.FOI_S40_1) {
      FootageRequest sar = asSubjectAccess(request, now, address);
      request.linkTo(sar.getId());
    }
    return request;
  }

  private FootageRequest asSubjectAccess(FootageRequest foi, Instant now, String address) {
    String reference = numbers.next(RequestKind.SUBJECT_ACCESS, foi.getReceivedOn().getYear());
    FootageRequest sar = foi.asSubjectAccess(reference, callers.username(), now);
    stampClock(sar);
    em.persist(sar);
    em.flush();
    audit.record(
        AuditEntry.of(callers.username(), AuditAction.REQUEST_LOGGED, "request", sar.getId(), now)
            .withDetails(
                reference
                    + ": "
                    + RequestKind.SUBJECT_ACCESS.title()
                    + " received "
                    + foi.getReceivedOn()
                    + ", from FOI request "
                    + foi.getReference()
                    + " (s.40(1))")
            .from(address));
    sar.sought().ifPresent(s -> holdWindow(sar, s, now, address));
    return sar;
  }

  private long matching(long id) {
    return em.createQuery(
            "SELECT count(f) FROM FoundRecording f WHERE f.requestId = :r AND f.verdict = :v",
            Long.class)
        .setParameter("r", id)
        .setParameter("v", Verdict.MATCHING)
        .getSingleResult();
  }

  /**
   * A letter to the requester, in words, as it stands now: an acknowledgement at any time; a
   * request for clarification while the clock is (or was last) stopped; an extension once extended;
   * the reply once answered.
   *
   * @throws InvalidInput if there is nothing for such a letter to say yet
   */
  public Letter letter(long id, LetterKind kind) {
    FootageRequest request = visible(id, false, null);
    LocalDate today = today();
    return switch (kind) {
      case ACKNOWLEDGEMENT ->
          Letter.acknowledgement(request, request.deadline(calendar.current()), today);
      case CLARIFICATION -> {
        List<uk.council.evidence.request.entity.Pause> pauses = request.pauseList();
        if (pauses.isEmpty()) {
          throw new InvalidInput(
              "letterKind", "The clock has not been stopped: nothing was asked.");
        }
        yield Letter.clarification(request, pauses.get(pauses.size() - 1), today);
      }
      case EXTENSION -> {
        if (request.getExtendedBecause() == null) {
          throw new InvalidInput("letterKind", "The deadline has not been extended.");
        }
        yield Letter.extension(request, request.deadline(calendar.current()), today);
      }
      case REPLY -> {
        if (!request.isDecided()) {
          throw new InvalidInput("letterKind", "The request has not been answered yet.");
        }
        String linked =
            request.getLinkedRequestId() == null
                ? null
                : em.find(FootageRequest.class, request.getLinkedRequestId()).getReference();
        yield Letter.reply(request, matching(id), linked, deletedInWindow(request), today);
      }
    };
  }

  /** Keeps a signed letter produced for the request, and audits it with its SHA-256. */
  public RequestLetter keepLetter(long id, LetterKind kind, byte[] pdf, String address) {
    FootageRequest request = visible(id, false, address);
    DocumentStore documents = new DocumentStore(store);
    DocumentStore.Received received = documents.receive(new java.io.ByteArrayInputStream(pdf));
    documents.keep(received);
    Instant now = clock.instant();
    RequestLetter letter =
        new RequestLetter(id, kind, received.sha256(), received.size(), callers.username(), now);
    em.persist(letter);
    em.flush();
    audit.record(
        AuditEntry.of(callers.username(), AuditAction.REQUEST_LETTER_PRODUCED, "request", id, now)
            .withDetails(
                request.getReference()
                    + ": "
                    + kind.title().toLowerCase(java.util.Locale.UK)
                    + " letter "
                    + letter.getId()
                    + ", sha256 "
                    + received.sha256())
            .from(address));
    return letter;
  }

  /** The request's letters, oldest first. */
  public List<RequestLetter> letters(long id) {
    visible(id, false, null);
    return em.createQuery(
            "SELECT l FROM RequestLetter l WHERE l.requestId = :r ORDER BY l.producedAt, l.id",
            RequestLetter.class)
        .setParameter("r", id)
        .getResultList();
  }

  /**
   * Opens a letter kept for the request, audited.
   *
   * @throws RequestNotVisible if there is no such letter on a request the caller may handle
   */
  public OpenedLetter openLetter(long id, long letterId, String address) {
    FootageRequest request = visible(id, false, address);
    RequestLetter letter = em.find(RequestLetter.class, letterId);
    if (letter == null || letter.getRequestId() != id) {
      throw new RequestNotVisible(id);
    }
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.REQUEST_LETTER_OPENED,
                "request",
                id,
                clock.instant())
            .withDetails(request.getReference() + ": letter " + letterId)
            .from(address));
    return new OpenedLetter(
        letter,
        request.getReference()
            + "-"
            + letter.getKind().name().toLowerCase(java.util.Locale.ROOT)
            + "-"
            + letter.getId()
            + ".pdf",
        new DocumentStore(store).file(letter.getSha256()));
  }

  /** A letter, the name to download it as, and where its file is. */
  public record OpenedLetter(RequestLetter letter, String fileName, Path file) {}

  private static <E extends Enum<E>> E choice(Class<E> type, String text) {
    try {
      return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Logs a complaint about how the request was handled (open or closed), to be acknowledged within
   * 30 days.
   */
  public RequestComplaint logComplaint(long id, String received, String about, String address) {
    FootageRequest request = visible(id, true, address);
    LocalDate day =
        received == null || received.isBlank()
            ? null
            : InputCheck.day("received", received, "the day it arrived");
    Instant now = clock.instant();
    RequestComplaint complaint =
        new RequestComplaint(request, day, about, callers.username(), now, today());
    em.persist(complaint);
    em.flush();
    audit.record(
        AuditEntry.of(callers.username(), AuditAction.REQUEST_COMPLAINT_LOGGED, "request", id, now)
            .withDetails(
                request.getReference()
                    + ": complaint "
                    + complaint.getId()
                    + " received "
                    + day
                    + ", to acknowledge by "
                    + complaint.getAcknowledgeBy())
            .from(address));
    return complaint;
  }

  /** Records that a complaint was acknowledged on a day. */
  public RequestComplaint acknowledgeComplaint(
      long id, long complaintId, String acknowledged, String address) {
    FootageRequest request = visible(id, true, address);
    RequestComplaint complaint = em.find(RequestComplaint.class, complaintId);
    if (complaint == null || complaint.getRequestId() != id) {
      throw new InvalidInput("complaintId", "Choose a complaint about this request.");
    }
    complaint.acknowledge(
        InputCheck.day("acknowledged", acknowledged, "the day it was acknowledged"), today());
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.REQUEST_COMPLAINT_ACKNOWLEDGED,
                "request",
                id,
                clock.instant())
            .withDetails(
                request.getReference()
                    + ": complaint "
                    + complaintId
                    + " acknowledged "
                    + complaint.getAcknowledgedOn())
            .from(address));
    return complaint;
  }

  /**
   * The counts per month of the requests the caller may handle, the latest {@code months} months
   * (this one included): received, answered, answered in time and late, and refused by reason. Read
   * with three grouped queries, never by loading requests.
   */
  public List<MonthCount> monthly(int months) {
    Caller caller = callers.get();
    YearMonth last = YearMonth.from(today());
    YearMonth first = last.minusMonths(months - 1L);
    LocalDate from = first.atDay(1);
    RequestSql.Scope scope = scopeOf(caller);
    Map<YearMonth, long[]> counts = new java.util.TreeMap<>();
    Map<YearMonth, Map<Outcome, Long>> refused = new HashMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      counts.put(m, new long[4]);
      refused.put(m, new java.util.EnumMap<>(Outcome.class));
    }
    for (Object row :
        em.createNativeQuery(RequestSql.receivedByMonth(scope))
            .setParameter(1, java.sql.Date.valueOf(from))
            .getResultList()) {
      Object[] r = (Object[]) row;
      counts.get(month(r[0]))[0] = ((Number) r[1]).longValue();
    }
    for (Object row :
        em.createNativeQuery(RequestSql.answeredByMonth(scope))
            .setParameter(1, java.sql.Date.valueOf(from))
            .getResultList()) {
      Object[] r = (Object[]) row;
      YearMonth month = month(r[0]);
      long[] c = counts.get(month);
      if (c == null) {
        continue;
      }
      Outcome outcome = Outcome.valueOf((String) r[1]);
      long answered = ((Number) r[2]).longValue();
      c[1] += answered;
      c[2] += ((Number) r[3]).longValue();
      c[3] += ((Number) r[4]).longValue();
      if (outcome.isRefusal()) {
        refused.get(month).put(outcome, answered);
      }
    }
    List<MonthCount> result = new ArrayList<>();
    counts.forEach((m, c) -> result.add(new MonthCount(m, c[0], c[1], c[2], c[3], refused.get(m))));
    return result;
  }

  /** An FOI requester asked for an internal review of the reply, on a day. */
  public FootageRequest reviewAsked(long id, String day, String address) {
    FootageRequest request = visible(id, true, address);
    LocalDate asked = InputCheck.day("reviewAsked", day, "the day it was asked for");
    request.reviewAsked(asked, today());
    stampClock(request);
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.REQUEST_REVIEW_ASKED,
                "request",
                id,
                clock.instant())
            .withDetails(
                request.getReference()
                    + ": internal review asked for "
                    + asked
                    + ", due by "
                    + request.reviewDue(calendar.current()))
            .from(address));
    return request;
  }

  /** The internal review's result, sent on a day. */
  public FootageRequest reviewDone(long id, String day, String result, String address) {
    FootageRequest request = visible(id, true, address);
    LocalDate done =
        day == null || day.isBlank()
            ? null
            : InputCheck.day("reviewDone", day, "the day it was sent");
    request.reviewDone(done, result, today());
    stampClock(request);
    audit.record(
        AuditEntry.of(
                callers.username(), AuditAction.REQUEST_REVIEW_DONE, "request", id, clock.instant())
            .withDetails(request.getReference() + ": internal review done " + done)
            .from(address));
    return request;
  }

  /**
   * Releases a closed request's holds once its review and complaint window has passed, as the daily
   * housekeeping would: for a data protection officer who wants it done now.
   *
   * @return how many holds were released
   * @throws InvalidInput if the request is open, its window has not passed, or a complaint about it
   *     waits to be acknowledged
   */
  public int releaseHolds(long id, String address) {
    FootageRequest request = visible(id, true, address);
    LocalDate until = request.holdsKeptUntil(windowWorkingDays, calendar.current());
    if (until == null) {
      throw new InvalidInput(
          "The request is open, or its internal review is under way: its footage stays held.");
    }
    if (!today().isAfter(until)) {
      throw new InvalidInput(
          "Its footage stays held until "
              + CouncilTime.date(until)
              + ", the end of its review and complaint window.");
    }
    boolean complaintWaits =
        em.createQuery(
                    "SELECT count(c) FROM RequestComplaint c WHERE c.requestId = :r"
                        + " AND c.acknowledgedOn IS NULL",
                    Long.class)
                .setParameter("r", id)
                .getSingleResult()
            > 0;
    if (complaintWaits) {
      throw new InvalidInput(
          "A complaint about it waits to be acknowledged: its footage stays held.");
    }
    String why = request.holdsReleasedBecause(until);
    int released = 0;
    for (FoundRecording found : FoundRecording.held(em, id)) {
      holds.release(found.getHoldId(), why, address);
      found.heldBy(null);
      released++;
    }
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.REQUEST_HOLDS_RELEASED,
                "request",
                id,
                clock.instant())
            .withDetails(why + ": " + Plural.of(released, "hold") + " released")
            .from(address));
    return released;
  }

  /** Closes the request: its reply is sent. Its holds stay until its review window has passed. */
  public FootageRequest close(long id, String address) {
    FootageRequest request = visible(id, true, address);
    Instant now = clock.instant();
    request.close(callers.username(), now, today(), calendar.current());
    audit.record(
        AuditEntry.of(callers.username(), AuditAction.REQUEST_CLOSED, "request", id, now)
            .withDetails(request.getReference())
            .from(address));
    return request;
  }

  private FootageRequest changed(FootageRequest request, String what, String address) {
    stampClock(request);
    audit.record(
        AuditEntry.of(
                callers.username(),
                AuditAction.REQUEST_CLOCK_CHANGED,
                "request",
                request.getId(),
                clock.instant())
            .withDetails(request.getReference() + ": " + what)
            .from(address));
    return request;
  }

  /**
   * The request, if the caller may handle it (locked, for a change); a refusal is audited in its
   * own transaction.
   */
  private FootageRequest visible(long id, boolean lock, String address) {
    FootageRequest found =
        lock
            ? em.find(FootageRequest.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(FootageRequest.class, id);
    if (found == null || !found.mayBeHandledBy(callers.get())) {
      audit.recordSeparately(
          AuditEntry.of(
                  callers.username(), AuditAction.ACCESS_DENIED, "request", id, clock.instant())
              .withDetails(found == null ? "no such request" : "may not handle it")
              .from(address));
      throw new RequestNotVisible(id);
    }
    return found;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(CouncilTime.ZONE));
  }
}
