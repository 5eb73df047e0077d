package uk.council.evidence.request.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.council.evidence.request.control.FaceDetector;
import uk.council.evidence.request.control.Redactor;
import uk.council.evidence.request.control.TrackFinder;
import uk.council.evidence.request.entity.Box;
import uk.council.evidence.request.entity.RedactionJson;
import uk.council.evidence.request.entity.RedactionPlan;
import uk.council.evidence.request.entity.RedactionReason;
import uk.council.evidence.request.entity.Track;
import uk.council.evidence.request.entity.TrackDecision;
import uk.council.evidence.request.entity.TrackKind;

/**
 * The redaction benchmark's helper (redaction-bench.sh), three commands:
 *
 * <ul>
 *   <li>{@code clip --seconds N --out F}: a 1280x720, 30 fps recording of N seconds with a tone
 *       and two faces (the demo face, and a smaller mirror image of it) moving on known paths to
 *       and fro across the frame, over a noisy grey background;
 *   <li>{@code detect --video F --tracks T}: finds the faces as the server's worker does
 *       (TrackFinder with FaceDetector), writes the tracks to T as the redaction keeps them, and
 *       prints the seconds it took and how well the tracks cover the faces' known paths on every
 *       frame;
 *   <li>{@code render --video F --tracks T --out O}: renders the redacted copy as the worker does
 *       (Redactor), every track blurred and the sound muted for a tenth of the recording, and
 *       prints the seconds it took.
 * </ul>
 */
public final class RedactionBenchTool {

  static final int WIDTH = 1280;
  static final int HEIGHT = 720;
  static final int FPS = 30;

  /** Where the face itself is within the 120 x 142 picture of the head. */
  static final Box FACE_IN_HEAD = new Box(20, 39, 82, 82);

  static final int SMALL = 100;

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    switch (args[0]) {
      case "clip" -> clip(Double.parseDouble(a.get("seconds")), Path.of(a.get("out")));
      case "detect" -> detect(Path.of(a.get("video")), Path.of(a.get("tracks")));
      case "render" -> render(Path.of(a.get("video")), Path.of(a.get("tracks")), Path.of(a.get("out")));
      default -> throw new IllegalArgumentException("clip, detect or render");
    }
  }

  /** The x of face A's head at t: to and fro across the frame, 24 s a round trip. */
  static double ax(double t) {
    return 590 - 480 * Math.cos(2 * Math.PI * t / 24);
  }

  static double bx(double t) {
    return 590 + 460 * Math.cos(2 * Math.PI * t / 20);
  }

  static double by(double t) {
    return 400 + 40 * Math.sin(2 * Math.PI * t / 7);
  }

  static void clip(double seconds, Path out) throws Exception {
    Path head = Files.createTempFile("face", ".jpg");
    try (InputStream in = RedactionBenchTool.class.getResourceAsStream("/demo-faces/face.jpg")) {
      Files.copy(in, head, StandardCopyOption.REPLACE_EXISTING);
    }
    String graph =
        "[0]noise=alls=12:allf=t[bg];[2]split[a][b0];[b0]hflip,scale=" + SMALL + ":-1[b];"
            + "[bg][a]overlay=x='590-480*cos(2*PI*t/24)':y=160[t1];"
            + "[t1][b]overlay=x='590+460*cos(2*PI*t/20)':y='400+40*sin(2*PI*t/7)'[v]";
    Process p =
        new ProcessBuilder(
                "ffmpeg", "-v", "error", "-y",
                "-f", "lavfi", "-i", "color=c=0x6a7480:s=" + WIDTH + "x" + HEIGHT + ":r=" + FPS + ":d=" + seconds,
                "-f", "lavfi", "-i", "sine=frequency=440:duration=" + seconds,
                "-i", head.toString(),
                "-filter_complex", graph, "-map", "[v]", "-map", "1:a",
                "-c:v", "libx264", "-preset", "veryfast", "-g", "30", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-shortest", "-movflags", "+faststart", out.toString())
            .inheritIO()
            .start();
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("ffmpeg could not make the recording");
    }
    Files.delete(head);
  }

  /** The two faces at ms, as the overlays put them. */
  static List<Box> facesAt(long ms) {
    double t = ms / 1000.0;
    Box a = new Box((int) ax(t) + FACE_IN_HEAD.x(), 160 + FACE_IN_HEAD.y(), FACE_IN_HEAD.width(), FACE_IN_HEAD.height());
    double s = SMALL / 120.0;
    Box b =
        new Box(
            (int) bx(t) + (int) ((120 - FACE_IN_HEAD.right()) * s),
            (int) by(t) + (int) (FACE_IN_HEAD.y() * s),
            (int) Math.ceil(FACE_IN_HEAD.width() * s),
            (int) Math.ceil(FACE_IN_HEAD.height() * s));
    return List.of(a, b);
  }

  static void detect(Path video, Path tracksFile) throws Exception {
    long t0 = System.nanoTime();
    List<Track> tracks;
    try (FaceDetector detector = new FaceDetector()) {
      tracks = TrackFinder.find("ffmpeg", video, WIDTH, HEIGHT, detector, TrackKind.FACE, ms -> {});
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<TrackDecision> decisions = new ArrayList<>();
    for (int i = 0; i < tracks.size(); i++) {
      decisions.add(TrackDecision.found(i + 1, tracks.get(i), ""));
    }
    Files.writeString(tracksFile, RedactionJson.tracks(decisions, false));
    // Coverage on every frame of the recording's length (the last sample's time plus a fifth).
    long lastMs = tracks.stream().mapToLong(Track::end).max().orElse(0);
    int frames = (int) (lastMs * FPS / 1000);
    int faceFrames = 0;
    int covered = 0;
    double worst = 1;
    for (int i = 0; i < frames; i++) {
      long ms = Math.round(i * 1000.0 / FPS);
      for (Box face : facesAt(ms)) {
        double best = 0;
        for (Track t : tracks) {
          var box = t.at(ms);
          if (box.isPresent()) {
            best = Math.max(best, box.get().padded(Redactor.PADDING, WIDTH, HEIGHT).covers(face));
          }
        }
        faceFrames++;
        covered += best >= 0.98 ? 1 : 0;
        worst = Math.min(worst, best);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "detect %.3f s; %d tracks; %d of %d face-frames at least 98%% covered (%.2f%%), worst %.0f%%%n",
        seconds, tracks.size(), covered, faceFrames, 100.0 * covered / Math.max(1, faceFrames), worst * 100);
  }

  static void render(Path video, Path tracksFile, Path out) throws Exception {
    List<RedactionPlan.Planned> planned = new ArrayList<>();
    long end = 0;
    for (TrackDecision d : RedactionJson.tracks(Files.readString(tracksFile))) {
      planned.add(new RedactionPlan.Planned(d.track(), true, RedactionReason.THIRD_PARTY));
      end = Math.max(end, d.track().end());
    }
    var plan =
        new RedactionPlan(
            planned,
            List.of(),
            List.of(new RedactionPlan.Stretch(end / 2, end / 2 + Math.max(1, end / 10), RedactionReason.OTHER)),
            false);
    long t0 = System.nanoTime();
    Redactor.render("ffmpeg", new Redactor.Source(video, WIDTH, HEIGHT, FPS, true), plan, out, ms -> {});
    System.out.printf(Locale.ROOT, "render %.3f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
