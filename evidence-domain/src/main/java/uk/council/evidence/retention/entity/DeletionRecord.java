package uk.council.evidence.retention.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the council can still say about a recording after the deletion sweep removed it: which
 * recording it was (its camera, wearer, service area, times, size and SHA-256, the fingerprint of
 * the original file), which rule made it due, when it was due and when it went. Written once by the
 * sweep, in the same transaction that removes the recording, and never changed.
 *
 * @param recordingId the deleted recording's id
 * @param cameraSerial the camera that recorded it
 * @param wearer who wore the camera, or null if the recording was never attributed
 * @param serviceArea the service area it belonged to, or null if none
 * @param recordedStart when recording started
 * @param recordedEnd when recording ended
 * @param uploadedAt when it arrived
 * @param sizeBytes the original file's size
 * @param sha256 the original file's SHA-256, lower-case hex
 * @param rule the retention rule that made it due, in words
 * @param dueAt when it fell due for deletion
 * @param deletedAt when it was deleted
 */
public record DeletionRecord(
    long recordingId,
    String cameraSerial,
    String wearer,
    String serviceArea,
    Instant recordedStart,
    Instant recordedEnd,
    Instant uploadedAt,
    long sizeBytes,
    String sha256,
    String rule,
    Instant dueAt,
    Instant deletedAt) {

  /**
   * A deletion later than this after its due date is late: the sweep runs every 15 minutes, so a
   * healthy system is never more than that behind; an hour leaves room for a restart.
   */
  public static final Duration LATE_AFTER = Duration.ofHours(1);

  public DeletionRecord {
    Objects.requireNonNull(cameraSerial, "cameraSerial");
    Objects.requireNonNull(recordedStart, "recordedStart");
    Objects.requireNonNull(recordedEnd, "recordedEnd");
    Objects.requireNonNull(uploadedAt, "uploadedAt");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(deletedAt, "deletedAt");
  }

  /** Whether it was deleted more than {@link #LATE_AFTER} after it fell due. */
  public boolean isLate() {
    return deletedAt.isAfter(dueAt.plus(LATE_AFTER));
  }
}
