package uk.council.evidence.request.control;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import uk.council.evidence.request.entity.Detector;
import uk.council.evidence.request.entity.Picture;
import uk.council.evidence.request.entity.Track;
import uk.council.evidence.request.entity.TrackKind;
import uk.council.evidence.request.entity.Tracker;

/**
 * Finds what to blur in a recording: the detector looks at {@value #PER_SECOND} frames a second,
 * and the tracker links what it finds into tracks that coast through up to {@value #COAST} ms of
 * misses. Between two samples a track's box moves in a straight line; it holds its first and last
 * box for {@value #MARGIN} ms beyond the samples that saw it, so the frames between samples are
 * covered too.
 */
public final class TrackFinder {

  /** Frames looked at each second. */
  public static final double PER_SECOND = 5;

  /** How long a track waits through missed samples, in milliseconds. */
  public static final long COAST = 1500;

  /** How long a track holds its box before its first sample and after its last. */
  public static final long MARGIN = 300;

  private TrackFinder() {}

  /**
   * The tracks of what {@code detector} finds in the video.
   *
   * @param progress told the milliseconds of the recording looked at so far, after each sample
   * @throws IllegalStateException if ffmpeg cannot read the video
   */
  public static List<Track> find(
      String ffmpeg,
      Path video,
      int width,
      int height,
      Detector detector,
      TrackKind kind,
      LongConsumer progress) {
    Tracker tracker = new Tracker(kind, COAST, MARGIN);
    try (VideoFrames frames = new VideoFrames(ffmpeg, video, width, height, PER_SECOND, false)) {
      for (Picture picture = frames.next(); picture != null; picture = frames.next()) {
        tracker.add(picture.ms(), detector.find(picture));
        progress.accept(picture.ms());
      }
      frames.finish();
    }
    return tracker.tracks();
  }
}
