package uk.council.evidence.request.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a request's clock stands.
 *
 * @param state running, paused, or not started
 * @param due the day the reply is due by; null unless running
 * @param skipped the bank holidays the count stepped over to reach {@code due} (for a paused clock,
 *     none)
 * @param since the day the clock stopped or the request began to wait; null when running
 * @param left for a paused clock, the days that remained when it stopped (calendar days for subject
 *     access, working days for FOI); 0 otherwise
 */
public record Deadline(
    State state, LocalDate due, List<BankHoliday> skipped, LocalDate since, long left) {

  /** Whether the clock runs. */
  public enum State {
    RUNNING,
    /** Stopped while the council waits for clarification or a fee. */
    PAUSED,
    /** Not started: the request waits for proof of identity (or a fee) before its month begins. */
    WAITING
  }

  public Deadline {
    Objects.requireNonNull(state, "state");
    skipped = List.copyOf(skipped);
    if ((state == State.RUNNING) != (due != null)) {
      throw new IllegalArgumentException(
          "A running clock, and only a running one, has a due date.");
    }
  }

  static Deadline running(LocalDate due, List<BankHoliday> skipped) {
    return new Deadline(State.RUNNING, due, skipped, null, 0);
  }

  static Deadline paused(LocalDate since, long left) {
    return new Deadline(State.PAUSED, null, List.of(), since, left);
  }

  static Deadline waiting(LocalDate since) {
    return new Deadline(State.WAITING, null, List.of(), since, 0);
  }

  public boolean isRunning() {
    return state == State.RUNNING;
  }
}
