package uk.council.evidence.request.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.council.evidence.request.entity.Box;
import uk.council.evidence.request.entity.Track;

/**
 * A small picture of what a track follows, for the screen that lists the tracks: its box at its
 * middle key moment, cut from that frame by ffmpeg and scaled to {@value #WIDTH} pixels wide, as a
 * base64 JPEG. Empty if ffmpeg cannot make one: a track without a picture is still a track.
 */
public final class Thumbnails {

  static final int WIDTH = 64;

  private Thumbnails() {}

  public static String of(String ffmpeg, Path video, Track track) {
    List<Map.Entry<Long, Box>> keys = List.copyOf(track.keys().entrySet());
    Map.Entry<Long, Box> middle = keys.get(keys.size() / 2);
    Box b = middle.getValue();
    try {
      Process p =
          new ProcessBuilder(
                  Niceness.lowered(
                      List.of(
                          ffmpeg,
                          "-v",
                          "error",
                          "-nostdin",
                          "-ss",
                          String.format(Locale.ROOT, "%.3f", middle.getKey() / 1000.0),
                          "-i",
                          video.toString(),
                          "-frames:v",
                          "1",
                          "-vf",
                          String.format(
                              Locale.ROOT,
                              "crop=%d:%d:%d:%d,scale=%d:-2",
                              b.width(),
                              b.height(),
                              b.x(),
                              b.y(),
                              WIDTH),
                          "-f",
                          "image2",
                          "-c:v",
                          "mjpeg",
                          "-q:v",
                          "5",
                          "-")))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      p.getOutputStream().close();
      byte[] jpeg = p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "";
      }
      return p.exitValue() == 0 && jpeg.length > 0 ? Base64.getEncoder().encodeToString(jpeg) : "";
    } catch (IOException e) {
      throw new UncheckedIOException("Could not run ffmpeg for a track's picture", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
