package uk.council.evidence.footage.entity;

import java.time.Duration;
import java.time.Instant;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * When a recording started and ended, as the camera says.
 *
 * @param start the recorded start, which decides whose footage it is
 * @param end the recorded end
 */
public record RecordedTimes(Instant start, Instant end) {

  /** How far a camera's clock may run ahead of the server's before its times are refused. */
  public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

  /**
   * The longest a recording can last: no body-worn camera records for a day (its battery lasts a
   * shift). A search for what was recorded during a time relies on it, and the database checks it.
   */
  public static final Duration LONGEST = Duration.ofHours(24);

  /**
   * Checks a dock's times: both given, the end after the start but within {@link #LONGEST} of it,
   * and neither in the future (beyond a few minutes of clock drift).
   */
  public static RecordedTimes of(Instant start, Instant end, Instant now) {
    if (start == null || end == null) {
      throw new InvalidInput(
          "recordedTimes", "Give the recorded start and end as ISO-8601 instants.");
    }
    if (!end.isAfter(start)) {
      throw new InvalidInput(
          "recordedTimes",
          "The recorded end (" + end + ") is not after the start (" + start + ").");
    }
    if (Duration.between(start, end).compareTo(LONGEST) > 0) {
      throw new InvalidInput(
          "recordedTimes",
          "The recorded start ("
              + start
              + ") and end ("
              + end
              + ") are more than 24 hours apart: check the camera's clock.");
    }
    if (end.isAfter(now.plus(CLOCK_TOLERANCE))) {
      throw new InvalidInput(
          "recordedTimes",
          "The recorded end (" + end + ") is in the future: check the camera's clock.");
    }
    return new RecordedTimes(start, end);
  }
}
