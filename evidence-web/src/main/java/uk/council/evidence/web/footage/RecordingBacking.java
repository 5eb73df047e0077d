package uk.council.evidence.web.footage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.casework.boundary.Cases;
import uk.council.evidence.casework.entity.Flagged;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.entity.FootageNotVisible;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.footage.entity.RecordingView;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.retention.boundary.Holds;
import uk.council.evidence.retention.boundary.RetentionPolicy;
import uk.council.evidence.retention.entity.Hold;
import uk.council.evidence.retention.entity.HoldKind;
import uk.council.evidence.retention.entity.HoldsSeen;
import uk.council.evidence.retention.entity.RetentionCategory;
import uk.council.evidence.staff.entity.StaffMember;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;
import uk.council.evidence.web.shell.Posted;

/**
 * One recording: player, details, chain of custody, notes, and attributing unattributed footage.
 */
@Named("recording")
@RequestScoped
public class RecordingBacking {

  @Inject FootageLibrary library;
  @Inject Holds holdsService;
  @Inject Cases cases;
  @Inject RetentionPolicy policy;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private Long id;
  private RecordingView view;
  private String note;
  private Long wearerId;
  private String reason;
  private String holdKind;
  private String holdReference;
  private String holdReason;
  private Long releaseHoldId;
  private String releaseReason;
  private HoldsSeen holds;
  private List<HoldKind> holdKinds;
  private List<RetentionCategory> categories;
  private String category;
  private List<Flagged> exhibits;

  @Inject PlayTokens tokens;

  /** The token of this showing of the player, issued when the page asks for the player's URL. */
  private String playback;

  /** Opens the recording (audited), or answers 404 if this person may not see it. */
  public void load() throws IOException {
    if (id == null) {
      faces.getExternalContext().responseSendError(404, "No recording given.");
      faces.responseComplete();
      return;
    }
    try {
      getView();
    } catch (FootageNotVisible e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
    }
  }

  public void addNote() throws IOException {
    try {
      library.addNote(id, note, ClientAddress.of(faces));
    } catch (InvalidInput e) {
      messages.reject("notes", e);
      return;
    }
    messages.notice("Note added.");
    reload();
  }

  public void attribute() throws IOException {
    try {
      Recording r = library.attribute(id, wearerId, reason, ClientAddress.of(faces));
      messages.notice(
          "Recording attributed to " + r.getWearer().map(StaffMember::getDisplayName).get() + ".");
    } catch (InvalidInput e) {
      messages.reject("attribution", e);
      return;
    }
    reload();
  }

  public void placeHold() throws IOException {
    try {
      HoldKind kind = holdKind == null || holdKind.isBlank() ? null : HoldKind.valueOf(holdKind);
      Hold hold = holdsService.place(id, kind, holdReference, holdReason, ClientAddress.of(faces));
      messages.notice(hold.getKind().title() + " hold placed (" + hold.getReference() + ").");
    } catch (InvalidInput e) {
      messages.reject("hold", e);
      return;
    } catch (FootageNotVisible e) {
      messages.reject("hold", new InvalidInput("kind", e.getMessage()));
      return;
    }
    reload();
  }

  public void releaseHold() throws IOException {
    if (releaseHoldId == null) {
      messages.reject("release", new InvalidInput("holdId", "Choose the hold to release."));
      return;
    }
    try {
      Hold hold = holdsService.release(releaseHoldId, releaseReason, ClientAddress.of(faces));
      messages.notice(hold.getKind().title() + " hold " + hold.getReference() + " released.");
    } catch (InvalidInput e) {
      messages.reject("release", e);
      return;
    } catch (FootageNotVisible e) {
      messages.reject("release", new InvalidInput("holdId", e.getMessage()));
      return;
    }
    reload();
  }

  public void categorise() throws IOException {
    try {
      Recording r = policy.categorise(id, category, ClientAddress.of(faces));
      messages.notice(
          "Moved to "
              + getCategoryName(r.getRetentionCategory())
              + "; due "
              + time(r.getDeletionDueAt())
              + ".");
    } catch (InvalidInput e) {
      messages.reject("categorise", e);
      return;
    } catch (FootageNotVisible e) {
      messages.reject("categorise", new InvalidInput("category", e.getMessage()));
      return;
    }
    reload();
  }

  public List<RetentionCategory> getCategories() {
    if (categories == null) {
      categories = policy.categories();
    }
    return categories;
  }

  private RetentionCategory categoryOf(String code) {
    return getCategories().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
  }

  private String getCategoryName(String code) {
    return categoryOf(code).getName();
  }

  public String getCategoryName() {
    return getCategoryName(getRec().getRetentionCategory());
  }

  public int getCategoryDays() {
    return categoryOf(getRec().getRetentionCategory()).getPeriodDays();
  }

  /** The category chosen in the form; the recording's own until then. */
  public String getCategory() {
    return category != null || getRec() == null ? category : getRec().getRetentionCategory();
  }

  public void setCategory(String category) {
    this.category = category;
  }

  /** The recording's holds as this person may see them: their details, or only that it is kept. */
  private HoldsSeen seen() {
    if (holds == null) {
      holds = getView() == null ? new HoldsSeen(false, false, List.of()) : holdsService.of(id);
    }
    return holds;
  }

