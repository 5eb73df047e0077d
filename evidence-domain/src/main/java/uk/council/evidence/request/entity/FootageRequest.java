package uk.council.evidence.request.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A request for footage: a subject access request, an FOI request or a third party's. It keeps what
 * the requester asked for, who they are, and its clock; the clock's rules are {@link
 * SubjectAccessClock}'s, {@link FoiClock}'s and {@link ThirdPartyTarget}'s, which this builds from
 * its columns and writes back after each change.
 */
@Entity
@Table(name = "footage_request")
public class FootageRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private RequestKind kind;

  @Column(name = "received_on", updatable = false)
  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "requester_kind")
  private RequesterKind requesterKind;

  @Column(name = "requester_name")
  private String requesterName;

  @Column(name = "requester_address")
  private String requesterAddress;

  @Column(name = "requester_email")
  private String requesterEmail;

  @Column(name = "requester_phone")
  private String requesterPhone;

  @Column(name = "sought_from")
  private Instant soughtFrom;

  @Column(name = "sought_until")
  private Instant soughtUntil;

  @Column(name = "sought_place")
  private String soughtPlace;

  @Column(name = "sought_person")
  private String soughtPerson;

  @Column(name = "sought_camera")
  private String soughtCamera;

  @Column(name = "sought_officer")
  private String soughtOfficer;

  @Column(name = "sought_details")
  private String soughtDetails;

  @Column(name = "camera_id")
  private Long cameraId;

  @Column(name = "wearer_id")
  private Long wearerId;

  @Column(name = "service_area_id")
  private Long serviceAreaId;

  @Column(name = "identity_needed")
  private boolean identityNeeded;

  @Column(name = "identity_arrived_on")
  private LocalDate identityArrivedOn;

  @Column(name = "clarified_on")
  private LocalDate clarifiedOn;

  @Column(name = "extended_to")
  private LocalDate extendedTo;

  @Column(name = "extended_because")
  private String extendedBecause;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "request_pause", joinColumns = @JoinColumn(name = "request_id"))
  @OrderBy("fromDay")
  private List<PausedDays> pauses = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private RequestStatus status = RequestStatus.OPEN;

  @Column(name = "logged_by", updatable = false)
  private String loggedBy;

  @Column(name = "logged_at", updatable = false)
  private Instant loggedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "outcome_reason")
  private String outcomeReason;

  @Column(name = "public_interest")
  private String publicInterest;

  @Column(name = "third_parties")
  private String thirdParties;

  @Enumerated(EnumType.STRING)
  @Column(name = "sent_how")
  private Delivery sentHow;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "linked_request_id")
  private Long linkedRequestId;

  @Enumerated(EnumType.STRING)
  @Column(name = "requester_rank")
  private PoliceRank requesterRank;

  @Column(name = "authoriser_name")
  private String authoriserName;

  @Enumerated(EnumType.STRING)
  @Column(name = "authoriser_rank")
  private PoliceRank authoriserRank;

  private String purpose;

  @Column(name = "why_needed")
  private String whyNeeded;

  @Column(name = "review_asked_on")
  private LocalDate reviewAskedOn;

  @Column(name = "review_done_on")
  private LocalDate reviewDoneOn;

  @Column(name = "review_result")
  private String reviewResult;

  /**
   * Where the clock stood when it was last counted, on the calendar {@link #clockCalendar} names,
   * so that the queue can sort and page open requests in SQL. Emptied by every change to the clock
   * (see {@link #clockChanging}); counted again by {@link #stampClock}.
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "clock_state")
  private Deadline.State clockState;

  @Column(name = "clock_due_on")
  private LocalDate clockDueOn;

  @Column(name = "clock_since")
  private LocalDate clockSince;

  @Column(name = "clock_calendar")
  private String clockCalendar;

  @Column(name = "review_due_on")
  private LocalDate reviewDueOn;

  @Version private long version;

  protected FootageRequest() {}

  /**
   * A request as logged, with the reference just issued to it.
   *
   * @param request what was typed, checked
   */
  public FootageRequest(RequestForm.Checked request, String reference, String by, Instant now) {
    if (RequestKind.ofReference(reference) != request.kind()) {
      throw new IllegalArgumentException(reference + " is not a " + request.kind() + " reference");
    }
    this.reference = reference;
    this.kind = request.kind();
    this.receivedOn = request.received();
    this.channel = request.channel();
    this.requesterKind = request.requesterKind();
    this.requesterName = request.name();
    this.requesterAddress = request.address();
    this.requesterEmail = request.email();
    this.requesterPhone = request.phone();
    Sought sought = request.sought();
    if (sought != null) {
      this.soughtFrom = sought.from();
      this.soughtUntil = sought.until();
      this.soughtPlace = sought.place();
      this.soughtPerson = sought.person();
      this.soughtCamera = sought.camera();
      this.soughtOfficer = sought.officer();
      this.soughtDetails = sought.details();
    } else {
      this.soughtDetails = request.details();
    }
    this.cameraId = request.cameraId();
    this.wearerId = request.wearerId();
    this.serviceAreaId = request.areaId();
    this.identityNeeded = request.identityNeeded();
    this.loggedBy = by;
    this.loggedAt = now;
  }

  /** Where the request's clock stands. */
  public Deadline deadline(BankHolidays holidays) {
    return switch (kind) {
      case SUBJECT_ACCESS -> subjectAccessClock().deadline(holidays);
      case FOI -> foiClock().deadline(holidays);
      case THIRD_PARTY -> ThirdPartyTarget.deadline(receivedOn, pauseList(), holidays);
    };
  }

  /** How urgent it is on {@code today}: closed, or by its clock. */
  public Urgency urgency(LocalDate today, BankHolidays holidays) {
    return isClosed() ? Urgency.CLOSED : Urgency.of(deadline(holidays), today);
  }

  /**
   * For FOI, whether the public-interest extension runs past forty working days in all, which the
   * ICO expects only exceptionally.
   */
  public boolean isExtendedPastUsual(BankHolidays holidays) {
    return kind == RequestKind.FOI && foiClock().isExtendedPastUsual(holidays);
  }

  /** For FOI, how late a reply still not sent is. */
  public Optional<FoiClock.Lateness> foiLateness(LocalDate today, BankHolidays holidays) {
    return kind == RequestKind.FOI && !isClosed()
        ? Optional.of(foiClock().lateness(today, holidays))
        : Optional.empty();
  }

  /** Proof of identity arrived on {@code day}: a subject access request's month starts. */
  public void identityArrived(LocalDate day, LocalDate today) {
    clockChanging();
    if (kind != RequestKind.SUBJECT_ACCESS) {
      throw new InvalidInput(
          "identityArrived", "Only a subject access request waits for identity.");
    }
    SubjectAccessClock clock = subjectAccessClock().identityArrivedOn(day, today);
    this.identityArrivedOn = clock.identityArrived();
  }

  /**
   * Stops the clock from {@code day}: asking for clarification (subject access), giving a fees
   * notice (FOI), or waiting for something the council needs (a third party's authority).
   */
  public void pause(LocalDate day, String asked, LocalDate today) {
    clockChanging();
    if (day == null) {
      throw new InvalidInput("from", "Enter the day the clock stops, as a date.");
    }
    List<Pause> now =
        switch (kind) {
          case SUBJECT_ACCESS -> subjectAccessClock().pause(day, asked, today).pauses();
          case FOI -> foiClock().feeNoticeGiven(day, asked, today).feeNotices();
          case THIRD_PARTY -> {
            if (day.isBefore(receivedOn)) {
              throw new InvalidInput(
                  "from",
                  "The request arrived on "
                      + CouncilTime.date(receivedOn)
                      + ": the clock cannot stop before that.");
            }
            Received.check(day, today);
            yield Pause.with(pauseList(), new Pause(day, null, asked));
          }
        };
    setPauses(now);
  }

  /** Restarts the stopped clock on the day the answer (or the fee) arrived. */
  public void resume(LocalDate day, LocalDate today) {
    clockChanging();
    if (day == null) {
      throw new InvalidInput("until", "Enter the day the answer arrived, as a date.");
    }
    List<Pause> now =
        switch (kind) {
          case SUBJECT_ACCESS -> subjectAccessClock().resume(day, today).pauses();
          case FOI -> foiClock().feePaid(day, today).feeNotices();
          case THIRD_PARTY -> {
            List<Pause> ended = Pause.ending(pauseList(), day, "The clock is running.");
            Received.check(day, today);
            yield ended;
          }
        };
    setPauses(now);
  }

  /**
   * Extends the deadline: a subject access request by two months (with a reason, while the first
   * month runs); an FOI request to a new date for the public-interest test (s.10(3)).
   *
   * @param to the new date (FOI only; ignored for subject access)
   */
  public void extend(String reason, LocalDate to, LocalDate today, BankHolidays holidays) {
    clockChanging();
    switch (kind) {
      case SUBJECT_ACCESS -> {
        SubjectAccessClock clock = subjectAccessClock().extend(reason, today, holidays);
        this.extendedBecause = clock.extendedBecause();
      }
      case FOI -> {
        FoiClock clock = foiClock().extend(to, reason, holidays);
        this.extendedTo = clock.extendedTo();
        this.extendedBecause = clock.extendedBecause();
      }
      case THIRD_PARTY ->
          throw new InvalidInput(
              "reason", "A third party's request has the council's target, not a legal deadline.");
    }
  }

  /**
   * Whether to offer extending the deadline: an open subject access or FOI request not yet
   * extended, whose clock has started (the boundary refuses one past its first month, with the
   * reason).
   */
  public boolean mayBeExtended(BankHolidays holidays) {
    return !isClosed()
        && kind != RequestKind.THIRD_PARTY
        && extendedBecause == null
        && deadline(holidays).state() != Deadline.State.WAITING;
  }

  /** For FOI: the clarification asked for under s.1(3) arrived, and the twenty days start again. */
  public void clarified(LocalDate day, LocalDate today) {
    clockChanging();
    if (kind != RequestKind.FOI) {
      throw new InvalidInput(
          "clarified", "Only an FOI request's count starts again on a clarification.");
    }
    this.clarifiedOn = foiClock().clarifiedOn(day, today).clarified();
  }

  /**
   * Closes the request: its reply is sent, on {@code today}. The day it was due then is kept, so
   * that whether it was answered in time is read without counting again.
   */
  public void close(String by, Instant now, LocalDate today, BankHolidays holidays) {
    open();
    Deadline due = deadline(holidays);
    this.dueOn = due.isRunning() ? due.due() : null;
    this.status = RequestStatus.CLOSED;
    this.closedBy = by;
    this.closedAt = now;
    this.closedOn = today;
  }

  /**
   * Records the Sch. 2 para 2 record of a third party's request: the offence or purpose, why the
   * footage is needed, and for the police the requesting officer's rank and who authorised it.
   *
   * @throws InvalidInput naming every field that is missing or wrong
   */
  public void recordSchedule2(
      PoliceRank requesterRank,
      String authoriserName,
      PoliceRank authoriserRank,
      String purpose,
      String whyNeeded) {
    open();
    if (kind != RequestKind.THIRD_PARTY) {
      throw new InvalidInput("purpose", "Only a third party's request has a Schedule 2 record.");
    }
    var check = new InputCheck();
    String why = text(purpose);
    if (why == null || why.length() > 2000) {
      check.add(
          "purpose", "Say which offence or purpose the footage is for, in up to 2000 characters.");
    }
    String need = text(whyNeeded);
    if (need == null || need.length() > 2000) {
      check.add(
          "whyNeeded",
          "Say why not disclosing would prejudice that purpose, in up to 2000 characters.");
    }
    String authoriser = text(authoriserName);
    if (isPolice()) {
      if (requesterRank == null) {
        check.add("requesterRank", "Choose the requesting officer's rank.");
      }
      if (authoriser == null || authoriser.length() > 200) {
        check.add(
            "authoriserName",
            "Enter the officer who authorised the request: a police request needs an inspector's"
                + " or more senior officer's authority.");
      }
      if (authoriserRank == null) {
        check.add("authoriserRank", "Choose the authorising officer's rank.");
      } else if (!authoriserRank.mayAuthorise()) {
        check.add(
            "authoriserRank",
            "A "
                + authoriserRank.title().toLowerCase(java.util.Locale.UK)
                + " cannot authorise it: it needs an inspector or above.");
      }
    } else if (authoriser != null && authoriser.length() > 200) {
      check.add("authoriserName", "Keep the name to 200 characters.");
    }
    check.orThrow();
    this.requesterRank = isPolice() ? requesterRank : null;
    this.authoriserName = authoriser;
    this.authoriserRank = isPolice() ? authoriserRank : null;
    this.purpose = why;
    this.whyNeeded = need;
  }

  /**
   * The last day a closed request's footage stays held: its review and complaint window, {@code
   * workingDays} working days in England and Wales after the day it closed, or its internal review
   * was done if later. Null while it is open or an internal review is under way.
   */
  public LocalDate holdsKeptUntil(int workingDays, BankHolidays holidays) {
    if (closedOn == null || reviewAskedOn != null && reviewDoneOn == null) {
      return null;
    }
    LocalDate day =
        reviewDoneOn != null && reviewDoneOn.isAfter(closedOn) ? reviewDoneOn : closedOn;
    for (int counted = 0; counted < workingDays; ) {
      day = day.plusDays(1);
      if (holidays.isWorkingDayInEngland(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The requester asked for an internal review of an answered FOI request on {@code day}: due
   * within 20 working days (the ICO's target), and on the queue until it is done.
   *
   * @throws InvalidInput if this is not an answered FOI request, a review is under way or done, or
   *     the day is before the reply or after today
   */
  public void reviewAsked(LocalDate day, LocalDate today) {
    if (kind != RequestKind.FOI || outcome == null) {
      throw new InvalidInput("reviewAsked", "Only an answered FOI request has an internal review.");
    }
    if (reviewAskedOn != null) {
      throw new InvalidInput(
          "reviewAsked", "A review was asked for on " + CouncilTime.date(reviewAskedOn) + ".");
    }
    Received.check(day, today, "reviewAsked");
    if (day.isBefore(closedOn)) {
      throw new InvalidInput(
          "reviewAsked",
          "The reply went on " + CouncilTime.date(closedOn) + ": a review is asked for after it.");
    }
    this.reviewAskedOn = day;
    unstamp();
  }

  /**
   * Records the internal review's result, sent on {@code day}.
   *
   * @throws InvalidInput if no review is under way, the day is before it was asked or after today,
   *     or the result is missing
   */
  public void reviewDone(LocalDate day, String result, LocalDate today) {
    if (reviewAskedOn == null || reviewDoneOn != null) {
      throw new InvalidInput("reviewDone", "No internal review is under way.");
    }
    var check = new InputCheck();
    check.run(() -> Received.check(day, today, "reviewDone"));
    if (day != null && day.isBefore(reviewAskedOn)) {
      check.add(
          "reviewDone",
          "The review was asked for on " + CouncilTime.date(reviewAskedOn) + ": not before that.");
    }
    String text = text(result);
    if (text == null || text.length() > 2000) {
      check.add("reviewResult", "Say what the review found, in up to 2000 characters.");
    }
    check.orThrow();
    this.reviewDoneOn = day;
    this.reviewResult = text;
    unstamp();
  }

  /** The day an internal review under way is due by; null if none is. */
  public LocalDate reviewDue(BankHolidays holidays) {
    return reviewAskedOn == null || reviewDoneOn != null
        ? null
        : FoiClock.internalReviewDue(reviewAskedOn, holidays);
  }

  public LocalDate getReviewAskedOn() {
    return reviewAskedOn;
  }

  public LocalDate getReviewDoneOn() {
    return reviewDoneOn;
  }

  public String getReviewResult() {
    return reviewResult;
  }

  /** Why its holds are released once its window has passed, as each release records it. */
  public String holdsReleasedBecause(LocalDate until) {
    return reference
        + " closed on "
        + CouncilTime.date(closedOn)
        + "; its review and complaint window ended on "
        + CouncilTime.date(until);
  }

  /** Whether the Sch. 2 para 2 record is complete enough to disclose on. */
  public boolean hasSchedule2Record() {
    return purpose != null
        && whyNeeded != null
        && (!isPolice() || authoriserName != null && authoriserRank != null);
  }

  /**
   * Decides and replies: records the decision, how the reply went, and closes the request.
   *
   * @param matching how many recordings were marked as showing what was asked for
   * @throws InvalidInput if the request is closed, or the decision lacks what it needs: a reason,
   *     the public-interest test, how other people were dealt with, the Sch. 2 record, a recording
   *     to show; or it says "none held" while recordings were marked as showing it
   */
  public void reply(
      Outcome decided,
      String reason,
      String publicInterestTest,
      String others,
      Delivery how,
      long matching,
      String by,
      Instant now,
      LocalDate today,
      BankHolidays holidays) {
    open();
    var check = new InputCheck();
    if (decided == null || !decided.answers(kind)) {
      check.add("outcome", "Choose the decision.");
    }
    if (how == null) {
      check.add("sentHow", "Choose how the reply is sent.");
    }
    String why = text(reason);
    String test = text(publicInterestTest);
    String dealt = text(others);
    if (decided != null && decided.answers(kind)) {
      switch (decided.needs()) {
        case REASON -> {
          if (why == null) {
            check.add("reason", "Give the reason for this decision: the requester is told it.");
          }
        }
        case PUBLIC_INTEREST -> {
          if (test == null) {
            check.add(
                "publicInterest",
                "Write down the public-interest test: the interest in disclosing, in withholding,"
                    + " and why the second outweighs the first.");
          }
        }
        case THIRD_PARTIES -> {
          if (dealt == null) {
            check.add(
                "thirdParties",
                "Say how other people in the footage were dealt with (blurred, cut, consented).");
          }
        }
        case SCHEDULE_2 -> {
          if (!hasSchedule2Record()) {
            check.add(
                "outcome",
                isPolice()
                    ? "Complete the Schedule 2 record first, with the authorising officer."
                    : "Complete the Schedule 2 record first.");
          }
        }
        case NOTHING -> {}
      }
      if (decided.showsFootage() && matching == 0) {
        check.add(
            "outcome", "No recording is marked as showing what was asked for: mark one first.");
      }
      if (decided == Outcome.NONE_HELD && matching > 0) {
        check.add(
            "outcome",
            matching
                + (matching == 1 ? " recording is" : " recordings are")
                + " marked as showing what was asked for: that is not \"none held\".");
      }
    }
    for (String[] field : new String[][] {{"reason", why}, {"publicInterest", test}}) {
      if (field[1] != null && field[1].length() > 4000) {
        check.add(field[0], "Keep this to 4000 characters.");
      }
    }
    if (dealt != null && dealt.length() > 2000) {
      check.add("thirdParties", "Keep this to 2000 characters.");
    }
    check.orThrow();
    this.outcome = decided;
    this.outcomeReason = why;
    this.publicInterest = test;
    this.thirdParties = dealt;
    this.sentHow = how;
    this.decidedBy = by;
    this.decidedAt = now;
    close(by, now, today, holidays);
  }

  /**
   * A subject access request made of this FOI request for the requester's own footage (s.40(1)):
   * the same requester, what they asked for and the day it arrived, linked back to it.
   */
  public FootageRequest asSubjectAccess(String reference, String by, Instant now) {
    if (kind != RequestKind.FOI) {
      throw new IllegalStateException(reference + " comes only from an FOI request");
    }
    FootageRequest sar = new FootageRequest();
    sar.reference = reference;
    sar.kind = RequestKind.SUBJECT_ACCESS;
    sar.receivedOn = receivedOn;
    sar.channel = channel;
    sar.requesterKind = RequesterKind.PERSON;
    sar.requesterName = requesterName;
    sar.requesterAddress = requesterAddress;
    sar.requesterEmail = requesterEmail;
    sar.requesterPhone = requesterPhone;
    sar.soughtFrom = soughtFrom;
    sar.soughtUntil = soughtUntil;
    sar.soughtPlace = soughtPlace;
    sar.soughtPerson = soughtPerson;
    sar.soughtCamera = soughtCamera;
    sar.soughtOfficer = soughtOfficer;
    sar.soughtDetails = soughtDetails;
    sar.cameraId = cameraId;
    sar.wearerId = wearerId;
    sar.serviceAreaId = serviceAreaId;
    sar.linkedRequestId = id;
    sar.loggedBy = by;
    sar.loggedAt = now;
    return sar;
  }

  /**
   * Links this request to the one made of it, or it of (an FOI request and the subject access
   * request its s.40(1) answer opened).
   */
  public void linkTo(long requestId) {
    this.linkedRequestId = requestId;
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * @throws InvalidInput if the request is closed: nothing more happens to it
   */
  public void open() {
    if (isClosed()) {
      throw new InvalidInput(
          "Request " + reference + " was closed on " + CouncilTime.date(closedOn) + ".");
    }
  }

  /**
   * @throws InvalidInput if the request is closed
   */
  private void clockChanging() {
    open();
    unstamp();
  }

  /** Empties the clock kept on the row: it changed, and is counted again before the queue reads. */
  private void unstamp() {
    this.clockState = null;
    this.clockDueOn = null;
    this.clockSince = null;
    this.reviewDueOn = null;
    this.clockCalendar = null;
  }

  /**
   * Keeps on the row where the clock stands on this calendar, for the queue's order.
   *
   * @param holidays the calendar
   * @param calendar the calendar's version, by which a stamp counted on an older one is known
   */
  public void stampClock(BankHolidays holidays, String calendar) {
    Deadline deadline = deadline(holidays);
    this.clockState = deadline.state();
    this.clockDueOn = deadline.due();
    this.clockSince = deadline.since();
    this.reviewDueOn = reviewDue(holidays);
    this.clockCalendar = calendar;
  }

  /** The calendar version the clock was last counted on; null if it changed since. */
  public String getClockCalendar() {
    return clockCalendar;
  }

  /** Where the clock stood when last counted; null if it changed since. */
  public Deadline.State getClockState() {
    return clockState;
  }

  /** The day the reply was due when last counted; null unless the clock ran. */
  public LocalDate getClockDueOn() {
    return clockDueOn;
  }

  /** The day an internal review under way was due when last counted; null if none was. */
  public LocalDate getReviewDueOn() {
    return reviewDueOn;
  }

  /** The day the clock stopped or began to wait when last counted; null if it ran. */
  public LocalDate getClockSince() {
    return clockSince;
  }

  public boolean isClosed() {
    return status == RequestStatus.CLOSED;
  }

  /** What was asked for, if the request names a time window. */
  public Optional<Sought> sought() {
    return soughtFrom == null
        ? Optional.empty()
        : Optional.of(
            new Sought(
                soughtFrom,
                soughtUntil,
                soughtPlace,
                soughtPerson,
                soughtCamera,
                soughtOfficer,
                soughtDetails));
  }

  SubjectAccessClock subjectAccessClock() {
    return new SubjectAccessClock(
        receivedOn, identityNeeded, identityArrivedOn, extendedBecause, pauseList());
  }

  FoiClock foiClock() {
    return new FoiClock(receivedOn, clarifiedOn, pauseList(), extendedTo, extendedBecause);
  }

  public List<Pause> pauseList() {
    return pauses.stream().map(PausedDays::pause).toList();
  }

  private void setPauses(List<Pause> now) {
    pauses.clear();
    now.forEach(p -> pauses.add(new PausedDays(p)));
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public RequestKind getKind() {
    return kind;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public Channel getChannel() {
    return channel;
  }

  public RequesterKind getRequesterKind() {
    return requesterKind;
  }

  public String getRequesterName() {
    return requesterName;
  }

  public String getRequesterAddress() {
    return requesterAddress;
  }

  public String getRequesterEmail() {
    return requesterEmail;
  }

  public String getRequesterPhone() {
    return requesterPhone;
  }

  public String getSoughtDetails() {
    return soughtDetails;
  }

  public Long getCameraId() {
    return cameraId;
  }

  public Long getWearerId() {
    return wearerId;
  }

  public Long getServiceAreaId() {
    return serviceAreaId;
  }

  public boolean isIdentityNeeded() {
    return identityNeeded;
  }

  public LocalDate getIdentityArrivedOn() {
    return identityArrivedOn;
  }

  public LocalDate getClarifiedOn() {
    return clarifiedOn;
  }

  public LocalDate getExtendedTo() {
    return extendedTo;
  }

  public String getExtendedBecause() {
    return extendedBecause;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public String getLoggedBy() {
    return loggedBy;
  }

  public Instant getLoggedAt() {
    return loggedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  /** The day the reply was due when the request was closed; null if its clock was stopped. */
  public LocalDate getDueOn() {
    return dueOn;
  }

  /**
   * Whether the caller may see and work on this request: a data protection officer any; an evidence
   * officer the police's.
   */
  public boolean mayBeHandledBy(Caller caller) {
    return caller.mayAll(Action.HANDLE_REQUEST)
        || isPolice() && caller.mayAll(Action.HANDLE_POLICE_REQUEST);
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getOutcomeReason() {
    return outcomeReason;
  }

  public String getPublicInterest() {
    return publicInterest;
  }

  public String getThirdParties() {
    return thirdParties;
  }

  public Delivery getSentHow() {
    return sentHow;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Long getLinkedRequestId() {
    return linkedRequestId;
  }

  public PoliceRank getRequesterRank() {
    return requesterRank;
  }

  public String getAuthoriserName() {
    return authoriserName;
  }

  public PoliceRank getAuthoriserRank() {
    return authoriserRank;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getWhyNeeded() {
    return whyNeeded;
  }

  /** Whether the request was decided and answered (a request closed otherwise was not). */
  public boolean isDecided() {
    return outcome != null;
  }

  /** Whether evidence officers share it: a police request. */
  public boolean isPolice() {
    return kind == RequestKind.THIRD_PARTY && requesterKind == RequesterKind.POLICE;
  }
}
