package uk.council.evidence.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real MP4 files, made with ffmpeg as the dock simulator makes them: small and short so tests stay
 * fast, and each one different (a label in its metadata), so each is a new recording.
 */
final class TestVideos {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private TestVideos() {}

  /** A video of {@code seconds} seconds with sound, 320x180, labelled so its bytes are unique. */
  static byte[] make(int seconds) throws Exception {
    Path file = Files.createTempFile("bwv-test-", ".mp4");
    try {
      String label = "test " + Instant.now() + " " + COUNT.incrementAndGet();
      Process ffmpeg =
          new ProcessBuilder(
                  List.of(
                      "ffmpeg",
                      "-v",
                      "error",
                      "-y",
                      "-f",
                      "lavfi",
                      "-i",
                      "testsrc2=size=320x180:rate=25",
                      "-f",
                      "lavfi",
                      "-i",
                      "sine=frequency=440:sample_rate=48000",
                      "-t",
                      String.valueOf(seconds),
                      "-c:v",
                      "libx264",
                      "-preset",
                      "ultrafast",
                      "-g",
                      "50",
                      "-pix_fmt",
                      "yuv420p",
                      "-c:a",
                      "aac",
                      "-movflags",
                      "+faststart",
                      "-metadata",
                      "title=" + label,
                      file.toString()))
              .redirectErrorStream(true)
              .start();
      String output = new String(ffmpeg.getInputStream().readAllBytes());
      if (ffmpeg.waitFor() != 0) {
        throw new IllegalStateException("ffmpeg could not make a test video: " + output);
      }
      return Files.readAllBytes(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
