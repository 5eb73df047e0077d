package uk.council.evidence.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.council.evidence.casework.entity.ClipRange;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.platform.entity.JobStatus;
import uk.council.evidence.request.boundary.Redactions;
import uk.council.evidence.request.entity.Box;
import uk.council.evidence.request.entity.Redaction;
import uk.council.evidence.request.entity.RedactionJob;
import uk.council.evidence.request.entity.RedactionPlan;
import uk.council.evidence.request.entity.RedactionReason;
import uk.council.evidence.request.entity.RequestNotVisible;
import uk.council.evidence.request.entity.TrackAction;
import uk.council.evidence.request.entity.TrackDecision;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.footage.PlayTokens;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;

/**
 * The redaction page of a recording found for a request: finding faces, deciding each track,
 * drawing boxes, blurring or muting stretches, the preview and the copy. Every form posts back to
 * the page; a refused one keeps what was typed and names what is wrong. The boundary decides who
 * may, and audits.
 */
@Named("redaction")
@RequestScoped
public class RedactionBacking {

  @Inject Redactions redactions;
  @Inject PlayTokens tokens;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private Long requestId;
  private Long recordingId;
  private Redactions.View view;
  private String playUrl;

  private String drawnAt;
  private String boxX;
  private String boxY;
  private String boxWidth;
  private String boxHeight;
  private String drawTrack;
  private String drawReason;
  private String stretchFrom;
  private String stretchTo;
  private String stretchReason;
  private String stretchKind;
  private boolean inverse;
  private String originalReason;

