package uk.council.evidence.footage.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.footage.entity.MediaInfo;

/**
 * ffprobe and ffmpeg, run as separate processes on a file already on disk: probing what a recording
 * holds, and making its thumbnail. Neither ever writes to the file it reads.
 */
public class MediaTools {

  private static final Logger LOG = Logger.getLogger(MediaTools.class.getName());

  /** How long a probe or a thumbnail may take; both read only a little of the file. */
  static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  /** Thumbnails are this wide; the height keeps the picture's proportions. */
  static final int THUMBNAIL_WIDTH = 320;

  private final String ffprobe;
  private final String ffmpeg;

  public MediaTools(String ffprobe, String ffmpeg) {
    this.ffprobe = ffprobe;
    this.ffmpeg = ffmpeg;
  }

  /** What the file holds; refused if ffprobe cannot read it or it has no video stream. */
  public MediaInfo probe(Path file) {
    Result result =
        run(
            List.of(
                ffprobe,
                "-v",
                "error",
                "-show_entries",
                "format=duration:format_tags=creation_time"
                    + ":stream=codec_type,codec_name,width,height,duration",
                "-of",
                "flat",
                file.toString()));
    if (result.exitCode() != 0) {
      throw new UnplayableVideo(
          "The file cannot be read as video: " + firstLine(result.errors()) + ".");
    }
    return parseFlat(result.output());
  }

  /**
   * Makes a JPEG of one frame, from a second in (or the middle of a shorter video), at {@value
   * #THUMBNAIL_WIDTH} pixels wide. Returns false, having logged why, if ffmpeg could not: a
   * recording without a thumbnail is still a recording.
   */
  public boolean thumbnail(Path video, Duration duration, Path jpeg) {
    long at = Math.min(1000, duration.toMillis() / 2);
    Result result =
        run(
            List.of(
                ffmpeg,
                "-v",
                "error",
                "-y",
                "-ss",
                String.format("%d.%03d", at / 1000, at % 1000),
                "-i",
                video.toString(),
                "-frames:v",
                "1",
                "-vf",
                "scale=" + THUMBNAIL_WIDTH + ":-2",
                "-q:v",
                "5",
                "-f",
                "image2",
                jpeg.toString()));
    boolean made = result.exitCode() == 0 && Files.isRegularFile(jpeg) && size(jpeg) > 0;
    if (!made) {
      LOG.log(
          Level.WARNING,
          "No thumbnail for {0}: {1}",
          new Object[] {video.getFileName(), firstLine(result.errors())});
    }
    return made;
  }

  /**
   * Reads ffprobe's {@code -of flat} output: one {@code key="value"} per line, e.g. {@code
   * streams.stream.0.codec_type="video"}, {@code format.duration="20.000000"}, {@code
   * format.tags.creation_time="2026-11-23T09:00:00.000000Z"}.
   */
  public static MediaInfo parseFlat(String output) {
    Map<String, String> values = new HashMap<>();
    for (String line : output.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        String value = line.substring(eq + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        values.put(line.substring(0, eq).strip(), value);
      }
    }
    String video = null;
    String audio = null;
    int width = 0;
    int height = 0;
    String streamDuration = null;
    for (int i = 0; values.containsKey("streams.stream." + i + ".codec_type"); i++) {
      String prefix = "streams.stream." + i + ".";
      String type = values.get(prefix + "codec_type");
      if ("video".equals(type) && video == null) {
        video = values.get(prefix + "codec_name");
        width = whole(values.get(prefix + "width"));
        height = whole(values.get(prefix + "height"));
        streamDuration = values.get(prefix + "duration");
      } else if ("audio".equals(type) && audio == null) {
        audio = values.get(prefix + "codec_name");
      }
    }
    if (video == null || width <= 0 || height <= 0) {
      throw new UnplayableVideo("The file has no video stream that can be played.");
    }
    Duration duration = seconds(values.get("format.duration"));
    if (duration == null) {
      duration = seconds(streamDuration);
    }
    if (duration == null) {
      throw new UnplayableVideo("The video's length cannot be read from the file.");
    }
    return new MediaInfo(
        duration, video, audio, width, height, instant(values.get("format.tags.creation_time")));
  }

  private static int whole(String value) {
    try {
      return value == null ? 0 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Duration seconds(String value) {
    if (value == null || value.isBlank() || "N/A".equals(value)) {
      return null;
    }
    try {
      double s = Double.parseDouble(value);
      return s >= 0 ? Duration.ofMillis(Math.round(s * 1000)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A camera's creation time; one that cannot be read is left out, not fatal. */
  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("no message");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  record Result(int exitCode, String output, String errors) {}

  /** Runs a tool with a time limit, reading its output and errors in full (both are small). */
  private static Result run(List<String> command) {
    Process process;
    try {
      process = new ProcessBuilder(new ArrayList<>(command)).start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot run "
              + command.get(0)
              + ": install ffmpeg (which provides ffprobe) or set evidence.ffprobe and"
              + " evidence.ffmpeg to where they are.",
          e);
    }
    try {
      process.getOutputStream().close();
      var errors = new StringBuilder();
      Thread errorReader = new Thread(() -> errors.append(readAll(process.getErrorStream())));
      errorReader.setDaemon(true);
      errorReader.start();
      String output = readAll(process.getInputStream());
      if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(-1, output, command.get(0) + " took longer than " + TIME_LIMIT);
      }
      errorReader.join(TIME_LIMIT.toMillis());
      return new Result(process.exitValue(), output, errors.toString());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command.get(0), e);
    } catch (IOException e) {
      process.destroyForcibly();
      throw new IllegalStateException("Cannot read the output of " + command.get(0), e);
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
