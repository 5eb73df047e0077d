package uk.council.evidence.footage.control;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.StorageFull;
import uk.council.evidence.footage.entity.UnplayableVideo;

/**
 * ffprobe and ffmpeg, run as separate processes on a file already on disk: probing what a recording
 * holds, making its thumbnail, and cutting a clip from it. Neither ever writes to the file it
 * reads.
 */
public class MediaTools {

  private static final Logger LOG = Logger.getLogger(MediaTools.class.getName());

  /** How long a probe or a thumbnail may take; both read only a little of the file. */
  static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  /**
   * How long cutting a clip may take: it copies up to the whole recording (gigabytes, perhaps from
   * a NAS) and then rewrites the clip once to put its index first.
   */
  static final Duration CUT_TIME_LIMIT = Duration.ofMinutes(10);

  /**
   * How far before a requested start the first search for a keyframe looks; cameras put one every
   * second or two, and a longer gap only costs another search.
   */
  private static final long KEYFRAME_SEARCH_MICROS = 10_000_000;

  /** Thumbnails are this wide; the height keeps the picture's proportions. */
  static final int THUMBNAIL_WIDTH = 320;

  private final String ffprobe;
  private final String ffmpeg;
  private final Duration timeLimit;
  private final Duration cutTimeLimit;

  public MediaTools(String ffprobe, String ffmpeg) {
    this(ffprobe, ffmpeg, TIME_LIMIT, CUT_TIME_LIMIT);
  }

  MediaTools(String ffprobe, String ffmpeg, Duration timeLimit, Duration cutTimeLimit) {
    this.ffprobe = ffprobe;
    this.ffmpeg = ffmpeg;
    this.timeLimit = timeLimit;
    this.cutTimeLimit = cutTimeLimit;
  }

  /** The ffmpeg this installation runs, for work that streams frames through it. */
  public String ffmpegCommand() {
    return ffmpeg;
  }

  /** What the file holds; refused if ffprobe cannot read it or it has no video stream. */
  public MediaInfo probe(Path file) {
    return fromValues(probeValues(file));
  }

  /**
   * The video's frame rate, in frames a second (its {@code r_frame_rate}: 30 for {@code 30/1},
   * 29.97 for {@code 30000/1001}); refused if ffprobe cannot read one.
   */
  public double frameRate(Path file) {
    Result result = ffprobe("stream=codec_type,r_frame_rate", file);
    Map<String, String> values = flatValues(result.output());
    String rate = values.get(firstVideo(values) + "r_frame_rate");
    if (result.exitCode() == 0 && rate != null && rate.matches("\\d+(/\\d+)?")) {
      String[] parts = rate.split("/");
      double fps =
          Double.parseDouble(parts[0]) / (parts.length > 1 ? Double.parseDouble(parts[1]) : 1);
      if (fps > 0 && fps <= 240) {
        return fps;
      }
    }
    throw new UnplayableVideo("The video's frame rate cannot be read from the file.");
  }

