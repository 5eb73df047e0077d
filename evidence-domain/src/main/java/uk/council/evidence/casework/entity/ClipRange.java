package uk.council.evidence.casework.entity;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * The part of a recording a clip is cut from: a start and an end within the recording, typed as
 * times from its beginning ({@code 1:05}, {@code 0:01:05} or {@code 65} seconds, with optional
 * tenths). The original is never changed; the clip is a new file.
 */
public record ClipRange(Duration start, Duration end) {

  /** The shortest clip worth disclosing. */
  public static final Duration SHORTEST = Duration.ofSeconds(1);

  private static final Pattern TIME =
      Pattern.compile("(?:(?:(\\d{1,2}):)?(\\d{1,3}):)?(\\d{1,5})(?:\\.(\\d{1,3}))?");

  public ClipRange {
    if (start.isNegative() || end.compareTo(start) <= 0) {
      throw new IllegalArgumentException("A clip ends after it starts: " + start + " to " + end);
    }
  }

  /** Reads a range someone typed, checked against the recording's length; every mistake at once. */
  public static ClipRange of(String startText, String endText, Duration recordingLength) {
    var check = new InputCheck();
    Duration start = check.value(() -> time("clipStart", "start", startText));
    Duration end = check.value(() -> time("clipEnd", "end", endText));
    if (start != null && start.compareTo(recordingLength) >= 0) {
      check.add(
          "clipStart",
          "The clip must start before the recording ends, at " + format(recordingLength) + ".");
    }
    if (end != null && end.compareTo(recordingLength) > 0) {
      check.add(
          "clipEnd",
          "The clip cannot end after the recording does, at " + format(recordingLength) + ".");
    }
    if (start != null && end != null && end.compareTo(start.plus(SHORTEST)) < 0) {
      check.add("clipEnd", "The clip must end at least a second after it starts.");
    }
    check.orThrow();
    return new ClipRange(start, end);
  }

  public Duration length() {
    return end.minus(start);
  }

  /** A time from the recording's start as people write it: {@code 1:05.5} or {@code 1:02:03}. */
  public static String format(Duration d) {
    long millis = d.toMillis();
    long hours = millis / 3_600_000;
    long minutes = millis / 60_000 % 60;
    long seconds = millis / 1000 % 60;
    long tenths = millis % 1000 / 100;
    String time =
        hours > 0
            ? String.format("%d:%02d:%02d", hours, minutes, seconds)
            : String.format("%d:%02d", minutes, seconds);
    return tenths == 0 ? time : time + "." + tenths;
  }

  /**
   * A time from the recording's start as someone typed it ({@code 1:05}, {@code 1:05.5}, {@code
   * 1:02:03} or seconds alone).
   *
   * @throws InvalidInput naming {@code field}, saying what {@code which} should look like
   */
  public static Duration time(String field, String which, String typed) {
    String text = typed == null ? "" : typed.strip();
    Matcher m = TIME.matcher(text);
    if (!m.matches()) {
      throw new InvalidInput(
          field, "Enter the " + which + " as minutes and seconds from the beginning, like 1:05.");
    }
    long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
    long seconds = Long.parseLong(m.group(3));
    if ((m.group(2) != null && seconds > 59) || (m.group(1) != null && minutes > 59)) {
      throw new InvalidInput(
          field, "Enter the " + which + " as minutes and seconds from the beginning, like 1:05.");
    }
    String fraction = m.group(4) == null ? "0" : (m.group(4) + "00").substring(0, 3);
    return Duration.ofHours(hours)
        .plusMinutes(minutes)
        .plusSeconds(seconds)
        .plusMillis(Long.parseLong(fraction));
  }
}
