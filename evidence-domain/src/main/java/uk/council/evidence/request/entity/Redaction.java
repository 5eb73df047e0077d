package uk.council.evidence.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * The redaction of one recording found for a request: its tracks and what to do with each, the
 * stretches where the whole picture is blurred or the sound muted, whether everything but the
 * requester is blurred, and the redacted copy made from it.
 *
 * <p>Its rules: the plan changes only before a copy is made from it or by starting again, and every
 * change asks for the preview to be watched again; a copy is made only after the whole preview of
 * the plan as it is was watched; a copy may be disclosed only once someone has watched the whole of
 * it, and only while the plan is the one it was made from.
 */
@Entity
@Table(name = "redaction")
public class Redaction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", updatable = false)
  private long requestId;

  @Column(name = "recording_id", updatable = false)
  private long recordingId;

  @Column(name = "started_by", updatable = false)
  private String startedBy;

  @Column(name = "started_at", updatable = false)
  private Instant startedAt;

  private String tracks = "[]";

  @Column(name = "whole_picture")
  private String wholePicture = "[]";

  private String muted = "[]";

  private boolean inverse;

  @Column(name = "faces_found_at")
  private Instant facesFoundAt;

  @Column(name = "plan_changed_at")
  private Instant planChangedAt;

  @Column(name = "preview_watched_by")
  private String previewWatchedBy;

  @Column(name = "preview_watched_at")
  private Instant previewWatchedAt;

  @Column(name = "copy_sha256")
  private String copySha256;

  @Column(name = "copy_size_bytes")
  private Long copySizeBytes;

  @Column(name = "copy_made_by")
  private String copyMadeBy;

  @Column(name = "copy_made_at")
  private Instant copyMadeAt;

  @Column(name = "copy_plan")
  private String copyPlan;

  @Column(name = "copy_checked_by")
  private String copyCheckedBy;

  @Column(name = "copy_checked_at")
  private Instant copyCheckedAt;

  @Column(name = "original_reason")
  private String originalReason;

  @Column(name = "original_by")
  private String originalBy;

  @Column(name = "original_at")
  private Instant originalAt;

  @Version private long version;

  protected Redaction() {}

  public Redaction(long requestId, long recordingId, String startedBy, Instant now) {
    this.requestId = requestId;
    this.recordingId = recordingId;
    this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
    this.startedAt = now;
    this.planChangedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public long getRecordingId() {
    return recordingId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  /** When the faces were found, or empty if finding them has not finished. */
  public Optional<Instant> facesFound() {
    return Optional.ofNullable(facesFoundAt);
  }

  public List<TrackDecision> decisions() {
    return RedactionJson.tracks(tracks);
  }

  public List<RedactionPlan.Stretch> wholePicture() {
    return RedactionJson.stretches(wholePicture);
  }

  public List<RedactionPlan.Stretch> muted() {
    return RedactionJson.stretches(muted);
  }

  public boolean isInverse() {
    return inverse;
  }

  /** The tracks as the screen's script draws them, thumbnails left out. */
  public String tracksJson() {
    return RedactionJson.tracks(decisions(), false);
  }

  /** What a copy made now would hide. */
  public RedactionPlan plan() {
    List<RedactionPlan.Planned> planned = new ArrayList<>();
    for (TrackDecision d : decisions()) {
      if (d.action() != TrackAction.REMOVE) {
        planned.add(
            new RedactionPlan.Planned(d.track(), d.action() == TrackAction.BLUR, d.reason()));
      }
    }
    return new RedactionPlan(planned, wholePicture(), muted(), inverse);
  }

  /** The tracks found automatically replace any found before; those drawn by hand stay. */
  public void facesFound(List<Track> found, List<String> thumbnails, Instant now) {
    List<TrackDecision> kept = new ArrayList<>();
    int number = 0;
    for (int i = 0; i < found.size(); i++) {
      kept.add(TrackDecision.found(++number, found.get(i), thumbnails.get(i)));
    }
    for (TrackDecision d : decisions()) {
      if (d.track().kind() == TrackKind.DRAWN) {
        kept.add(new TrackDecision(++number, d.track(), d.action(), d.reason(), d.thumbnail()));
      }
    }
    tracks = RedactionJson.tracks(kept, true);
    facesFoundAt = now;
    planChanged(now);
  }

  /**
   * Decides what to do with track {@code number}.
   *
   * @throws InvalidInput if there is no such track, or a blur has no reason
   */
  public void decide(int number, TrackAction action, RedactionReason reason, Instant now) {
    if (action == TrackAction.BLUR && reason == null) {
      throw new InvalidInput("reason-" + number, "Choose why track " + number + " is blurred.");
    }
    replace(number, d -> d.decided(action, reason), now);
  }

  /**
   * Puts a box drawn by hand on the recording at {@code ms}: a key moment of track {@code number}
   * (a box added or moved, between which the track moves in a straight line), or a new track if
   * {@code number} is null, blurred for {@code reason}.
   */
  public int draw(Integer number, long ms, Box box, RedactionReason reason, Instant now) {
    if (number != null) {
      replace(number, d -> d.withTrack(d.track().with(ms, box)), now);
      return number;
    }
    List<TrackDecision> all = new ArrayList<>(decisions());
    int next = all.stream().mapToInt(TrackDecision::number).max().orElse(0) + 1;
    all.add(
        new TrackDecision(
            next,
            new Track(TrackKind.DRAWN, java.util.Map.of(ms, box), DRAWN_MARGIN),
            TrackAction.BLUR,
            Objects.requireNonNullElse(reason, RedactionReason.THIRD_PARTY),
            ""));
    tracks = RedactionJson.tracks(all, true);
    planChanged(now);
    return next;
  }

  /** How long a box drawn by hand holds on either side of the moment it was drawn at. */
  public static final long DRAWN_MARGIN = 1000;

  private void replace(
      int number, java.util.function.UnaryOperator<TrackDecision> change, Instant now) {
    List<TrackDecision> all = new ArrayList<>(decisions());
    boolean found = false;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).number() == number) {
        all.set(i, change.apply(all.get(i)));
        found = true;
      }
    }
    if (!found) {
      throw new InvalidInput("track", "There is no track " + number + ".");
    }
    tracks = RedactionJson.tracks(all, true);
    planChanged(now);
  }

  /** Adds a stretch where the whole picture is blurred ({@code picture}) or the sound muted. */
  public void addStretch(boolean picture, RedactionPlan.Stretch stretch, Instant now) {
    List<RedactionPlan.Stretch> all = new ArrayList<>(picture ? wholePicture() : muted());
    all.add(stretch);
    all.sort(java.util.Comparator.comparingLong(RedactionPlan.Stretch::from));
    if (picture) {
      wholePicture = RedactionJson.stretches(all);
    } else {
      muted = RedactionJson.stretches(all);
    }
    planChanged(now);
  }

  /** Takes away the stretch at {@code index} (in time order) of the picture's or the sound's. */
  public void removeStretch(boolean picture, int index, Instant now) {
    List<RedactionPlan.Stretch> all = new ArrayList<>(picture ? wholePicture() : muted());
    if (index < 0 || index >= all.size()) {
      throw new InvalidInput("stretch", "There is no such stretch.");
    }
    all.remove(index);
    if (picture) {
      wholePicture = RedactionJson.stretches(all);
    } else {
      muted = RedactionJson.stretches(all);
    }
    planChanged(now);
  }

  /**
   * Blurs everything but the tracks kept visible, or not.
   *
   * @throws InvalidInput if no track is kept visible
   */
  public void setInverse(boolean blurAllButRequester, Instant now) {
    if (blurAllButRequester
        && decisions().stream().noneMatch(d -> d.action() == TrackAction.KEEP)) {
      throw new InvalidInput(
          "inverse", "Keep the requester's track visible before blurring everything else.");
    }
    if (inverse != blurAllButRequester) {
      inverse = blurAllButRequester;
      planChanged(now);
    }
  }

  private void planChanged(Instant now) {
    planChangedAt = now;
    previewWatchedAt = null;
    previewWatchedBy = null;
  }

  /** Someone watched the whole preview of the plan as it is. */
  public void previewWatched(String by, Instant now) {
    previewWatchedBy = by;
    previewWatchedAt = now;
  }

  /** Whether the plan has changed since {@code moment}. */
  public boolean planChangedAfter(Instant moment) {
    return planChangedAt.isAfter(moment);
  }

  /** Whether the preview of the plan as it is has been watched to the end. */
  public boolean isPreviewWatched() {
    return previewWatchedAt != null && !previewWatchedAt.isBefore(planChangedAt);
  }

  public Optional<String> previewWatchedBy() {
    return isPreviewWatched() ? Optional.of(previewWatchedBy) : Optional.empty();
  }

  /**
   * The copy was made from the plan as it is.
   *
   * @throws IllegalStateException if the preview of the plan has not been watched
   */
  public void copyMade(String sha256, long sizeBytes, String by, Instant now) {
    if (!isPreviewWatched()) {
      throw new IllegalStateException("The preview of this plan has not been watched to the end");
    }
    copySha256 = sha256;
    copySizeBytes = sizeBytes;
    copyMadeBy = by;
    copyMadeAt = now;
    // The whole plan the copy was made from: its tracks, stretches and whether all but the
    // requester was blurred, as the redaction kept them then.
    copyPlan =
        "{\"tracks\": "
            + RedactionJson.tracks(decisions(), false)
            + ", \"wholePicture\": "
            + wholePicture
            + ", \"muted\": "
            + muted
            + ", \"inverse\": "
            + inverse
            + "}";
    copyCheckedBy = null;
    copyCheckedAt = null;
  }

  /** Someone watched the whole of the copy. */
  public void copyChecked(String by, Instant now) {
    if (copySha256 == null) {
      throw new IllegalStateException("There is no copy to check");
    }
    copyCheckedBy = by;
    copyCheckedAt = now;
  }

  public Optional<String> copySha256() {
    return Optional.ofNullable(copySha256);
  }

  public Optional<Long> copySizeBytes() {
    return Optional.ofNullable(copySizeBytes);
  }

  public Optional<Instant> copyMadeAt() {
    return Optional.ofNullable(copyMadeAt);
  }

  public String getCopyMadeBy() {
    return copyMadeBy;
  }

  public Optional<Instant> copyCheckedAt() {
    return Optional.ofNullable(copyCheckedAt);
  }

  public String getCopyCheckedBy() {
    return copyCheckedBy;
  }

  /** Whether the copy was made from the plan as it is now. */
  public boolean copyIsCurrent() {
    return copyMadeAt != null && !copyMadeAt.isBefore(planChangedAt);
  }

  /** Whether the copy may go into a disclosure package: current, and watched to the end. */
  public boolean isReadyToDisclose() {
    return copyIsCurrent() && copyCheckedAt != null;
  }

  /** The longest reason for disclosing the original unredacted. */
  public static final int LONGEST_REASON = 500;

  /**
   * Decides to disclose the original without redaction, for {@code reason}; a blank reason takes
   * the decision back.
   *
   * @throws InvalidInput if the reason is too long
   */
  public void discloseOriginal(String reason, String by, Instant now) {
    String r = reason == null ? "" : reason.strip();
    if (r.length() > LONGEST_REASON) {
      throw new InvalidInput(
          "originalReason", "Give the reason in at most " + LONGEST_REASON + " characters.");
    }
    originalReason = r.isEmpty() ? null : r;
    originalBy = r.isEmpty() ? null : by;
    originalAt = r.isEmpty() ? null : now;
  }

  /** Why the original is disclosed unredacted, if that was decided. */
  public Optional<String> originalReason() {
    return Optional.ofNullable(originalReason);
  }

  public String getOriginalBy() {
    return originalBy;
  }

  /**
   * What the copy hides, a line each, as the disclosure's statement gives it: every track blurred
   * or kept, every stretch, and the inverse mask.
   */
  public List<String> hides() {
    List<String> lines = new ArrayList<>();
    for (TrackDecision d : decisions()) {
      String what =
          "Track "
              + d.number()
              + " ("
              + d.track().kind().title().toLowerCase(java.util.Locale.UK)
              + ", "
              + time(d.track().start())
              + " to "
              + time(d.track().end())
              + ")";
      switch (d.action()) {
        case BLUR ->
            lines.add(what + " blurred: " + d.reason().title().toLowerCase(java.util.Locale.UK));
        case KEEP -> lines.add(what + " kept visible: the requester");
        case REMOVE -> {
          // Not something to blur: nothing of it is in the copy's making.
        }
      }
    }
    if (inverse) {
      lines.add("Everything but the tracks kept visible blurred throughout");
    }
    for (RedactionPlan.Stretch st : wholePicture()) {
      lines.add(
          "Whole picture blurred from "
              + time(st.from())
              + " to "
              + time(st.to())
              + ": "
              + st.reason().title().toLowerCase(java.util.Locale.UK));
    }
    for (RedactionPlan.Stretch st : muted()) {
      lines.add(
          (st.bleep() ? "Sound replaced by a tone from " : "Sound muted from ")
              + time(st.from())
              + " to "
              + time(st.to())
              + ": "
              + st.reason().title().toLowerCase(java.util.Locale.UK));
    }
    return lines;
  }

  private static String time(long ms) {
    return uk.council.evidence.casework.entity.ClipRange.format(java.time.Duration.ofMillis(ms));
  }
}
