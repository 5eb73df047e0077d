package uk.council.evidence.web.footage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.entity.FootageNotVisible;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.footage.entity.RecordingView;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.StaffMember;
import uk.council.evidence.web.shell.Messages;

/**
 * One recording: player, details, chain of custody, notes, and attributing unattributed footage.
 */
@Named("recording")
@RequestScoped
public class RecordingBacking {

  @Inject FootageLibrary library;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private Long id;
  private RecordingView view;
  private String note;
  private Long wearerId;
  private String reason;

  /** A fresh token per showing of the player: its first request is audited as one play. */
  private final String playback = UUID.randomUUID().toString();

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
      library.addNote(id, note, address());
    } catch (InvalidInput e) {
      messages.reject("notes", e);
      return;
    }
    messages.notice("Note added.");
    reload();
  }

  public void attribute() throws IOException {
    try {
      Recording r = library.attribute(id, wearerId, reason, address());
      messages.notice(
          "Recording attributed to " + r.getWearer().map(StaffMember::getDisplayName).get() + ".");
    } catch (InvalidInput e) {
      messages.reject("attribution", e);
      return;
    }
    reload();
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
      view = faces.isPostback() ? library.reopen(id) : library.open(id, address());
    }
    return view;
  }

  public String getPlayUrl() {
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
    return Formats.countdown(getRec().getDeletionDueAt(), clock.instant());
  }

  public String time(java.time.Instant instant) {
    return Formats.dateTime(instant);
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
    return e.getAction().replace('_', ' ').toLowerCase();
  }

  private Long posted() {
    String posted = faces.getExternalContext().getRequestParameterMap().get("recordingId");
    try {
      return posted == null ? null : Long.valueOf(posted);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String address() {
    return ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
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
