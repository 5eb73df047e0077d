package uk.council.evidence.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real MP4 files, made with ffmpeg as the dock simulator makes them: small and short so tests stay
 * fast, and each one different (a label in its metadata), so each is a new recording.
 */
final class TestVideos {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private TestVideos() {}

  /**
   * A video of {@code seconds} seconds padded with one top-level {@code free} box to {@code bytes}
   * in all: an MP4 the server accepts (it checks the boxes to the last byte), large enough that
   * sending it outlasts the socket buffers between the server and a client that stops reading.
   */
  static byte[] padded(int seconds, int bytes) throws Exception {
    byte[] video = make(seconds);
    int pad = bytes - video.length;
    if (pad < 8) {
      throw new IllegalArgumentException(bytes + " bytes is less than the video itself");
    }
    byte[] file = java.util.Arrays.copyOf(video, bytes);
    java.nio.ByteBuffer.wrap(file, video.length, 8)
        .putInt(pad)
        .put("free".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return file;
  }

  /** A video of {@code seconds} seconds with sound, 320x180, labelled so its bytes are unique. */
  static byte[] make(int seconds) throws Exception {
    return render(
        "test",
        "testsrc2=size=320x180:rate=25",
        "sine=frequency=440:sample_rate=48000",
        "-t",
        String.valueOf(seconds),
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-g",
        "50");
  }

  /**
   * A 1280x720 video of {@code seconds} seconds with two faces on known paths ({@link #facesAt}):
   * the demo face moving right along the top, and a smaller mirror image of it moving left lower
   * down, over a noisy grey background, with a tone.
   */
  static byte[] twoFaces(int seconds) throws Exception {
    Path head = Files.createTempFile("bwv-face-", ".jpg");
    try (var in = TestVideos.class.getResourceAsStream("/demo-faces/face.jpg")) {
      Files.copy(in, head, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    try {
      return render(
          "faces",
          "color=c=0x6a7480:s=1280x720:r=25:d=" + seconds,
          "sine=frequency=440:duration=" + seconds,
          "-i",
          head.toString(),
          "-filter_complex",
          "[0]noise=alls=12:allf=t[bg];[2]split[a][b0];[b0]hflip,scale=100:-1[b];"
              + "[bg][a]overlay=x='100+90*t':y=160[t1];"
              + "[t1][b]overlay=x='1100-80*t':y='400+10*sin(t)'[v]",
          "-map",
          "[v]",
          "-map",
          "1:a",
          "-c:v",
          "libx264",
          "-preset",
          "veryfast",
          "-g",
          "25",
          "-shortest");
    } finally {
      Files.deleteIfExists(head);
    }
  }

  /**
   * Runs ffmpeg on a picture source and a sound source (both lavfi), with the further inputs and
   * options given, into an MP4 with AAC sound, its index first, and {@code label} with a count in
   * its title so that its bytes are new; the bytes of the file it made.
   */
  private static byte[] render(String label, String picture, String sound, String... more)
      throws Exception {
    Path file = Files.createTempFile("bwv-test-", ".mp4");
    try {
      List<String> command =
          new ArrayList<>(
              List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", picture, "-f", "lavfi"));
      command.addAll(List.of("-i", sound));
      command.addAll(List.of(more));
      command.addAll(
          List.of(
              "-pix_fmt",
              "yuv420p",
              "-c:a",
              "aac",
              "-movflags",
              "+faststart",
              "-metadata",
              "title=" + label + " " + Instant.now() + " " + COUNT.incrementAndGet(),
              file.toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("ffmpeg could not make a test video: " + output);
      }
      return Files.readAllBytes(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Where the two faces of {@link #twoFaces} are at {@code seconds}: x, y, width and height of each
   * face (the face itself, not the whole head).
   */
  static int[][] facesAt(double seconds) {
    int ax = (int) (100 + 90 * seconds);
    int bx = (int) (1100 - 80 * seconds);
    int by = (int) (400 + 10 * Math.sin(seconds));
    return new int[][] {{ax + 20, 160 + 39, 82, 82}, {bx + 15, by + 32, 69, 69}};
  }
}
