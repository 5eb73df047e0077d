package uk.council.evidence.request.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.council.evidence.request.entity.Box;
import uk.council.evidence.request.entity.Picture;
import uk.council.evidence.request.entity.RedactionPlan;
import uk.council.evidence.request.entity.RedactionReason;
import uk.council.evidence.request.entity.Track;
import uk.council.evidence.request.entity.TrackKind;

/**
 * Renders redacted copies of the two-face recording with the faces' true paths as tracks, and looks
 * at the frames and the sound of what came out: a blurred face has lost its detail, a kept one has
 * not, a muted stretch is silent, and the original is untouched.
 */
class RedactorTest {

  @TempDir static Path dir;
  static TwoFaces clip;
  static Redactor.Source source;

  @BeforeAll
  static void makeClip() throws Exception {
    clip = TwoFaces.make(dir, 4);
    source = new Redactor.Source(clip.file, TwoFaces.WIDTH, TwoFaces.HEIGHT, TwoFaces.FPS, true);
  }

  /** The true path of face {@code which} (0: the large one, 1: the small one) as a track. */
  static Track truePath(int which) {
    Map<Long, Box> keys = new TreeMap<>();
    for (long ms = 0; ms <= clip.seconds * 1000; ms += 100) {
      keys.put(ms, TwoFaces.facesAt(ms).get(which));
    }
    return new Track(TrackKind.FACE, keys, 100);
  }

  @Test
  void blursTheThirdPartyKeepsTheRequesterAndMutesTheStretch() throws Exception {
    var plan =
        new RedactionPlan(
            List.of(
                new RedactionPlan.Planned(truePath(0), false, null),
                new RedactionPlan.Planned(truePath(1), true, RedactionReason.THIRD_PARTY)),
            List.of(new RedactionPlan.Stretch(3000, 3500, RedactionReason.OTHER)),
            List.of(
                new RedactionPlan.Stretch(1000, 2000, RedactionReason.THIRD_PARTY),
                new RedactionPlan.Stretch(2000, 3000, RedactionReason.THIRD_PARTY, true)),
            false);
    Path out = dir.resolve("redacted.mp4");
    Redactor.render("ffmpeg", source, plan, out, ms -> {});

    Picture before = frameAt(clip.file, 2000);
    Picture after = frameAt(out, 2000);
    Box requester = TwoFaces.facesAt(2000).get(0);
    Box other = TwoFaces.facesAt(2000).get(1);
    double kept = detail(after, requester) / detail(before, requester);
    double blurred = detail(after, other) / detail(before, other);
    assertTrue(kept > 0.6, "the requester's face keeps its detail: " + kept);
    assertTrue(blurred < 0.25, "the other face loses its detail: " + blurred);

    Box whole = new Box(0, 0, TwoFaces.WIDTH, TwoFaces.HEIGHT);
    double wholeBlurred =
        detail(frameAt(out, 3200), whole) / detail(frameAt(clip.file, 3200), whole);
    assertTrue(wholeBlurred < 0.25, "the whole picture is blurred in its stretch: " + wholeBlurred);

    double[] sound = loudness(out);
    assertTrue(
        sound[0] > 0.03 && sound[2] > 0.03,
        "sound before the muted stretch, and the bleep after it: " + sound[0] + ", " + sound[2]);
    assertTrue(sound[1] < 0.001, "silence in the muted stretch: " + sound[1]);
    int[] crossings = crossings(out);
    assertTrue(crossings[0] > 700 && crossings[0] < 1000, "the 440 Hz tone: " + crossings[0]);
    assertTrue(crossings[2] > 1800, "the bleep's 1 kHz tone in place of it: " + crossings[2]);
    assertEquals(4.0, seconds(out), 0.15, "as long as the original");
  }

