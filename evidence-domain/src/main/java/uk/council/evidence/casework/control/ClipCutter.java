package uk.council.evidence.casework.control;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import uk.council.evidence.casework.entity.ClipRange;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.MediaTools;
import uk.council.evidence.footage.control.Staged;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * Cuts a clip from an original recording for a disclosure package: a new file, stored under the
 * footage store's {@code clips/} by its own SHA-256. The original is only read; it stays read-only
 * and unchanged. The clip is copied without re-encoding, so it begins at the keyframe at or before
 * the requested start, and the result says where it really begins and ends.
 */
public class ClipCutter {

  private final FootageStore store;
  private final MediaTools tools;

  public ClipCutter(FootageStore store, MediaTools tools) {
    this.store = Objects.requireNonNull(store, "store");
    this.tools = Objects.requireNonNull(tools, "tools");
  }

  /**
   * A clip cut and stored.
   *
   * @param clip the clip's own SHA-256, under which the store keeps it ({@link FootageStore#clip})
   * @param sizeBytes the clip's length in bytes
   * @param actualStart where in the recording the clip's first picture is: the keyframe at or
   *     before the requested start
   * @param actualEnd where in the recording the clip's last picture or sound ends
   * @param requested the range that was asked for
   */
  public record Cut(
      StorageKey clip,
      long sizeBytes,
      Duration actualStart,
      Duration actualEnd,
      ClipRange requested) {}

  /**
   * Cuts {@code range} of the original into a new clip. Cutting the same range again gives the same
   * bytes, so it finds the clip already stored. On any failure nothing is left behind: no work
   * file, no clip.
   *
   * @throws InvalidInput if the original is not stored, or the range does not lie within it
   * @throws uk.council.evidence.footage.entity.UnplayableVideo if the original is not a video
   *     ffmpeg can read, or the cut holds no video
   * @throws uk.council.evidence.footage.entity.StorageFailure if the clip cannot be stored
   */
  public Cut cut(StorageKey original, ClipRange range) {
    if (!store.exists(original)) {
      throw new InvalidInput(
          "There is no stored file for recording "
              + original
              + " to cut a clip from; it may have been deleted.");
    }
    Path source = store.original(original);
    MediaInfo media = tools.probe(source);
    Duration length = media.duration();
    if (range.start().compareTo(length) >= 0) {
      throw new InvalidInput(
          "clipStart",
          "The clip must start before the recording ends, at " + ClipRange.format(length) + ".");
    }
    if (range.end().compareTo(length) > 0) {
      throw new InvalidInput(
          "clipEnd",
          "The clip cannot end after the recording does, at " + ClipRange.format(length) + ".");
    }
    Path work = store.scratchFile(".mp4");
    boolean stored = false;
    try {
      MediaTools.Span span = tools.cut(source, range.start(), range.end(), work);
      Staged staged = store.stageScratch(work);
      StorageKey clip = store.commitClip(staged);
      stored = true;
      return new Cut(clip, staged.size(), span.start(), span.end(), range);
    } finally {
      if (!stored) {
        store.discardScratch(work);
      }
    }
  }
}
