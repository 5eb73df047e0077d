package uk.council.evidence.footage.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * One recording in the library's results: what the list shows, read in one query.
 *
 * @param id the recording's id
 * @param recordedStart when it started
 * @param recordedEnd when it ended
 * @param duration how long it plays, or null if never probed
 * @param sizeBytes its size
 * @param cameraSerial the camera's serial
 * @param wearerName who wore the camera, or null if unattributed
 * @param areaName its service area's name, or null
 * @param deletionDueAt when it falls due for deletion
 * @param showPicture whether the viewer may see its thumbnail (and there is one)
 * @param held whether an active hold keeps it from deletion
 * @param mayFlag whether the viewer may flag it as evidence
 */
public record LibraryRow(
    long id,
    Instant recordedStart,
    Instant recordedEnd,
    Duration duration,
    long sizeBytes,
    String cameraSerial,
    String wearerName,
    String areaName,
    Instant deletionDueAt,
    boolean showPicture,
    boolean held,
    boolean mayFlag) {

  public boolean isAttributed() {
    return wearerName != null;
  }
}