  /** Opens the page, or answers 404 if this person may not redact this recording. */
  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    try {
      if (ids() && getView() != null) {
        inverse = getRedaction() != null && getRedaction().isInverse();
        return;
      }
    } catch (RequestNotVisible e) {
      // 404 below.
    }
    faces.getExternalContext().responseSendError(404, "No such recording to redact");
    faces.responseComplete();
  }

  private boolean ids() {
    Map<String, String> p = faces.getExternalContext().getRequestParameterMap();
    try {
      if (requestId == null && p.get("request") != null) {
        requestId = Long.valueOf(p.get("request").strip());
      }
      if (recordingId == null && p.get("recording") != null) {
        recordingId = Long.valueOf(p.get("recording").strip());
      }
    } catch (NumberFormatException e) {
      return false;
    }
    return requestId != null && recordingId != null;
  }

  public Redactions.View getView() {
    if (view == null && ids()) {
      view = redactions.of(requestId, recordingId, address());
    }
    return view;
  }

  /** The redaction, or null before anyone started it. */
  public Redaction getRedaction() {
    return getView().redaction().orElse(null);
  }

  public RedactionJob getJob() {
    return getView().job().orElse(null);
  }

  /** Whether the worker is finding faces or making the copy: the page follows it. */
  public boolean isBusy() {
    return getJob() != null && getJob().isWaitingOrRunning();
  }

  public String getJobText() {
    RedactionJob job = getJob();
    if (job.status() == JobStatus.QUEUED) {
      int ahead = getView().waitingBefore().size();
      return job.kind().title()
          + ": waiting"
          + (ahead > 0 ? " behind " + ahead + (ahead == 1 ? " other job" : " other jobs") : "")
          + ".";
    }
    return job.kind().title()
        + ": "
        + job.percent()
        + "% done ("
        + ClipRange.format(Duration.ofMillis(job.doneMs()))
        + " of "
        + (job.ofMs() == null ? "?" : ClipRange.format(Duration.ofMillis(job.ofMs())))
        + ").";
  }

  public boolean isFacesFound() {
    return getRedaction() != null && getRedaction().facesFound().isPresent();
  }

  public List<TrackDecision> getTracks() {
    return getRedaction() == null ? List.of() : getRedaction().decisions();
  }

  public List<RedactionPlan.Stretch> getWholePicture() {
    return getRedaction() == null ? List.of() : getRedaction().wholePicture();
  }

  public List<RedactionPlan.Stretch> getMuted() {
    return getRedaction() == null ? List.of() : getRedaction().muted();
  }

  public RedactionReason[] getReasons() {
    return RedactionReason.values();
  }

  /** "Blur: another person", "Keep visible (the requester)", ... as the select shows them. */
  public String choice(TrackDecision d) {
    return d.action() == TrackAction.BLUR ? "BLUR_" + d.reason().name() : d.action().name();
  }

  /** The width of a track's bar in the table's timelines, which are this wide for the recording. */
  static final int TIMELINE = 200;

  /** Where a track's bar starts on its timeline, from 0 to {@link #TIMELINE}. */
  public int timelineStart(TrackDecision d) {
    return (int) Math.min(TIMELINE - 1, d.track().start() * TIMELINE / length());
  }

  /** How long a track's bar is on its timeline: at least a sliver. */
  public int timelineWidth(TrackDecision d) {
    long span = Math.min(d.track().end(), length()) - d.track().start();
    return (int) Math.max(2, Math.min(TIMELINE - timelineStart(d), span * TIMELINE / length()));
  }

  private long length() {
    return Math.max(
        1,
        getView()
            .recording()
            .getMedia()
            .map(m -> m.duration().toMillis())
            .orElse(
                java.time.Duration.between(
                        getView().recording().getRecordedStart(),
                        getView().recording().getRecordedEnd())
                    .toMillis()));
  }

  public String time(long ms) {
    return ClipRange.format(Duration.ofMillis(ms));
  }

  /** The original recording, as this session may play it. */
  public String getPlayUrl() {
    if (playUrl == null) {
      playUrl =
          faces.getExternalContext().getRequestContextPath()
              + "/footage/media?id="
              + recordingId
              + "&play="
              + tokens.issue(recordingId, clock.instant());
    }
    return playUrl;
  }

  public String getCopyUrl() {
    return faces.getExternalContext().getRequestContextPath()
        + "/requests/redacted?id="
        + getRedaction().getId();
  }

  public String moment(java.time.Instant at) {
    return Formats.dateTime(at);
  }

  // --- the forms ---

  public void findFaces() throws IOException {
    act(
        "start",
        () -> redactions.findFaces(requestId, recordingId, address()),
        "Finding faces: the page shows how far it is.");
  }

  /** Saves what to do with every track, as chosen in the table. */
  public void saveTracks() throws IOException {
    Map<String, String> p = faces.getExternalContext().getRequestParameterMap();
    act(
        "tracks",
        () -> {
          for (TrackDecision d : getTracks()) {
            String chosen = p.get("action-" + d.number());
            if (chosen == null || chosen.equals(choice(d))) {
              continue;
            }
            TrackAction action;
            RedactionReason reason = null;
            if (chosen.startsWith("BLUR_")) {
              action = TrackAction.BLUR;
              reason = RedactionReason.valueOf(chosen.substring(5));
            } else {
              action = TrackAction.valueOf(chosen);
            }
            redactions.decide(getRedaction().getId(), d.number(), action, reason, address());
          }
          return null;
        },
        "Tracks saved. Watch the preview again before the copy is made.");
  }

  public void draw() throws IOException {
    act(
        "draw",
        () -> {
          var check = new uk.council.evidence.platform.entity.InputCheck();
          Duration at = check.value(() -> ClipRange.time("drawnAt", "moment", drawnAt));
          Integer x = check.value(() -> whole("boxX", "the left edge", boxX));
          Integer y = check.value(() -> whole("boxY", "the top edge", boxY));
          Integer w = check.value(() -> whole("boxWidth", "the width", boxWidth));
          Integer h = check.value(() -> whole("boxHeight", "the height", boxHeight));
          if (w != null && w <= 0) {
            check.add("boxWidth", "Enter a width of at least one pixel.");
          }
          if (h != null && h <= 0) {
            check.add("boxHeight", "Enter a height of at least one pixel.");
          }
          check.orThrow();
          Integer track =
              drawTrack == null || drawTrack.isBlank() ? null : Integer.valueOf(drawTrack);
          RedactionReason reason =
              drawReason == null || drawReason.isBlank()
                  ? RedactionReason.THIRD_PARTY
                  : RedactionReason.valueOf(drawReason);
          return redactions.draw(
              getRedaction().getId(), track, at.toMillis(), new Box(x, y, w, h), reason, address());
        },
        "Box added.");
  }

  private static Integer whole(String field, String what, String typed) {
    try {
      return Integer.valueOf(typed == null ? "" : typed.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, "Enter " + what + " in pixels, as a whole number.");
    }
  }

  public void addStretch() throws IOException {
    boolean picture = "PICTURE".equals(stretchKind);
    boolean bleep = "BLEEP".equals(stretchKind);
    act(
        "stretch",
        () -> {
          RedactionReason reason =
              stretchReason == null || stretchReason.isBlank()
                  ? null
                  : RedactionReason.valueOf(stretchReason);
          redactions.addStretch(
              getRedaction().getId(), picture, bleep, stretchFrom, stretchTo, reason, address());
          return null;
        },
        picture
            ? "The whole picture will be blurred over that stretch."
            : bleep
                ? "A tone will replace the sound over that stretch."
                : "The sound will be muted over that stretch.");
  }

  public void removeStretch(boolean picture, int index) throws IOException {
    act(
        "stretches",
        () -> {
          redactions.removeStretch(getRedaction().getId(), picture, index, address());
          return null;
        },
        "Stretch taken away.");
  }

  public void saveInverse() throws IOException {
    act(
        "inverse",
        () -> {
          redactions.setInverse(getRedaction().getId(), inverse, address());
          return null;
        },
        inverse
            ? "Everything but the requester will be blurred."
            : "Only the tracks marked to blur will be blurred.");
  }

  /** Records why the original is disclosed without redaction; blank takes it back. */
  public void discloseOriginal() throws IOException {
    boolean taking = originalReason != null && !originalReason.isBlank();
    act(
        "original",
        () -> {
          redactions.discloseOriginal(requestId, recordingId, originalReason, address());
          return null;
        },
        taking
            ? "The original will be disclosed without redaction, for the reason given."
            : "The original will not be disclosed without redaction.");
  }

  public String getOriginalReason() {
    if (originalReason == null && getRedaction() != null && !faces.isPostback()) {
      originalReason = getRedaction().originalReason().orElse(null);
    }
    return originalReason;
  }

  public void setOriginalReason(String originalReason) {
    this.originalReason = originalReason;
  }

  public void previewWatched() throws IOException {
    act(
        "preview",
        () -> {
          redactions.previewWatched(getRedaction().getId(), address());
          return null;
        },
        "Preview watched to the end: the copy can be made.");
  }

  public void makeCopy() throws IOException {
    act(
        "copy",
        () -> {
          redactions.makeCopy(getRedaction().getId(), address());
          return null;
        },
        "Making the redacted copy: the page shows how far it is.");
  }

  public void copyChecked() throws IOException {
    act(
        "checked",
        () -> {
          redactions.copyChecked(getRedaction().getId(), address());
          return null;
        },
        "The redacted copy was watched to the end: it can be disclosed.");
  }

  private void act(String form, Supplier<?> action, String done) throws IOException {
    ids();
    messages.act(
        form,
        action,
        done,
        "/requests/redaction.xhtml?request=" + requestId + "&recording=" + recordingId);
  }

  private String address() {
    return ClientAddress.of(faces);
  }

  public Long getRequestId() {
    return requestId;
  }

  public void setRequestId(Long requestId) {
    this.requestId = requestId;
  }

  public Long getRecordingId() {
    return recordingId;
  }

  public void setRecordingId(Long recordingId) {
    this.recordingId = recordingId;
  }

  public String getDrawnAt() {
    return drawnAt;
  }

  public void setDrawnAt(String drawnAt) {
    this.drawnAt = drawnAt;
  }

  public String getBoxX() {
    return boxX;
  }

  public void setBoxX(String boxX) {
    this.boxX = boxX;
  }

  public String getBoxY() {
    return boxY;
  }

  public void setBoxY(String boxY) {
    this.boxY = boxY;
  }

  public String getBoxWidth() {
    return boxWidth;
  }

  public void setBoxWidth(String boxWidth) {
    this.boxWidth = boxWidth;
  }

  public String getBoxHeight() {
    return boxHeight;
  }

  public void setBoxHeight(String boxHeight) {
    this.boxHeight = boxHeight;
  }

  public String getDrawTrack() {
    return drawTrack;
  }

  public void setDrawTrack(String drawTrack) {
    this.drawTrack = drawTrack;
  }

  public String getDrawReason() {
    return drawReason;
  }

  public void setDrawReason(String drawReason) {
    this.drawReason = drawReason;
  }

  public String getStretchFrom() {
    return stretchFrom;
  }

  public void setStretchFrom(String stretchFrom) {
    this.stretchFrom = stretchFrom;
  }

  public String getStretchTo() {
    return stretchTo;
  }

  public void setStretchTo(String stretchTo) {
    this.stretchTo = stretchTo;
  }

  public String getStretchReason() {
    return stretchReason;
  }

  public void setStretchReason(String stretchReason) {
    this.stretchReason = stretchReason;
  }

  public String getStretchKind() {
    return stretchKind;
  }

  public void setStretchKind(String stretchKind) {
    this.stretchKind = stretchKind;
  }

  public boolean isInverse() {
    return inverse;
  }

  public void setInverse(boolean inverse) {
    this.inverse = inverse;
  }
}
