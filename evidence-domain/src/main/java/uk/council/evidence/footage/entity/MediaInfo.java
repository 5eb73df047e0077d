package uk.council.evidence.footage.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What ffprobe found in a recording's file.
 *
 * @param duration how long the video plays
 * @param videoCodec the video stream's codec, e.g. {@code h264}
 * @param audioCodec the audio stream's codec, or null if the file has no sound
 * @param width the picture's width in pixels
 * @param height the picture's height in pixels
 * @param createdAt the creation time written into the file by the camera, or null if none
 */
public record MediaInfo(
    Duration duration,
    String videoCodec,
    String audioCodec,
    int width,
    int height,
    Instant createdAt) {

  public Optional<String> audio() {
    return Optional.ofNullable(audioCodec);
  }

  public Optional<Instant> created() {
    return Optional.ofNullable(createdAt);
  }
}
