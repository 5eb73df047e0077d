package uk.council.evidence.footage.entity;

import java.time.Instant;
import java.util.List;

/**
 * Where fixity checking stands, for the compliance officer's and administrator's screen.
 *
 * @param pass the number of the pass under way (each pass checks every original once)
 * @param passStartedAt when it began, or null before the first check
 * @param lastPassEndedAt when the last complete pass ended, or null if none has
 * @param checkedThisPass originals checked so far in this pass
 * @param recordings how many recordings there are
 * @param failures recordings whose latest check failed, newest first
 * @param latest the most recent checks, newest first
 */
public record FixityReport(
    int pass,
    Instant passStartedAt,
    Instant lastPassEndedAt,
    long checkedThisPass,
    long recordings,
    List<Check> failures,
    List<Check> latest) {

  /** One recording's latest check. */
  public record Check(
      long recordingId,
      String cameraSerial,
      Instant recordedStart,
      Instant checkedAt,
      FixityOutcome outcome,
      String detail) {}
}
