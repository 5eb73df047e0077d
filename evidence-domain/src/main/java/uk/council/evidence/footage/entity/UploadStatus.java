package uk.council.evidence.footage.entity;

import java.time.Instant;
import java.util.Map;

/**
 * Where a resumable upload stands.
 *
 * @param uploadId the id the dock uses for every later request: the declared SHA-256 in hex
 * @param declaredSha256 the SHA-256 the dock declared for the whole file
 * @param declaredSize the size the dock declared for the whole file, in bytes
 * @param received bytes the server holds: the offset the next chunk must start at
 * @param createdAt when the upload was started
 * @param details what the caller attached when starting (camera serial, recorded times, ...)
 */
public record UploadStatus(
    String uploadId,
    StorageKey declaredSha256,
    long declaredSize,
    long received,
    Instant createdAt,
    Map<String, String> details) {

  /** The detail naming the camera the footage is from. */
  public static final String CAMERA_SERIAL = "camera-serial";

  /** The detail saying when the recording started. */
  public static final String RECORDED_START = "recorded-start";

  /** The detail saying when the recording ended. */
  public static final String RECORDED_END = "recorded-end";

  /** The detail naming the dock that started the upload. */
  public static final String DOCK = "dock";

  public UploadStatus {
    details = Map.copyOf(details);
  }

  /** Whether every declared byte has arrived, so the upload can be {@code finish}ed. */
  public boolean complete() {
    return received == declaredSize;
  }

  public UploadStatus withReceived(long bytes) {
    return new UploadStatus(uploadId, declaredSha256, declaredSize, bytes, createdAt, details);
  }
}
