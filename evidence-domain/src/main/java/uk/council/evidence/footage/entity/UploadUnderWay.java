package uk.council.evidence.footage.entity;

import java.time.Instant;
import java.util.Optional;

/**
 * A resumable upload as an administrator sees it: which dock started it, for which camera, how far
 * it has got and when a chunk last arrived. A dock that stopped part-way (taken off the network,
 * replaced) leaves one of these until it comes back or a week passes; an administrator may cancel
 * it sooner.
 *
 * @param status where it stands
 * @param lastActivity when its record or its bytes last changed
 */
public record UploadUnderWay(UploadStatus status, Instant lastActivity) {

  /** The dock that started it; absent for an upload started before docks were recorded. */
  public Optional<String> dock() {
    return Optional.ofNullable(status.details().get(UploadStatus.DOCK));
  }

  /** The serial number of the camera the footage is from, as the dock declared it. */
  public String cameraSerial() {
    return status.details().getOrDefault(UploadStatus.CAMERA_SERIAL, "");
  }

  /** How much has arrived, in whole per cent. */
  public int percent() {
    return (int) (status.received() * 100 / Math.max(1, status.declaredSize()));
  }
}
