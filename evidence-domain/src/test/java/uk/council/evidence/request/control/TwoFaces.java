package uk.council.evidence.request.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import uk.council.evidence.request.entity.Box;

/**
 * A generated recording with two faces crossing it on known paths, so that where each face is on
 * every frame is known exactly: the demo face ({@code /demo-faces/face.jpg}) moving right along the
 * top, and a smaller mirror image of it moving left and bobbing lower down, over a noisy grey
 * background, with a tone.
 */
final class TwoFaces {

  static final int WIDTH = 1280;
  static final int HEIGHT = 720;
  static final int FPS = 30;

  /** Where the face itself is within the 120 × 142 picture of the head (what the model finds). */
  static final Box FACE_IN_HEAD = new Box(20, 39, 82, 82);

  /** The second head's width: the picture scaled from 120 pixels wide. */
  static final int SMALL = 100;

  final Path file;
  final double seconds;

  private TwoFaces(Path file, double seconds) {
    this.file = file;
    this.seconds = seconds;
  }

  static TwoFaces make(Path dir, double seconds) throws IOException, InterruptedException {
    Path head = dir.resolve("face.jpg");
    try (InputStream in = TwoFaces.class.getResourceAsStream("/demo-faces/face.jpg")) {
      Files.copy(in, head, StandardCopyOption.REPLACE_EXISTING);
    }
    Path file = dir.resolve("two-faces.mp4");
    String graph =
        String.format(
            Locale.ROOT,
            "[0]noise=alls=12:allf=t[bg];[2]split[a][b0];[b0]hflip,scale=%d:-1[b];"
                + "[bg][a]overlay=x='100+90*t':y=160[t1];"
                + "[t1][b]overlay=x='1100-80*t':y='400+10*sin(t)'[v]",
            SMALL);
    Process p =
        new ProcessBuilder(
                "ffmpeg",
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                String.format(
                    Locale.ROOT, "color=c=0x6a7480:s=%dx%d:r=%d:d=%s", WIDTH, HEIGHT, FPS, seconds),
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:duration=" + seconds,
                "-i",
                head.toString(),
                "-filter_complex",
                graph,
                "-map",
                "[v]",
                "-map",
                "1:a",
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-g",
                "30",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-shortest",
                file.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("ffmpeg could not make the recording: " + said);
    }
    return new TwoFaces(file, seconds);
  }

  /** Where the two faces are at {@code ms}, as the overlays put them. */
  static List<Box> facesAt(long ms) {
    double t = ms / 1000.0;
    int ax = (int) (100 + 90 * t);
    int ay = 160;
    Box a =
        new Box(
            ax + FACE_IN_HEAD.x(),
            ay + FACE_IN_HEAD.y(),
            FACE_IN_HEAD.width(),
            FACE_IN_HEAD.height());
    double s = SMALL / 120.0;
    int bx = (int) (1100 - 80 * t);
    int by = (int) (400 + 10 * Math.sin(t));
    int mirroredX = 120 - FACE_IN_HEAD.right();
    Box b =
        new Box(
            bx + (int) (mirroredX * s),
            by + (int) (FACE_IN_HEAD.y() * s),
            (int) Math.ceil(FACE_IN_HEAD.width() * s),
            (int) Math.ceil(FACE_IN_HEAD.height() * s));
    return List.of(a, b);
  }
}
