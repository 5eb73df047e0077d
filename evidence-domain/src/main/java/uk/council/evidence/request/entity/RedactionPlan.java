package uk.council.evidence.request.entity;

import java.util.List;
import java.util.Objects;

/**
 * What a redacted copy hides: tracks to blur (or, for the requester, to keep visible), stretches
 * where the whole picture is blurred, stretches where the sound is muted, and whether everything
 * but the kept tracks is blurred (the inverse mask, for crowded scenes). Every blur and mute has a
 * reason, which the disclosure statement gives.
 */
public record RedactionPlan(
    List<Planned> tracks, List<Stretch> wholePicture, List<Stretch> muted, boolean inverse) {

  public RedactionPlan {
    tracks = List.copyOf(tracks);
    wholePicture = List.copyOf(wholePicture);
    muted = List.copyOf(muted);
    if (inverse && tracks.stream().noneMatch(t -> !t.blurred())) {
      throw new IllegalArgumentException(
          "Blurring everything but the requester needs the requester's track kept visible");
    }
  }

  /**
   * A track and what to do with it.
   *
   * @param blurred false for a track kept visible (the requester's)
   * @param reason why it is blurred; null for one kept visible
   */
  public record Planned(Track track, boolean blurred, RedactionReason reason) {
    public Planned {
      Objects.requireNonNull(track, "track");
      if (blurred) {
        Objects.requireNonNull(reason, "A blurred track needs its reason");
      }
    }
  }

  /**
   * From {@code from} to {@code to} milliseconds of the recording, for {@code reason}.
   *
   * @param bleep for a stretch of sound, whether a tone replaces it rather than silence
   */
  public record Stretch(long from, long to, RedactionReason reason, boolean bleep) {
    public Stretch {
      if (from < 0 || to <= from) {
        throw new IllegalArgumentException("A stretch ends after it starts: " + from + "-" + to);
      }
      Objects.requireNonNull(reason, "A stretch needs its reason");
    }

    /** A stretch of blurred picture, or of silence. */
    public Stretch(long from, long to, RedactionReason reason) {
      this(from, to, reason, false);
    }

    public boolean contains(long ms) {
      return ms >= from && ms < to;
    }
  }

  /** Whether the whole picture is blurred at {@code ms}. */
  public boolean wholePictureAt(long ms) {
    return wholePicture.stream().anyMatch(s -> s.contains(ms));
  }
}
