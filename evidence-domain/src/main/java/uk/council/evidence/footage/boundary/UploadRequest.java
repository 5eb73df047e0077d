package uk.council.evidence.footage.boundary;

import java.time.Instant;

/**
 * What a dock says about the file it sends.
 *
 * @param cameraSerial the serial of the camera that recorded it
 * @param recordedStart when recording started, by the camera's clock
 * @param recordedEnd when it ended
 * @param sha256 the SHA-256 the dock computed, in hex
 * @param contentLength the body's declared length, or -1 if not declared
 */
public record UploadRequest(
    String cameraSerial,
    Instant recordedStart,
    Instant recordedEnd,
    String sha256,
    long contentLength) {}
