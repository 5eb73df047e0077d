package uk.council.evidence.request.entity;

import java.time.Duration;
import java.time.Instant;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * What a request asks for, as the requester described it: when and where, who (the person and their
 * clothing), the camera or officer if they know it, and anything else. Used to search the library
 * and to place holds at once on everything in the window.
 *
 * @param from the start of the time window (UK time, as told)
 * @param until its end
 * @param place where, in the requester's words
 * @param person the person and their clothing
 * @param camera a camera serial, if known
 * @param officer the officer's name or number, if known
 * @param details anything else
 */
public record Sought(
    Instant from,
    Instant until,
    String place,
    String person,
    String camera,
    String officer,
    String details) {

  /** The longest window a request can hold footage for without a person to narrow it. */
  public static final Duration LONGEST_WINDOW = Duration.ofDays(7);

  /** How much wider than the window told the search and the holds look, either side. */
  public static final Duration MARGIN = Duration.ofMinutes(30);

  private static final int LONGEST_TEXT = 2000;

  /**
   * Checks what was typed, every problem at once.
   *
   * @param now the present: a window cannot begin after it
   * @throws InvalidInput if the window is missing an end, runs backwards, begins in the future or
   *     is longer than {@link #LONGEST_WINDOW}, or nothing describes what is sought
   */
  public static Sought of(
      Instant from,
      Instant until,
      String place,
      String person,
      String camera,
      String officer,
      String details,
      Instant now) {
    var check = new InputCheck();
    if (from == null || until == null) {
      check.add(
          from == null ? "from" : "until",
          "Enter when the footage was recorded: a start and an end.");
    } else if (!until.isAfter(from)) {
      check.add("until", "The end of the time asked for must be after its start.");
    } else if (from.isAfter(now)) {
      check.add("from", "The time asked for cannot be in the future.");
    } else if (Duration.between(from, until).compareTo(LONGEST_WINDOW) > 0) {
      check.add(
          "until",
          "Ask for at most "
              + LONGEST_WINDOW.toDays()
              + " days at a time; log a second window if the requester needs more.");
    }
    for (String[] field :
        new String[][] {
          {"place", place},
          {"person", person},
          {"camera", camera},
          {"officer", officer},
          {"details", details}
        }) {
      if (field[1] != null && field[1].strip().length() > LONGEST_TEXT) {
        check.add(field[0], "Keep this to " + LONGEST_TEXT + " characters.");
      }
    }
    if (blank(place) && blank(person) && blank(camera) && blank(officer) && blank(details)) {
      check.add("place", "Say where, or who, or which camera: something to find the footage by.");
    }
    check.orThrow();
    return new Sought(
        from, until, tidy(place), tidy(person), tidy(camera), tidy(officer), tidy(details));
  }

  /** The window the search and the holds cover: the one told, with the margin either side. */
  public Instant searchFrom() {
    return from.minus(MARGIN);
  }

  public Instant searchUntil() {
    return until.plus(MARGIN);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String tidy(String s) {
    return blank(s) ? null : s.strip();
  }
}
