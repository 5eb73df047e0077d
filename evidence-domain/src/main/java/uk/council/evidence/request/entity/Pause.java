package uk.council.evidence.request.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A time the clock stood still: for subject access, while the council waited for clarification it
 * needed (UK GDPR Art. 12A); for FOI, while a fees notice was unpaid (FOIA s.10(2)).
 *
 * @param from the day the council asked
 * @param until the day the answer (or the fee) arrived; null while the council still waits
 * @param asked what was asked for
 */
public record Pause(LocalDate from, LocalDate until, String asked) {

  public Pause {
    Objects.requireNonNull(from, "from");
    if (asked == null || asked.isBlank()) {
      throw new InvalidInput("asked", "Say what was asked for while the clock stops.");
    }
    asked = asked.strip();
    if (until != null && until.isBefore(from)) {
      throw new InvalidInput(
          "until",
          "The clock cannot restart before it stopped, on " + CouncilTime.date(from) + ".");
    }
  }

  public boolean isOpen() {
    return until == null;
  }

  /** The calendar days it moves a deadline by: from the day asked to the day answered. */
  public long days() {
    return until == null ? 0 : ChronoUnit.DAYS.between(from, until);
  }

  /** Whether the day falls in it, both ends included (for FOI's fees notice, s.10(2)). */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && (until == null || !day.isAfter(until));
  }

  /** This pause, ended on {@code day}. */
  public Pause endedOn(LocalDate day) {
    if (until != null) {
      throw new InvalidInput("until", "That pause has already ended.");
    }
    return new Pause(from, day, asked);
  }

  /**
   * Checks that pauses do not overlap and that only the last is still open.
   *
   * @throws InvalidInput naming the pause that overlaps another
   */
  public static void checkApart(List<Pause> pauses) {
    List<Pause> inOrder = pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
    for (int i = 1; i < inOrder.size(); i++) {
      Pause before = inOrder.get(i - 1);
      Pause after = inOrder.get(i);
      if (before.until() == null || after.from().isBefore(before.until())) {
        throw new InvalidInput(
            "from",
            "The clock was already stopped on "
                + CouncilTime.date(after.from())
                + " (from "
                + CouncilTime.date(before.from())
                + "): pauses cannot overlap.");
      }
    }
  }

  /** The pauses with {@code added} after them, checked. */
  static List<Pause> with(List<Pause> pauses, Pause added) {
    List<Pause> more = new java.util.ArrayList<>(pauses);
    more.add(added);
    checkApart(more);
    return more;
  }

  /**
   * The pauses with the open one ended on {@code day}.
   *
   * @throws InvalidInput naming {@code nothingOpen} if none is open
   */
  static List<Pause> ending(List<Pause> pauses, LocalDate day, String nothingOpen) {
    Pause open = open(pauses).orElseThrow(() -> new InvalidInput("until", nothingOpen));
    List<Pause> ended = new java.util.ArrayList<>(pauses);
    ended.set(ended.indexOf(open), open.endedOn(day));
    return ended;
  }

  /** The pause still open, if any. */
  public static Optional<Pause> open(List<Pause> pauses) {
    return pauses.stream().filter(Pause::isOpen).findFirst();
  }
}
