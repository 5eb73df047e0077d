package uk.council.evidence.request.control;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import uk.council.evidence.request.entity.Picture;

/**
 * A recording's frames as pictures, decoded by ffmpeg in a process of its own and read from its
 * output as they come: every frame, or a few a second for finding faces. Memory holds one frame at
 * a time. The file is only read.
 */
public final class VideoFrames implements AutoCloseable {

  private final Process ffmpeg;
  private final DataInputStream frames;
  private final int width;
  private final int height;
  private final double perSecond;
  private final StringBuilder errors = new StringBuilder();
  private final Thread errorReader;
  private long index;

  /**
   * @param perSecond frames a second to give: the recording's frame rate for every frame, or fewer
   *     (ffmpeg picks the frame nearest each moment)
   * @param everyFrame whether {@code perSecond} is the recording's own rate: then no frame is
   *     dropped or repeated
   */
  public VideoFrames(
      String ffmpegCommand,
      Path video,
      int width,
      int height,
      double perSecond,
      boolean everyFrame) {
    this.width = width;
    this.height = height;
    this.perSecond = perSecond;
    List<String> command =
        new ArrayList<>(List.of(ffmpegCommand, "-v", "error", "-nostdin", "-i", video.toString()));
    if (!everyFrame) {
      command.addAll(List.of("-vf", String.format(Locale.ROOT, "fps=%.6f", perSecond)));
    }
    command.addAll(
        List.of(
            "-an", "-sn", "-f", "rawvideo", "-pix_fmt", "bgr24", "-s", width + "x" + height, "-"));
    try {
      ffmpeg = new ProcessBuilder(Niceness.lowered(command)).start();
      ffmpeg.getOutputStream().close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start ffmpeg to read " + video, e);
    }
    frames = new DataInputStream(new BufferedInputStream(ffmpeg.getInputStream(), 1 << 20));
    errorReader = new Thread(() -> drain(ffmpeg.getErrorStream()), "ffmpeg-errors");
    errorReader.setDaemon(true);
    errorReader.start();
  }

  private void drain(InputStream in) {
    try {
      byte[] text = in.readAllBytes();
      synchronized (errors) {
        errors.append(new String(text, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // The process went away; what it said so far is kept.
    }
  }

  /** The next frame, or null after the last. */
  public Picture next() {
    byte[] bgr = new byte[width * height * 3];
    try {
      frames.readFully(bgr);
    } catch (EOFException end) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read a frame from ffmpeg", e);
    }
    long ms = Math.round(index++ * 1000 / perSecond);
    return new Picture(ms, width, height, bgr);
  }

  /**
   * Waits for ffmpeg to end after the last frame.
   *
   * @throws IllegalStateException with what ffmpeg said, if it failed
   */
  public void finish() {
    try {
      if (!ffmpeg.waitFor(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("ffmpeg did not finish reading the recording");
      }
      errorReader.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading the recording", e);
    }
    if (ffmpeg.exitValue() != 0) {
      synchronized (errors) {
        throw new IllegalStateException(
            "ffmpeg could not read the recording: " + errors.toString().strip());
      }
    }
  }

  @Override
  public void close() {
    ffmpeg.destroyForcibly();
    try {
      frames.close();
    } catch (IOException e) {
      // Closing a pipe to a process that has gone.
    }
  }
}