  /** Every hold on the recording, newest first, if this person may see them. */
  public List<Hold> getHolds() {
    return seen().holds();
  }

  public List<Hold> getActiveHolds() {
    Instant now = clock.instant();
    return getHolds().stream().filter(h -> h.isActiveAt(now)).toList();
  }

  /** The active holds this person may release. */
  public List<Hold> getReleasable() {
    var kinds = getHoldKinds();
    return getActiveHolds().stream().filter(h -> kinds.contains(h.getKind())).toList();
  }

  /**
   * Whether this person sees what the holds are. A wearer sees only that their footage is kept: a
   * hold may be for a complaint about them.
   */
  public boolean isSeesHoldDetails() {
    return seen().details();
  }

  /** The cases this recording is in as an exhibit, that this person may see. */
  public List<Flagged> getExhibits() {
    if (exhibits == null) {
      exhibits = getView() == null ? List.of() : cases.exhibitsOfRecording(id);
    }
    return exhibits;
  }

  /**
   * Whether this person may flag the recording as evidence: an evidence officer, or the wearer and
   * their supervisor for their own (or their team's) footage.
   */
  public boolean isMayFlag() {
    return getView() != null && getView().mayFlag();
  }

  public boolean isHeld() {
    return seen().kept();
  }

  public List<HoldKind> getHoldKinds() {
    if (holdKinds == null) {
      holdKinds = holdsService.kindsICanPlace();
    }
    return holdKinds;
  }

  /** What a hold's status reads as: active, lapsing, lapsed or released. */
  public String holdStatus(Hold h) {
    Instant now = clock.instant();
    if (h.getReleasedAt().isPresent()) {
      return "Released by "
          + h.getReleasedBy()
          + ", "
          + Formats.dateTime(h.getReleasedAt().get())
          + ": "
          + h.getReleaseReason();
    }
    if (h.getExpiresAt().isPresent()) {
      Instant lapses = h.getExpiresAt().get();
      return (lapses.isAfter(now) ? "Active until " : "Lapsed ") + Formats.dateTime(lapses);
    }
    return "Active";
  }

  private void reload() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + "/footage/recording.xhtml?id=" + id);
  }

  public Recording getRec() {
    return getView() == null ? null : view.recording();
  }

  /**
   * The recording, read once per request. Opening the page is audited as a view; a form posted from
   * it reads the recording again without a second view event.
   */
  public RecordingView getView() {
    if (id == null) {
      // A form posted from the page carries the id in a hidden field: the view parameter is set
      // only after the forms are decoded, and a form that is not rendered then is not decoded.
      id = posted();
    }
    if (view == null && id != null) {
      view = faces.isPostback() ? library.reopen(id) : library.open(id, ClientAddress.of(faces));
    }
    return view;
  }

  public String getPlayUrl() {
    if (playback == null) {
      playback = tokens.issue(id, clock.instant());
    }
    return faces.getExternalContext().getRequestContextPath()
        + "/footage/media?id="
        + id
        + "&play="
        + playback;
  }

  public String getDownloadUrl() {
    return faces.getExternalContext().getRequestContextPath()
        + "/footage/media?id="
        + id
        + "&download=true";
  }

  public String getCountdown() {
    if (isHeld()) {
      return isSeesHoldDetails()
          ? "Kept: " + Plural.of(getActiveHolds().size(), "active hold")
          : "Kept: held for a reason";
    }
    return Formats.countdown(getRec().getDeletionDueAt(), clock.instant());
  }

  public String time(java.time.Instant instant) {
    return Formats.dateTime(instant);
  }

  /** To the second: when footage was recorded, and each event of its chain of custody. */
  public String moment(java.time.Instant instant) {
    return Formats.moment(instant);
  }

  public String getSize() {
    return Formats.size(getRec().getSizeBytes()) + " (" + getRec().getSizeBytes() + " bytes)";
  }

  public String getLength() {
    return getRec().getMedia().map(m -> Formats.duration(m.duration())).orElse("Not probed");
  }

  public List<StaffMember> getPossibleWearers() {
    return getView() != null && view.mayAttribute() ? library.possibleWearers(id) : List.of();
  }

  public String actionName(AuditEvent e) {
    return AuditAction.labelOf(e.getAction());
  }

  private Long posted() {
    return Posted.number(faces, "recordingId");
  }

  public String getHoldKind() {
    return holdKind;
  }

  public void setHoldKind(String holdKind) {
    this.holdKind = holdKind;
  }

  public String getHoldReference() {
    return holdReference;
  }

  public void setHoldReference(String holdReference) {
    this.holdReference = holdReference;
  }

  public String getHoldReason() {
    return holdReason;
  }

  public void setHoldReason(String holdReason) {
    this.holdReason = holdReason;
  }

  public Long getReleaseHoldId() {
    return releaseHoldId;
  }

  public void setReleaseHoldId(Long releaseHoldId) {
    this.releaseHoldId = releaseHoldId;
  }

  public String getReleaseReason() {
    return releaseReason;
  }

  public void setReleaseReason(String releaseReason) {
    this.releaseReason = releaseReason;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getWearerId() {
    return wearerId;
  }

  public void setWearerId(Long wearerId) {
    this.wearerId = wearerId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
