package uk.council.evidence.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.footage.entity.LibraryRow;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.reports.letters.RequestLetters;
import uk.council.evidence.request.boundary.Requests;
import uk.council.evidence.request.entity.Deadline;
import uk.council.evidence.request.entity.Delivery;
import uk.council.evidence.request.entity.DocumentKind;
import uk.council.evidence.request.entity.FootageRequest;
import uk.council.evidence.request.entity.LetterKind;
import uk.council.evidence.request.entity.Outcome;
import uk.council.evidence.request.entity.Pause;
import uk.council.evidence.request.entity.PoliceRank;
import uk.council.evidence.request.entity.RequestComplaint;
import uk.council.evidence.request.entity.RequestDocument;
import uk.council.evidence.request.entity.RequestKind;
import uk.council.evidence.request.entity.RequestLetter;
import uk.council.evidence.request.entity.RequestNotVisible;
import uk.council.evidence.request.entity.RequestView;
import uk.council.evidence.request.entity.Verdict;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;
import uk.council.evidence.web.shell.Posted;

/**
 * A request's page: what was asked and by whom, where its clock stands and the forms that move it,
 * the recordings found and held for it with what the DPO made of each, and its history. Every form
 * posts back to the page; a refused one keeps what was typed and names what is wrong.
 */
@Named("footageRequest")
@RequestScoped
public class RequestBacking {

  @Inject Requests requests;
  @Inject RequestLetters letterProduction;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private Long id;
  private RequestView view;

  private String identityArrived;
  private String pauseFrom;
  private String pauseAsked;
  private String resumeOn;
  private String extendReason;
  private String extendTo;
  private String clarifiedOn;
  private String recordingId;
  private String searchFrom;
  private String searchUntil;
  private String searchCamera;
  private String searchWearer;
  private String searchArea;
  private List<LibraryRow> candidates;
  private String reviewAskedOn;
  private String reviewDoneOn;
  private String reviewResult;
  private String complaintReceived;
  private String complaintAbout;
  private String complaintId;
  private String acknowledgedOn;
  private String letterKind;
  private String outcome;
  private String outcomeReason;
  private String publicInterest;
  private String thirdParties;
  private String sentHow;
  private String requesterRank;
  private String authoriserName;
  private String authoriserRank;
  private String purpose;
  private String whyNeeded;
  private List<RequestLetter> letters;
  private String documentKind;
  private Part file;
  private List<RequestDocument> documents;
  private String markRecording;
  private String verdict;
  private String verdictReason;

