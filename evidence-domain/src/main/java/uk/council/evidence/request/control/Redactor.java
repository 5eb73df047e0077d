package uk.council.evidence.request.control;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;
import uk.council.evidence.request.entity.Box;
import uk.council.evidence.request.entity.Picture;
import uk.council.evidence.request.entity.RedactionPlan;

/**
 * Makes a redacted copy of a recording: ffmpeg decodes every frame, each box the plan blurs on it
 * is pixelated into blocks of {@value #BLOCK} pixels and then smoothed (nothing of a face survives
 * either), and a second ffmpeg encodes the frames with the original's sound, muted or bleeped where
 * the plan says. The original is only read. Frames are taken as the recording's constant frame
 * rate, as body-worn cameras record.
 */
public final class Redactor {

  /**
   * How much a track's box grows on each side before blurring: a face's box leaves out the hair.
   */
  public static final double PADDING = 0.35;

  /** The side of the blocks a blurred area is reduced to. */
  static final int BLOCK = 16;

  private Redactor() {}

  /** What the renderer needs to know of the original. */
  public record Source(Path file, int width, int height, double frameRate, boolean hasSound) {}

  /**
   * Renders {@code plan} over {@code source} into the MP4 {@code out}, replacing it.
   *
   * @param progress told the milliseconds of the recording rendered so far, every second of it
   * @throws IllegalStateException if ffmpeg fails either way
   */
  public static void render(
      String ffmpeg, Source source, RedactionPlan plan, Path out, LongConsumer progress) {
    List<String> command =
        new ArrayList<>(
            List.of(
                ffmpeg,
                "-v",
                "error",
                "-y",
                "-nostdin",
                "-f",
                "rawvideo",
                "-pix_fmt",
                "bgr24",
                "-s",
                source.width() + "x" + source.height(),
                "-framerate",
                String.format(Locale.ROOT, "%.6f", source.frameRate()),
                "-i",
                "-",
                "-i",
                source.file().toString(),
                "-map",
                "0:v:0"));
    command.addAll(sound(source, plan));
    command.addAll(
        List.of(
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-crf",
            "20",
            "-pix_fmt",
            "yuv420p",
            "-movflags",
            "+faststart",
            "-shortest",
            out.toString()));
    Process encoder;
    try {
      encoder = new ProcessBuilder(Niceness.lowered(command)).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start ffmpeg to write the redacted copy", e);
    }
    StringBuilder said = new StringBuilder();
    Thread reader = new Thread(() -> read(encoder.getInputStream(), said), "ffmpeg-encoder");
    reader.setDaemon(true);
    reader.start();
    try (VideoFrames frames =
            new VideoFrames(
                ffmpeg, source.file(), source.width(), source.height(), source.frameRate(), true);
        OutputStream to = new BufferedOutputStream(encoder.getOutputStream(), 1 << 20)) {
      long reported = 0;
      for (Picture picture = frames.next(); picture != null; picture = frames.next()) {
        to.write(redact(picture, plan));
        if (picture.ms() - reported >= 1000) {
          reported = picture.ms();
          progress.accept(reported);
        }
      }
      frames.finish();
    } catch (IOException e) {
      encoder.destroyForcibly();
      throw new IllegalStateException("ffmpeg stopped taking frames: " + text(said), e);
    } catch (RuntimeException e) {
      encoder.destroyForcibly();
      throw e;
    }
    try {
      if (!encoder.waitFor(10, TimeUnit.MINUTES)) {
        encoder.destroyForcibly();
        throw new IllegalStateException("ffmpeg did not finish writing the redacted copy");
      }
      reader.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      encoder.destroyForcibly();
      throw new IllegalStateException("Interrupted while writing the redacted copy", e);
    }
    if (encoder.exitValue() != 0) {
      throw new IllegalStateException("ffmpeg could not write the redacted copy: " + text(said));
    }
  }

