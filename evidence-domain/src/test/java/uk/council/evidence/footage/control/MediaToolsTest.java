package uk.council.evidence.footage.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.council.evidence.footage.entity.MediaInfo;

/** Runs the real ffprobe and ffmpeg, which ./bwv test installs, on files made with ffmpeg. */
class MediaToolsTest {

  @TempDir static Path dir;
  static Path video;
  static Path soundOnly;

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