  /** Opens the request (audited), or answers 404 if this person may not handle it. */
  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    try {
      if (requestId() == null || getView() == null) {
        notFound();
      }
    } catch (RequestNotVisible e) {
      notFound();
    }
  }

  private void notFound() throws IOException {
    faces.getExternalContext().responseSendError(404, "No such request");
    faces.responseComplete();
  }

  /** The request, read once per request; a form posted from the page reads it without a view. */
  public RequestView getView() {
    if (view == null && requestId() != null) {
      view =
          faces.isPostback() ? requests.reopen(requestId()) : requests.open(requestId(), address());
    }
    return view;
  }

  /**
   * The request's id: from the view parameter, or, while a form posted from the page is decoded
   * (before view parameters are applied), from the form's own hidden field.
   */
  private Long requestId() {
    if (id == null) {
      id = Posted.number(faces, "id");
    }
    return id;
  }

  public FootageRequest getRequest() {
    return getView().request();
  }

  public void identityArrived() throws IOException {
    act(
        "identity",
        () -> requests.identityArrived(id, identityArrived, address()),
        "Proof of identity recorded: the month has started.");
  }

  public void pause() throws IOException {
    act("pause", () -> requests.pause(id, pauseFrom, pauseAsked, address()), "Clock stopped.");
  }

  public void resume() throws IOException {
    act("resume", () -> requests.resume(id, resumeOn, address()), "Clock restarted.");
  }

  public void extend() throws IOException {
    act(
        "extend",
        () -> requests.extend(id, extendReason, extendTo, address()),
        "Deadline extended. Tell the requester by letter, with the reason.");
  }

  public void clarified() throws IOException {
    act(
        "clarify",
        () -> requests.clarified(id, clarifiedOn, address()),
        "Clarification recorded: the twenty working days start again.");
  }

  /**
   * Searches the library for more footage; the candidates show on the page, with what was typed.
   */
  public void search() {
    try {
      candidates =
          requests.candidates(
              id, searchFrom, searchUntil, searchCamera, searchWearer, searchArea, address());
    } catch (InvalidInput e) {
      messages.reject("search", e);
    }
  }

  /** Adds a candidate from the search to the request, holding it. */
  public void addCandidate(long recordingId) throws IOException {
    act(
        "search",
        () -> requests.addRecording(id, recordingId, address()),
        "Recording added and held for this request.");
  }

  /**
   * The candidates of the last search; null before one. When one of them is added, the page's form
   * comes back before any field is applied, so the search is run again from what it sent, for the
   * button pressed to be found in its row.
   */
  public List<LibraryRow> getCandidates() {
    if (candidates == null && faces.isPostback()) {
      var posted = faces.getExternalContext().getRequestParameterMap();
      if (posted.keySet().stream().anyMatch(k -> k.startsWith("search:rows:"))) {
        try {
          candidates =
              requests.candidates(
                  requestId(),
                  posted.get("search:searchFrom"),
                  posted.get("search:searchUntil"),
                  posted.get("search:searchCamera"),
                  posted.get("search:searchWearer"),
                  posted.get("search:searchArea"),
                  address());
        } catch (InvalidInput e) {
          return null;
        }
      }
    }
    return candidates;
  }

  /** What the search's time fields show: what was typed, or the request's window and margin. */
  private String local(java.time.Instant at) {
    return at == null
        ? null
        : java.time.LocalDateTime.ofInstant(at, CouncilTime.ZONE)
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
            .toString();
  }

  public void addRecording() throws IOException {
    act(
        "add",
        () -> {
          long recording;
          try {
            recording = Long.parseLong(recordingId == null ? "" : recordingId.strip());
          } catch (NumberFormatException e) {
            throw new InvalidInput("recordingId", "Enter the recording's number, as on its page.");
          }
          return requests.addRecording(id, recording, address());
        },
        "Recording added and held for this request.");
  }

  public void decide() throws IOException {
    act(
        "mark",
        () -> {
          long recording;
          try {
            recording = Long.parseLong(markRecording == null ? "" : markRecording.strip());
          } catch (NumberFormatException e) {
            throw new InvalidInput("markRecording", "Choose the recording.");
          }
          return requests.decide(id, recording, verdict, verdictReason, address());
        },
        "Recording marked.");
  }

  public void attach() throws IOException {
    act(
        "attach",
        () -> {
          if (file == null || file.getSize() == 0) {
            throw new InvalidInput("file", "Choose a file: a PDF, or a JPEG or PNG image.");
          }
          try (InputStream in = file.getInputStream()) {
            return requests.attach(id, documentKind, file.getSubmittedFileName(), in, address());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        "Document kept.");
  }

  /** The request's documents: a data protection officer sees them all, anyone else none. */
  public List<RequestDocument> getDocuments() {
    if (documents == null) {
      documents = requests.documents(requestId());
    }
    return documents;
  }

  public List<DocumentKind> getDocumentKinds() {
    return List.of(DocumentKind.values());
  }

  /** Whether the caller keeps and opens requests' documents: a data protection officer. */
  public boolean isMayKeepDocuments() {
    return requests.handlesEveryRequest();
  }

  public String size(long bytes) {
    return Formats.size(bytes);
  }

  public String getLetterKind() {
    return letterKind;
  }

  public void setLetterKind(String letterKind) {
    this.letterKind = letterKind;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getOutcomeReason() {
    return outcomeReason;
  }

  public void setOutcomeReason(String outcomeReason) {
    this.outcomeReason = outcomeReason;
  }

  public String getPublicInterest() {
    return publicInterest;
  }

  public void setPublicInterest(String publicInterest) {
    this.publicInterest = publicInterest;
  }

  public String getThirdParties() {
    return thirdParties;
  }

  public void setThirdParties(String thirdParties) {
    this.thirdParties = thirdParties;
  }

  public String getSentHow() {
    return sentHow;
  }

  public void setSentHow(String sentHow) {
    this.sentHow = sentHow;
  }

  public String getRequesterRank() {
    return requesterRank;
  }

  public void setRequesterRank(String requesterRank) {
    this.requesterRank = requesterRank;
  }

  public String getAuthoriserName() {
    return authoriserName;
  }

  public void setAuthoriserName(String authoriserName) {
    this.authoriserName = authoriserName;
  }

  public String getAuthoriserRank() {
    return authoriserRank;
  }

  public void setAuthoriserRank(String authoriserRank) {
    this.authoriserRank = authoriserRank;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getWhyNeeded() {
    return whyNeeded;
  }

  public void setWhyNeeded(String whyNeeded) {
    this.whyNeeded = whyNeeded;
  }

  public String getComplaintReceived() {
    return complaintReceived;
  }

  public void setComplaintReceived(String complaintReceived) {
    this.complaintReceived = complaintReceived;
  }

  public String getComplaintAbout() {
    return complaintAbout;
  }

  public void setComplaintAbout(String complaintAbout) {
    this.complaintAbout = complaintAbout;
  }

  public String getComplaintId() {
    return complaintId;
  }

  public void setComplaintId(String complaintId) {
    this.complaintId = complaintId;
  }

  public String getAcknowledgedOn() {
    return acknowledgedOn;
  }

  public void setAcknowledgedOn(String acknowledgedOn) {
    this.acknowledgedOn = acknowledgedOn;
  }

  public String getSearchCamera() {
    return searchCamera;
  }

  public void setSearchCamera(String searchCamera) {
    this.searchCamera = searchCamera;
  }

  public String getSearchWearer() {
    return searchWearer;
  }

  public void setSearchWearer(String searchWearer) {
    this.searchWearer = searchWearer;
  }

  public String getSearchArea() {
    return searchArea;
  }

  public void setSearchArea(String searchArea) {
    this.searchArea = searchArea;
  }

  public String getSearchFrom() {
    if (searchFrom == null && getView() != null) {
      return getRequest().sought().map(w -> local(w.searchFrom())).orElse(null);
    }
    return searchFrom;
  }

  public void setSearchFrom(String searchFrom) {
    this.searchFrom = searchFrom;
  }

  public String getSearchUntil() {
    if (searchUntil == null && getView() != null) {
      return getRequest().sought().map(w -> local(w.searchUntil())).orElse(null);
    }
    return searchUntil;
  }

  public void setSearchUntil(String searchUntil) {
    this.searchUntil = searchUntil;
  }

  public String getReviewAskedOn() {
    return reviewAskedOn;
  }

  public void setReviewAskedOn(String reviewAskedOn) {
    this.reviewAskedOn = reviewAskedOn;
  }

  public String getReviewDoneOn() {
    return reviewDoneOn;
  }

  public void setReviewDoneOn(String reviewDoneOn) {
    this.reviewDoneOn = reviewDoneOn;
  }

  public String getReviewResult() {
    return reviewResult;
  }

  public void setReviewResult(String reviewResult) {
    this.reviewResult = reviewResult;
  }

  public String getDocumentKind() {
    return documentKind;
  }

  public void setDocumentKind(String documentKind) {
    this.documentKind = documentKind;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public void reviewAsked() throws IOException {
    act(
        "reviewAsk",
        () -> requests.reviewAsked(id, reviewAskedOn, address()),
        "Internal review recorded: it is on the queue until it is done.");
  }

  public void reviewDone() throws IOException {
    act(
        "reviewDone",
        () -> requests.reviewDone(id, reviewDoneOn, reviewResult, address()),
        "Internal review done.");
  }

  /** The day an internal review under way is due by, in words; null if none is. */
  public String getReviewDue() {
    LocalDate due = getView().reviewDue();
    return due == null ? null : Formats.weekdayAndDate(due);
  }

  public void logComplaint() throws IOException {
    act(
        "complaint",
        () -> requests.logComplaint(id, complaintReceived, complaintAbout, address()),
        "Complaint logged: acknowledge it within 30 days.");
  }

  public void acknowledgeComplaint() throws IOException {
    act(
        "acknowledge",
        () -> {
          long complaint;
          try {
            complaint = Long.parseLong(complaintId == null ? "" : complaintId.strip());
          } catch (NumberFormatException e) {
            throw new InvalidInput("complaintId", "Choose the complaint.");
          }
          return requests.acknowledgeComplaint(id, complaint, acknowledgedOn, address());
        },
        "Acknowledgement recorded.");
  }

  /** The complaints not yet acknowledged, for the acknowledgement form. */
  public List<RequestComplaint> getWaitingComplaints() {
    return getView().complaints().stream().filter(c -> !c.isAcknowledged()).toList();
  }

  /** Produces a signed letter of the kind chosen and keeps it with the request. */
  public void produceLetter() throws IOException {
    act(
        "letter",
        () -> {
          LetterKind kind;
          try {
            kind = LetterKind.valueOf(letterKind == null ? "" : letterKind);
          } catch (IllegalArgumentException e) {
            throw new InvalidInput("letterKind", "Choose the letter.");
          }
          return letterProduction.produce(id, kind, address());
        },
        "Letter produced: download it below to send.");
  }

  /** Makes the Schedule 2 record of a third party's request. */
  public void recordSchedule2() throws IOException {
    act(
        "schedule2",
        () ->
            requests.recordSchedule2(
                id, requesterRank, authoriserName, authoriserRank, purpose, whyNeeded, address()),
        "Schedule 2 record kept.");
  }

  /**
   * Decides and replies, closing the request, and produces the reply letter. If the letter cannot
   * be signed now the decision stands, and the letter can be produced from the page later.
   */
  public void reply() throws IOException {
    act(
        "reply",
        () -> {
          requests.reply(
              id, outcome, outcomeReason, publicInterest, thirdParties, sentHow, address());
          return letterProduction.produce(id, LetterKind.REPLY, address());
        },
        "Reply recorded and the request closed. Download the reply letter below to send.");
  }

  public List<RequestLetter> getLetters() {
    if (letters == null) {
      letters = requests.letters(requestId());
    }
    return letters;
  }

  public List<LetterKind> getLetterKinds() {
    return List.of(LetterKind.values());
  }

  public List<Outcome> getOutcomes() {
    return Outcome.forKind(getRequest().getKind());
  }

  public List<Delivery> getDeliveries() {
    return List.of(Delivery.values());
  }

  public List<PoliceRank> getRanks() {
    return List.of(PoliceRank.values());
  }

  public boolean isThirdParty() {
    return getRequest().getKind() == RequestKind.THIRD_PARTY;
  }

  /** The request made of this one, or it of: its reference and id. */
  public FootageRequest getLinked() {
    Long linked = getRequest().getLinkedRequestId();
    return linked == null ? null : requests.reopen(linked).request();
  }

  /** Whether the request's holds may be released now: its window has passed. */
  public boolean isWindowPassed() {
    return getView().holdsMayBeReleasedOn(today());
  }

  public void releaseHolds() throws IOException {
    act("release", () -> requests.releaseHolds(id, address()), "The request's holds are released.");
  }

  public void close() throws IOException {
    act("close", () -> requests.close(id, address()), "Request closed.");
  }

  private void act(String form, Supplier<?> action, String done) throws IOException {
    messages.act(form, action, done, "/requests/request.xhtml?id=" + id);
  }

  /** "Due by Tuesday 5 January 2027 (29 days left)", "Clock stopped since ...", and so on. */
  public String getDeadlineText() {
    Deadline d = getView().deadline();
    if (getRequest().isClosed()) {
      return "Closed on " + Formats.date(getRequest().getClosedOn());
    }
    return switch (d.state()) {
      case RUNNING -> {
        long left = java.time.temporal.ChronoUnit.DAYS.between(today(), d.due());
        yield "Due by "
            + Formats.weekdayAndDate(d.due())
            + " ("
            + (left < 0
                ? Plural.of(-left, "day") + " overdue"
                : left == 0 ? "due today" : Plural.of(left, "day") + " left")
            + ")";
      }
      case PAUSED ->
          "Clock stopped since "
              + Formats.weekdayAndDate(d.since())
              + ", with "
              + Plural.of(d.left(), "day")
              + " left when it stopped";
      case WAITING -> "Waiting for proof of identity: no deadline until it arrives";
    };
  }

  /** The rule the deadline follows, in a few words. */
  public String getRule() {
    return switch (getRequest().getKind()) {
      case SUBJECT_ACCESS ->
          getRequest().getExtendedBecause() != null
              ? "Three months (extended), on a working day in England and Wales"
              : "One month, on a working day in England and Wales (UK GDPR Art. 12(3))";
      case FOI -> "Twenty UK working days following receipt (FOIA 2000 s.10)";
      case THIRD_PARTY -> "The council's target: ten working days in England and Wales";
    };
  }

  public boolean isSubjectAccess() {
    return getRequest().getKind() == RequestKind.SUBJECT_ACCESS;
  }

  public boolean isFoi() {
    return getRequest().getKind() == RequestKind.FOI;
  }

  public boolean isWaiting() {
    return getView().deadline().state() == Deadline.State.WAITING;
  }

  public boolean isPaused() {
    return getView().deadline().state() == Deadline.State.PAUSED;
  }

  public boolean isMayExtend() {
    return getView().mayBeExtended();
  }

  public List<Pause> getPauses() {
    return getRequest().pauseList();
  }

  public List<Verdict> getVerdicts() {
    return List.of(Verdict.values());
  }

  /** The request's history, newest first, as the page lists it. */
  public List<AuditEvent> getHistory() {
    List<AuditEvent> newestFirst = new java.util.ArrayList<>(getView().history());
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  public String label(AuditEvent e) {
    return AuditAction.labelOf(e.getAction());
  }

  public String day(LocalDate d) {
    return d == null ? "" : Formats.weekdayAndDate(d);
  }

  public String moment(java.time.Instant t) {
    return Formats.moment(t);
  }

  public String time(java.time.Instant t) {
    return Formats.dateTime(t);
  }

  /** Whether a form was just refused, so that its section shows open with the errors. */
  public boolean rejected(String form) {
    var ids = faces.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String clientId = ids.next();
      if (clientId != null && clientId.startsWith(form + ":")) {
        return true;
      }
    }
    return false;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(CouncilTime.ZONE));
  }

  String address() {
    return ClientAddress.of(faces);
  }

  public Long getId() {
    return requestId();
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getIdentityArrived() {
    return identityArrived;
  }

  public void setIdentityArrived(String identityArrived) {
    this.identityArrived = identityArrived;
  }

  public String getPauseFrom() {
    return pauseFrom;
  }

  public void setPauseFrom(String pauseFrom) {
    this.pauseFrom = pauseFrom;
  }

  public String getPauseAsked() {
    return pauseAsked;
  }

  public void setPauseAsked(String pauseAsked) {
    this.pauseAsked = pauseAsked;
  }

  public String getResumeOn() {
    return resumeOn;
  }

  public void setResumeOn(String resumeOn) {
    this.resumeOn = resumeOn;
  }

  public String getExtendReason() {
    return extendReason;
  }

  public void setExtendReason(String extendReason) {
    this.extendReason = extendReason;
  }

  public String getExtendTo() {
    return extendTo;
  }

  public void setExtendTo(String extendTo) {
    this.extendTo = extendTo;
  }

  public String getClarifiedOn() {
    return clarifiedOn;
  }

  public void setClarifiedOn(String clarifiedOn) {
    this.clarifiedOn = clarifiedOn;
  }

  public String getRecordingId() {
    return recordingId;
  }

  public void setRecordingId(String recordingId) {
    this.recordingId = recordingId;
  }

  public String getMarkRecording() {
    return markRecording;
  }

  public void setMarkRecording(String markRecording) {
    this.markRecording = markRecording;
  }

  public String getVerdict() {
    return verdict;
  }

  public void setVerdict(String verdict) {
    this.verdict = verdict;
  }

  public String getVerdictReason() {
    return verdictReason;
  }

  public void setVerdictReason(String verdictReason) {
    this.verdictReason = verdictReason;
  }
}