  /**
   * The options that give the copy the original's sound (input 1), silent in each muted stretch,
   * with a 1 kHz tone in place of it in each stretch to bleep; none if it has no sound.
   */
  static List<String> sound(Source source, RedactionPlan plan) {
    if (!source.hasSound()) {
      return List.of();
    }
    List<String> options = new ArrayList<>();
    List<RedactionPlan.Stretch> bleeped =
        plan.muted().stream().filter(RedactionPlan.Stretch::bleep).toList();
    if (plan.muted().isEmpty()) {
      options.addAll(List.of("-map", "1:a:0"));
    } else if (bleeped.isEmpty()) {
      options.addAll(
          List.of("-map", "1:a:0", "-af", "volume=enable='" + during(plan.muted()) + "':volume=0"));
    } else {
      options.addAll(
          List.of(
              "-filter_complex",
              "[1:a:0]volume=enable='"
                  + during(plan.muted())
                  + "':volume=0[quiet];"
                  + "sine=frequency=1000:sample_rate=48000,volume=2,"
                  + "volume=enable='not("
                  + during(bleeped)
                  + ")':volume=0[tone];"
                  + "[quiet][tone]amix=inputs=2:duration=first:normalize=0[sound]",
              "-map",
              "[sound]"));
    }
    options.addAll(List.of("-c:a", "aac", "-b:a", "128k"));
    return options;
  }

  /** ffmpeg's expression that is true during any of the stretches. */
  static String during(List<RedactionPlan.Stretch> stretches) {
    return stretches.stream()
        .map(
            s ->
                String.format(
                    Locale.ROOT, "between(t,%.3f,%.3f)", s.from() / 1000.0, s.to() / 1000.0))
        .collect(Collectors.joining("+"));
  }

  /** The frame with what the plan hides at its moment blurred: its bytes, for the encoder. */
  static byte[] redact(Picture picture, RedactionPlan plan) {
    long ms = picture.ms();
    int w = picture.width();
    int h = picture.height();
    List<Box> blurred = new ArrayList<>();
    List<Box> kept = new ArrayList<>();
    boolean everything = plan.wholePictureAt(ms) || plan.inverse();
    for (RedactionPlan.Planned p : plan.tracks()) {
      p.track()
          .at(ms)
          .map(b -> b.padded(PADDING, w, h))
          .ifPresent(b -> (p.blurred() ? blurred : kept).add(b));
    }
    if (!everything && blurred.isEmpty()) {
      return picture.bgr();
    }
    try (PointerScope scope = new PointerScope()) {
      Mat frame = new Mat(h, w, CV_8UC3);
      frame.data().put(picture.bgr());
      if (everything) {
        Mat original = frame.clone();
        blur(frame, new Box(0, 0, w, h));
        if (!plan.wholePictureAt(ms)) {
          // The inverse mask: only the requester's boxes come back.
          for (Box b : kept) {
            Rect r = new Rect(b.x(), b.y(), b.width(), b.height());
            original.apply(r).copyTo(frame.apply(r));
          }
        }
      } else {
        for (Box b : blurred) {
          blur(frame, b);
        }
      }
      byte[] bytes = new byte[w * h * 3];
      frame.data().get(bytes);
      return bytes;
    }
  }

  /** Pixelates the box into blocks, then smooths the blocks' edges. */
  private static void blur(Mat frame, Box b) {
    Mat area = frame.apply(new Rect(b.x(), b.y(), b.width(), b.height()));
    Mat small = new Mat();
    resize(
        area,
        small,
        new Size(Math.max(1, b.width() / BLOCK), Math.max(1, b.height() / BLOCK)),
        0,
        0,
        INTER_AREA);
    Mat back = new Mat();
    resize(small, back, new Size(b.width(), b.height()), 0, 0, INTER_LINEAR);
    int kernel = Math.max(3, (Math.min(b.width(), b.height()) / 8) | 1);
    GaussianBlur(back, back, new Size(kernel, kernel), 0);
    back.copyTo(area);
  }

  private static void read(InputStream in, StringBuilder into) {
    try {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      synchronized (into) {
        into.append(text);
      }
    } catch (IOException e) {
      // The process went away.
    }
  }

  private static String text(StringBuilder said) {
    synchronized (said) {
      return said.toString().strip();
    }
  }
}