  /**
   * Makes a JPEG of one frame, from a second in (or the middle of a shorter video), at {@value
   * #THUMBNAIL_WIDTH} pixels wide. Returns false, having logged why, if ffmpeg could not: a
   * recording without a thumbnail is still a recording.
   */
  public boolean thumbnail(Path video, Duration duration, Path jpeg) {
    long at = Math.min(1000, duration.toMillis() / 2);
    Result result =
        ffmpeg(
            timeLimit,
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
            jpeg.toString());
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
   * Where a clip lies within the recording it was cut from, as times from the recording's
   * beginning.
   *
   * @param start where the clip's first picture is: the keyframe at or before the requested start
   * @param end where the clip's last picture or sound ends
   */
  public record Span(Duration start, Duration end) {}

  /**
   * Copies {@code [start, end)} of a video into a new MP4 without re-encoding, so the clip's
   * pictures and sound are the camera's own encoded frames. A copy can only begin at a keyframe, so
   * the clip begins at the keyframe at or before {@code start}; the span returned says where it
   * really begins and ends. The same cut of the same file gives the same bytes.
   *
   * @param video the recording, only read
   * @param start the requested start, from the recording's beginning
   * @param end the requested end, after {@code start}
   * @param mp4 the file to write, e.g. a {@linkplain FootageStore#scratchFile work file}; replaced
   * @throws UnplayableVideo if ffmpeg cannot cut the file, or what it wrote has no video
   * @throws StorageFull if the disk filled up while the clip was written
   */
  public Span cut(Path video, Duration start, Duration end, Path mp4) {
    if (start.isNegative() || end.compareTo(start) <= 0) {
      throw new IllegalArgumentException("A clip ends after it starts: " + start + " to " + end);
    }
    Result cut =
        ffmpeg(
            cutTimeLimit,
            // Before -i, so ffmpeg seeks the input: to the keyframe at or before the start.
            "-ss",
            secondsText(micros(start)),
            "-i",
            video.toString(),
            "-t",
            secondsText(micros(end.minus(start))),
            // Every picture and sound track; not data tracks (timecode, telemetry), which the
            // MP4 muxer may refuse to copy.
            "-map",
            "0",
            "-map",
            "-0:d",
            "-c",
            "copy",
            // Keeps the camera's creation time, so the clip says when it was filmed and two
            // cuts of the same range are the same bytes (bitexact leaves out ffmpeg's version).
            "-map_metadata",
            "0",
            // A timecode copied from the original would give the clip's first picture the
            // original's starting time; better none than a wrong one.
            "-metadata",
            "timecode=",
            "-metadata:s",
            "timecode=",
            "-fflags",
            "+bitexact",
            "-flags:v",
            "+bitexact",
            "-flags:a",
            "+bitexact",
            "-avoid_negative_ts",
            "make_zero",
            "-movflags",
            "+faststart",
            "-f",
            "mp4",
            mp4.toString());
    if (cut.exitCode() != 0) {
      String reason = firstLine(cut.errors());
      if (FootageStore.saysOutOfSpace(cut.errors())) {
        throw new StorageFull(
            "The clip could not be written: the footage store is full (" + reason + ").", null);
      }
      throw new UnplayableVideo("The clip cannot be cut from this recording: " + reason + ".");
    }
    Map<String, String> clip = probeValues(mp4);
    MediaInfo info;
    try {
      info = fromValues(clip);
    } catch (UnplayableVideo e) {
      throw new UnplayableVideo(
          "A clip cut from this recording has no pictures: the recording has no video that can be"
              + " copied.");
    }
    long firstPicture = keyframeAtOrBefore(video, micros(start));
    // The clip's own timeline starts at its earliest packet, which may be a sound packet a
    // little before the first picture.
    long pictureInClip = orZero(micros(clip.get(firstVideo(clip) + "start_time")));
    Long duration = micros(clip.get("format.duration"));
    long clipEnd =
        orZero(micros(clip.get("format.start_time")))
            + (duration != null ? duration : micros(info.duration()));
    return new Span(
        Duration.ofNanos(firstPicture * 1000),
        Duration.ofNanos((firstPicture + clipEnd - pictureInClip) * 1000));
  }

  /**
   * The time, from the recording's beginning, of the last video keyframe at or before {@code at}
   * (microseconds): the one ffmpeg's input seek lands on. Keyframes come from the container's index
   * (packet flags), which is what the seek uses; no frame is decoded.
   */
  private long keyframeAtOrBefore(Path video, long at) {
    Result begin = ffprobe("format=start_time", video);
    // ffmpeg's -ss counts from the file's start time, not from timestamp zero.
    long origin = orZero(micros(flatValues(begin.output()).get("format.start_time")));
    long target = origin + at;
    for (long window = KEYFRAME_SEARCH_MICROS; ; window *= 4) {
      long from = target - window;
      boolean fromBeginning = from <= origin;
      // A read interval seeks to the keyframe at or before its start, then reads packets; past
      // the target a little, since packets come in decoding order.
      String interval =
          (fromBeginning ? "" : secondsText(from)) + "%" + secondsText(target + 1_000_000);
      Result packets =
          run(
              List.of(
                  ffprobe,
                  "-v",
                  "error",
                  "-select_streams",
                  "v:0",
                  "-read_intervals",
                  interval,
                  "-show_entries",
                  "packet=pts_time,flags",
                  "-of",
                  "flat",
                  video.toString()),
              timeLimit);
      if (packets.exitCode() != 0) {
        throw new UnplayableVideo(
            "The recording's keyframes cannot be read: " + firstLine(packets.errors()) + ".");
      }
      Map<String, String> values = flatValues(packets.output());
      long best = Long.MIN_VALUE;
      for (int i = 0; values.containsKey("packets.packet." + i + ".flags"); i++) {
        Long pts = micros(values.get("packets.packet." + i + ".pts_time"));
        if (pts != null
            && pts <= target
            && pts > best
            && values.get("packets.packet." + i + ".flags").contains("K")) {
          best = pts;
        }
      }
      if (best != Long.MIN_VALUE) {
        return Math.max(0, best - origin);
      }
      if (fromBeginning) {
        throw new UnplayableVideo(
            "The recording has no keyframe at or before "
                + secondsText(at)
                + " s, so no clip can start there.");
      }
    }
  }

  /** What {@link #probe} and a clip's check read; start times only a clip's check needs. */
  private Map<String, String> probeValues(Path file) {
    Result result =
        ffprobe(
            "format=start_time,duration:format_tags=creation_time"
                + ":stream=codec_type,codec_name,width,height,start_time,duration",
            file);
    if (result.exitCode() != 0) {
      throw new UnplayableVideo(
          "The file cannot be read as video: " + firstLine(result.errors()) + ".");
    }
    return flatValues(result.output());
  }

  /** Runs ffmpeg quietly, replacing the file it writes. */
  private Result ffmpeg(Duration timeLimit, String... arguments) {
    List<String> command = new ArrayList<>(List.of(ffmpeg, "-v", "error", "-y"));
    command.addAll(List.of(arguments));
    return run(command, timeLimit);
  }

  /** ffprobe's {@code -of flat} output of the entries asked for. */
  private Result ffprobe(String entries, Path file) {
    return run(
        List.of(ffprobe, "-v", "error", "-show_entries", entries, "-of", "flat", file.toString()),
        timeLimit);
  }

  /**
   * The key prefix of the first video stream in ffprobe's flat output, e.g. {@code
   * streams.stream.0.}.
   */
  private static String firstVideo(Map<String, String> values) {
    for (int i = 0; values.containsKey("streams.stream." + i + ".codec_type"); i++) {
      if ("video".equals(values.get("streams.stream." + i + ".codec_type"))) {
        return "streams.stream." + i + ".";
      }
    }
    return "streams.none.";
  }

  /**
   * Reads ffprobe's {@code -of flat} output: one {@code key="value"} per line, e.g. {@code
   * streams.stream.0.codec_type="video"}, {@code format.duration="20.000000"}, {@code
   * format.tags.creation_time="2026-11-23T09:00:00.000000Z"}.
   */
  public static MediaInfo parseFlat(String output) {
    return fromValues(flatValues(output));
  }

  private static Map<String, String> flatValues(String output) {
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
    return values;
  }

  private static MediaInfo fromValues(Map<String, String> values) {
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

  /** ffprobe's seconds ({@code 4.000000}) as whole microseconds, or null for none or N/A. */
  private static Long micros(String seconds) {
    if (seconds == null || seconds.isBlank() || "N/A".equals(seconds)) {
      return null;
    }
    try {
      return new BigDecimal(seconds.strip())
          .movePointRight(6)
          .setScale(0, RoundingMode.HALF_UP)
          .longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static long micros(Duration d) {
    return d.toNanos() / 1000;
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  /** Microseconds as seconds for ffmpeg's command line: {@code 5.000000}, {@code -0.021333}. */
  private static String secondsText(long micros) {
    String sign = micros < 0 ? "-" : "";
    long magnitude = Math.abs(micros);
    return String.format(
        Locale.ROOT, "%s%d.%06d", sign, magnitude / 1_000_000, magnitude % 1_000_000);
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
  private static Result run(List<String> command, Duration timeLimit) {
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
      // Both streams are read on threads of their own: they close only when the tool exits, so
      // reading either here would wait out a tool that hangs, whatever the time limit.
      FutureTask<String> output = readInBackground(process.getInputStream());
      FutureTask<String> errors = readInBackground(process.getErrorStream());
      if (!process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return new Result(-1, "", command.get(0) + " took longer than " + timeLimit);
      }
      return new Result(process.exitValue(), drained(output), drained(errors));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command.get(0), e);
    } catch (IOException e) {
      process.destroyForcibly();
      throw new IllegalStateException("Cannot read the output of " + command.get(0), e);
    }
  }

  private static FutureTask<String> readInBackground(InputStream in) {
    FutureTask<String> task = new FutureTask<>(() -> readAll(in));
    Thread reader = new Thread(task);
    reader.setDaemon(true);
    reader.start();
    return task;
  }

  /** What a reader got from a tool that has exited; its stream has ended or is about to. */
  private static String drained(FutureTask<String> reader) throws InterruptedException {
    try {
      return reader.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return "";
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
