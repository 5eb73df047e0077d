package uk.council.evidence.request.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.council.evidence.request.entity.Box;
import uk.council.evidence.request.entity.Track;
import uk.council.evidence.request.entity.TrackKind;

/**
 * Detection's recall and box coverage on a generated recording with two faces on known paths: every
 * frame of every face is covered by a track's box, padded as rendering pads it.
 */
class FaceDetectorTest {

  @TempDir static Path dir;
  static TwoFaces clip;
  static List<Track> tracks;

  @BeforeAll
  static void findFaces() throws Exception {
    clip = TwoFaces.make(dir, 10);
    try (FaceDetector detector = new FaceDetector()) {
      tracks =
          TrackFinder.find(
              "ffmpeg",
              clip.file,
              TwoFaces.WIDTH,
              TwoFaces.HEIGHT,
              detector,
              TrackKind.FACE,
              ms -> {});
    }
  }

  @Test
  void everyFrameOfEveryFaceIsCovered() {
    int frames = (int) (clip.seconds * TwoFaces.FPS);
    List<String> missed = new ArrayList<>();
    double worst = 1;
    for (int i = 0; i < frames; i++) {
      long ms = Math.round(i * 1000.0 / TwoFaces.FPS);
      for (Box face : TwoFaces.facesAt(ms)) {
        double covered = 0;
        for (Track track : tracks) {
          var box = track.at(ms);
          if (box.isPresent()) {
            covered =
                Math.max(
                    covered,
                    box.get()
                        .padded(Redactor.PADDING, TwoFaces.WIDTH, TwoFaces.HEIGHT)
                        .covers(face));
          }
        }
        worst = Math.min(worst, covered);
        if (covered < 0.98) {
          missed.add("frame " + i + " " + face + " covered " + Math.round(covered * 100) + "%");
        }
      }
    }
    System.out.printf(
        "FaceDetectorTest: %d tracks; %d of %d face-frames less than 98%% covered; worst %.0f%%%n",
        tracks.size(), missed.size(), frames * 2, worst * 100);
    assertEquals(List.of(), missed, () -> tracks.size() + " tracks: " + describe(tracks));
  }

  @Test
  void eachFaceIsOneTrackAndNothingElseIsFound() {
    assertEquals(2, tracks.size(), () -> describe(tracks));
    assertTrue(tracks.stream().allMatch(t -> t.start() == 0), () -> describe(tracks));
  }

  static String describe(List<Track> tracks) {
    StringBuilder s = new StringBuilder();
    for (Track t : tracks) {
      s.append("\n  ")
          .append(t.start())
          .append("-")
          .append(t.end())
          .append(" ms, ")
          .append(t.keys().size())
          .append(" boxes, first ")
          .append(t.keys().firstEntry().getValue());
    }
    return s.toString();
  }
}