  @Test
  void theInverseMaskBlursEverythingButTheRequester() throws Exception {
    var plan =
        new RedactionPlan(
            List.of(new RedactionPlan.Planned(truePath(1), false, null)),
            List.of(),
            List.of(),
            true);
    Path out = dir.resolve("inverse.mp4");
    Redactor.render("ffmpeg", source, plan, out, ms -> {});
    Picture before = frameAt(clip.file, 1000);
    Picture after = frameAt(out, 1000);
    Box requester = TwoFaces.facesAt(1000).get(1);
    Box other = TwoFaces.facesAt(1000).get(0);
    assertTrue(detail(after, requester) / detail(before, requester) > 0.6, "the requester kept");
    assertTrue(detail(after, other) / detail(before, other) < 0.25, "the other face blurred");
  }

  /** The frame shown at {@code ms}. */
  static Picture frameAt(Path video, long ms) {
    try (VideoFrames frames =
        new VideoFrames("ffmpeg", video, TwoFaces.WIDTH, TwoFaces.HEIGHT, TwoFaces.FPS, true)) {
      for (Picture p = frames.next(); p != null; p = frames.next()) {
        if (p.ms() >= ms) {
          return p;
        }
      }
    }
    throw new AssertionError("no frame at " + ms + " ms in " + video);
  }

  /** The mean difference between neighbouring pixels in the box: how much detail it holds. */
  static double detail(Picture p, Box box) {
    long sum = 0;
    long n = 0;
    byte[] px = p.bgr();
    for (int y = box.y(); y < box.bottom(); y++) {
      for (int x = box.x(); x < box.right() - 1; x++) {
        int i = (y * p.width() + x) * 3;
        for (int c = 0; c < 3; c++) {
          sum += Math.abs((px[i + c] & 0xff) - (px[i + 3 + c] & 0xff));
          n++;
        }
      }
    }
    return (double) sum / n;
  }

  /** The sound's RMS level (0 to 1) from 0.2 to 0.8 s, 1.2 to 1.8 s and 2.2 to 2.8 s. */
  static double[] loudness(Path video) throws IOException, InterruptedException {
    ByteBuffer samples = pcm(video);
    double[] rms = new double[3];
    for (int k = 0; k < 3; k++) {
      double sum = 0;
      int from = 8000 * k + 1600;
      int to = 8000 * k + 6400;
      for (int i = from; i < to; i++) {
        double s = samples.getShort(i * 2) / 32768.0;
        sum += s * s;
      }
      rms[k] = Math.sqrt(sum / (to - from));
    }
    return rms;
  }

  /** The sound as 16-bit mono samples, 8,000 a second. */
  static ByteBuffer pcm(Path video) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "ffmpeg",
                "-v",
                "error",
                "-i",
                video.toString(),
                "-vn",
                "-ac",
                "1",
                "-ar",
                "8000",
                "-f",
                "s16le",
                "-")
            .start();
    ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    p.getInputStream().transferTo(pcm);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "ffmpeg read the sound");
    return ByteBuffer.wrap(pcm.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
  }

  /**
   * How often the sound crosses zero each second, from 0.2 to 0.8 s, 1.2 to 1.8 s and 2.2 to 2.8 s:
   * twice its frequency, for a pure tone.
   */
  static int[] crossings(Path video) throws IOException, InterruptedException {
    ByteBuffer samples = pcm(video);
    int[] perSecond = new int[3];
    for (int k = 0; k < 3; k++) {
      int n = 0;
      for (int i = 8000 * k + 1600; i < 8000 * k + 6400; i++) {
        if ((samples.getShort(i * 2) >= 0) != (samples.getShort(i * 2 + 2) >= 0)) {
          n++;
        }
      }
      perSecond[k] = n * 8000 / 4800;
    }
    return perSecond;
  }

  static double seconds(Path video) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "ffprobe",
                "-v",
                "error",
                "-show_entries",
                "format=duration",
                "-of",
                "csv=p=0",
                video.toString())
            .start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertNotNull(out);
    return Double.parseDouble(out);
  }
}
