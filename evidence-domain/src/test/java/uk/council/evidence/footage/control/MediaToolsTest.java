package uk.council.evidence.footage.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.UnplayableVideo;

/** Runs the real ffprobe and ffmpeg, which ./bwv test installs, on files made with ffmpeg. */
class MediaToolsTest {

  @TempDir static Path dir;
  static Path video;
  static Path soundOnly;
  static Path keyframesEveryTwoSeconds;

  final MediaTools tools = new MediaTools("ffprobe", "ffmpeg");

  @BeforeAll
  static void makeFiles() throws Exception {
    video = dir.resolve("video.mp4");
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc2=size=640x360:rate=25",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440:sample_rate=48000",
        "-t",
        "3",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "aac",
        "-metadata",
        "creation_time=2026-11-23T09:00:00Z",
        video.toString());
    soundOnly = dir.resolve("sound.mp4");
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440:sample_rate=48000",
        "-t",
        "1",
        "-c:a",
        "aac",
        soundOnly.toString());
    // B-frames (the veryfast preset has them) reorder pictures, as in much camera footage.
    keyframesEveryTwoSeconds = dir.resolve("gop.mp4");
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=320x240:rate=25",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440:sample_rate=48000",
        "-t",
        "12",
        "-c:v",
        "libx264",
        "-preset",
        "veryfast",
        "-g",
        "50",
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "aac",
        "-metadata",
        "creation_time=2026-11-23T09:00:00Z",
        keyframesEveryTwoSeconds.toString());
  }

  /** What a command prints, which must succeed. */
  static String output(String... command) throws Exception {
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + err);
    return out;
  }

  /** The MD5 of the first picture decoded from {@code file}, from {@code at} (decoded exactly). */
  static String firstPicture(Path file, Duration at) throws Exception {
    return output(
            "ffmpeg",
            "-v",
            "error",
            "-ss",
            at.toMillis() / 1000.0 + "",
            "-i",
            file.toString(),
            "-map",
            "0:v:0",
            "-frames:v",
            "1",
            "-f",
            "md5",
            "-")
        .strip();
  }

  /** Keyframe times found by decoding, independently of how MediaTools finds them. */
  static List<Duration> keyframes(Path file) throws Exception {
    return output(
            "ffprobe",
            "-v",
            "error",
            "-select_streams",
            "v:0",
            "-skip_frame",
            "nokey",
            "-show_entries",
            "frame=pts_time",
            "-of",
            "csv=p=0",
            file.toString())
        .lines()
        .map(String::strip)
        .map(line -> line.replace(",", ""))
        .filter(line -> !line.isEmpty())
        .map(line -> Duration.ofMillis(Math.round(Double.parseDouble(line) * 1000)))
        .toList();
  }

  static void ffmpeg(String... args) throws Exception {
    var command = new java.util.ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertEquals(0, p.waitFor(), "ffmpeg could not make a test file");
  }

  @Test
  void probingFindsLengthCodecsSizeAndTheCamerasCreationTime() {
    MediaInfo info = tools.probe(video);
    assertEquals(3, Math.round(info.duration().toMillis() / 1000.0));
    assertEquals("h264", info.videoCodec());
    assertEquals("aac", info.audioCodec());
    assertEquals(640, info.width());
    assertEquals(360, info.height());
    assertEquals(Instant.parse("2026-11-23T09:00:00Z"), info.createdAt());
  }

  @Test
  void aFileWithSoundButNoPictureIsNotAcceptedAsVideo() {
    var e = assertThrows(UnplayableVideo.class, () -> tools.probe(soundOnly));
    assertTrue(e.getMessage().contains("no video stream"), e.getMessage());
  }

  @Test
  void aFileFfprobeCannotReadIsRefusedWithItsReason() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.mp4"), "not a video at all\n");
    var e = assertThrows(UnplayableVideo.class, () -> tools.probe(text));
    assertTrue(e.getMessage().startsWith("The file cannot be read as video"), e.getMessage());
  }

  @Test
  void theThumbnailIsAJpegAFewHundredPixelsWideAndTheVideoIsUntouched() throws IOException {
    byte[] before = Files.readAllBytes(video);
    Path jpeg = dir.resolve("thumb.jpg");
    assertTrue(tools.thumbnail(video, Duration.ofSeconds(3), jpeg));
    byte[] thumb = Files.readAllBytes(jpeg);
    assertTrue(thumb.length > 1000 && thumb.length < 100_000, thumb.length + " bytes");
    assertEquals((byte) 0xFF, thumb[0]);
    assertEquals((byte) 0xD8, thumb[1]);
    assertEquals(MediaTools.THUMBNAIL_WIDTH, tools.probe(jpeg).width());
    assertArrayEquals(before, Files.readAllBytes(video));
  }

  @Test
  void noThumbnailIsReportedRatherThanThrown() throws IOException {
    Path text = Files.writeString(dir.resolve("other.mp4"), "still not a video\n");
    assertFalse(tools.thumbnail(text, Duration.ofSeconds(3), dir.resolve("none.jpg")));
  }

  @Test
  void aCutBeginsAtTheKeyframeAtOrBeforeTheStartAndShowsThatPictureFirst() throws Exception {
    List<Duration> keyframes = keyframes(keyframesEveryTwoSeconds);
    assertTrue(keyframes.size() >= 6, "keyframes at " + keyframes);
    for (long startMillis : new long[] {0, 3_990, 4_000, 5_000, 7_500}) {
      Duration start = Duration.ofMillis(startMillis);
      Duration end = start.plusSeconds(3);
      Path clip = dir.resolve("clip-" + startMillis + ".mp4");

      MediaTools.Span span = tools.cut(keyframesEveryTwoSeconds, start, end, clip);

      Duration expected =
          keyframes.stream().filter(k -> k.compareTo(start) <= 0).reduce((a, b) -> b).orElseThrow();
      assertEquals(expected, span.start().truncatedTo(ChronoUnit.MILLIS), "from " + start);
      assertEquals(
          firstPicture(keyframesEveryTwoSeconds, span.start()),
          firstPicture(clip, Duration.ZERO),
          "the clip's first picture is the recording's at " + span.start());
      MediaInfo info = tools.probe(clip);
      long spanMillis = span.end().minus(span.start()).toMillis();
      // The clip may open with a little sound before its first picture (B-frames delay it).
      assertTrue(
          spanMillis <= info.duration().toMillis()
              && spanMillis >= info.duration().toMillis() - 250,
          "the span " + spanMillis + " ms is the clip's " + info.duration() + " from its picture");
      assertTrue(
          span.end().compareTo(end.minusMillis(50)) >= 0
              && span.end().compareTo(end.plusMillis(500)) <= 0,
          "ends near the requested end " + end + ": " + span.end());
    }
  }

  @Test
  void aCutIsTheCamerasOwnFramesWithItsCreationTimeAndTheSameBytesEveryTime() throws Exception {
    byte[] before = Files.readAllBytes(keyframesEveryTwoSeconds);
    Path first = dir.resolve("same-1.mp4");
    Path second = dir.resolve("same-2.mp4");
    tools.cut(keyframesEveryTwoSeconds, Duration.ofSeconds(5), Duration.ofSeconds(9), first);
    Thread.sleep(1100); // a time of cutting written into the file would now differ
    tools.cut(keyframesEveryTwoSeconds, Duration.ofSeconds(5), Duration.ofSeconds(9), second);

    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    MediaInfo info = tools.probe(first);
    assertEquals("h264", info.videoCodec());
    assertEquals("aac", info.audioCodec());
    assertEquals(320, info.width());
    assertEquals(Instant.parse("2026-11-23T09:00:00Z"), info.createdAt());
    assertArrayEquals(before, Files.readAllBytes(keyframesEveryTwoSeconds));
  }

  @Test
  void aDataTrackIsLeftOutOfAClipAndTheOriginalsTimecodeIsNotCopied() throws Exception {
    Path timecoded = dir.resolve("timecode.mp4");
    ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=160x120:rate=25",
        "-t",
        "6",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-g",
        "25",
        "-timecode",
        "10:00:00:00",
        timecoded.toString());
    assertTrue(
        output("ffprobe", "-v", "error", "-show_streams", timecoded.toString())
            .contains("codec_type=data"),
        "the test file has a timecode track");
    Path clip = dir.resolve("timecode-cut.mp4");

    MediaTools.Span span = tools.cut(timecoded, Duration.ofSeconds(3), Duration.ofSeconds(5), clip);

    assertEquals(Duration.ofSeconds(3), span.start());
    String streams =
        output("ffprobe", "-v", "error", "-show_streams", "-show_format", clip.toString());
    assertFalse(streams.contains("codec_type=data"), streams);
    assertFalse(streams.contains("10:00:00:00"), "the clip does not begin at 10:00:00:00");
  }

  @Test
  void aFileFfmpegCannotCutIsRefusedWithItsReason() throws IOException {
    Path text = Files.writeString(dir.resolve("not-a-clip.mp4"), "not a video at all\n");
    var e =
        assertThrows(
            UnplayableVideo.class,
            () -> tools.cut(text, Duration.ZERO, Duration.ofSeconds(2), dir.resolve("cut.mp4")));
    assertTrue(
        e.getMessage().startsWith("The clip cannot be cut from this recording: "), e.getMessage());
  }

  @Test
  void aCutWithoutPicturesIsRefused() {
    var e =
        assertThrows(
            UnplayableVideo.class,
            () ->
                tools.cut(
                    soundOnly,
                    Duration.ZERO,
                    Duration.ofMillis(500),
                    dir.resolve("sound-cut.mp4")));
    assertTrue(e.getMessage().contains("has no pictures"), e.getMessage());
  }

  @Test
  void aToolThatHangsIsStoppedAtTheTimeLimit() throws Exception {
    Path hangs = dir.resolve("hangs.sh");
    Files.writeString(hangs, "#!/bin/sh\nexec sleep 30\n");
    assertTrue(hangs.toFile().setExecutable(true));
    var slow =
        new MediaTools(hangs.toString(), "ffmpeg", Duration.ofSeconds(1), Duration.ofSeconds(1));
    long began = System.nanoTime();
    var e = assertThrows(UnplayableVideo.class, () -> slow.probe(video));
    assertTrue(e.getMessage().contains("took longer than"), e.getMessage());
    assertTrue(System.nanoTime() - began < 10_000_000_000L, "stopped after about a second");
  }

  @Test
  void aMissingToolSaysHowToInstallIt() {
    var missing = new MediaTools("/nonexistent/ffprobe", "/nonexistent/ffmpeg");
    var e = assertThrows(IllegalStateException.class, () -> missing.probe(video));
    assertTrue(e.getMessage().contains("install ffmpeg"), e.getMessage());
  }

  @Test
  void flatOutputWithoutADurationFallsBackToTheVideoStreams() {
    MediaInfo info =
        MediaTools.parseFlat(
            String.join(
                "\n",
                "streams.stream.0.codec_name=\"aac\"",
                "streams.stream.0.codec_type=\"audio\"",
                "streams.stream.1.codec_name=\"hevc\"",
                "streams.stream.1.codec_type=\"video\"",
                "streams.stream.1.width=1920",
                "streams.stream.1.height=1080",
                "streams.stream.1.duration=\"12.480000\"",
                "format.duration=\"N/A\"",
                "format.tags.creation_time=\"not a time\""));
    assertEquals(Duration.ofMillis(12_480), info.duration());
    assertEquals("hevc", info.videoCodec());
    assertEquals("aac", info.audioCodec());
    assertNull(info.createdAt());
  }
}
