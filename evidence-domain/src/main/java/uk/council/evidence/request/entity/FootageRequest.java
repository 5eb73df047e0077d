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
    open();
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
    open();
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
    open();
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
    open();
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

  /** For FOI: the clarification asked for under s.1(3) arrived, and the twenty days start again. */
  public void clarified(LocalDate day, LocalDate today) {
    open();
    if (kind != RequestKind.FOI) {
      throw new InvalidInput(
          "clarified", "Only an FOI request's count starts again on a clarification.");
    }
    this.clarifiedOn = foiClock().clarifiedOn(day, today).clarified();
  }

  /** Closes the request: its reply is sent, on {@code today}. */
  public void close(String by, Instant now, LocalDate today) {
    open();
    this.status = RequestStatus.CLOSED;
    this.closedBy = by;
    this.closedAt = now;
    this.closedOn = today;
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

  /**
   * Whether the caller may see and work on this request: a data protection officer any; an evidence
   * officer the police's.
   */
  public boolean mayBeHandledBy(Caller caller) {
    return caller.mayAll(Action.HANDLE_REQUEST)
        || isPolice() && caller.mayAll(Action.HANDLE_POLICE_REQUEST);
  }

  /** Whether evidence officers share it: a police request. */
  public boolean isPolice() {
    return kind == RequestKind.THIRD_PARTY && requesterKind == RequesterKind.POLICE;
  }
}
