package uk.council.evidence.web.api;

import jakarta.ws.rs.HeaderParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import uk.council.evidence.footage.boundary.UploadRequest;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * What a dock says about a recording in the headers of an upload, whether sent in one request or
 * started as a resumable one: {@code Camera-Serial}, {@code Recorded-Start} and {@code
 * Recorded-End} (ISO-8601 instants) and {@code Content-SHA256} (hex).
 */
public class RecordingHeaders {

  @HeaderParam("Camera-Serial")
  String serial;

  @HeaderParam("Recorded-Start")
  String start;

  @HeaderParam("Recorded-End")
  String end;

  @HeaderParam("Content-SHA256")
  String sha256;

  /** The upload these headers describe, for a file of {@code size} bytes (-1 if not declared). */
  UploadRequest request(long size) {
    return new UploadRequest(
        serial, instant(start, "Recorded-Start"), instant(end, "Recorded-End"), sha256, size);
  }

  private static Instant instant(String text, String header) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(
          "recordedTimes", header + " must be an ISO-8601 instant such as 2026-11-23T09:15:00Z.");
    }
  }
}
