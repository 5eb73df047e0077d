package uk.council.evidence.request.entity;

import java.util.Objects;

/**
 * A track of a redaction, numbered for the screen, with what is to be done with it and why.
 *
 * @param reason why it is blurred; null unless {@code action} is {@link TrackAction#BLUR}
 * @param thumbnail a small JPEG of it, base64, for the screen; may be empty
 */
public record TrackDecision(
    int number, Track track, TrackAction action, RedactionReason reason, String thumbnail) {

  public TrackDecision {
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(action, "action");
    if (action == TrackAction.BLUR) {
      Objects.requireNonNull(reason, "A blurred track needs its reason");
    } else {
      reason = null;
    }
    thumbnail = thumbnail == null ? "" : thumbnail;
  }

  /** As blurred for another person: what every face found starts as, until someone decides. */
  public static TrackDecision found(int number, Track track, String thumbnail) {
    return new TrackDecision(
        number,
        track,
        TrackAction.BLUR,
        track.kind() == TrackKind.PLATE ? RedactionReason.VEHICLE : RedactionReason.THIRD_PARTY,
        thumbnail);
  }

  public TrackDecision decided(TrackAction newAction, RedactionReason newReason) {
    return new TrackDecision(number, track, newAction, newReason, thumbnail);
  }

  public TrackDecision withTrack(Track changed) {
    return new TrackDecision(number, changed, action, reason, thumbnail);
  }
}
