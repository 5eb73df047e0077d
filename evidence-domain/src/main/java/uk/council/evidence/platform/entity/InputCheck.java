package uk.council.evidence.platform.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs several rule checks and gathers every {@link InvalidInput} they raise, so that a person sees
 * all that is wrong with a form at once instead of one problem per attempt.
 */
public final class InputCheck {

  private final List<InvalidInput.Problem> problems = new ArrayList<>();

  /** Runs a check that returns a value; null if it failed. */
  public <T> T value(Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidInput e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /** Runs a check. */
  public void run(Runnable check) {
    value(
        () -> {
          check.run();
          return null;
        });
  }

  public void add(String field, String message) {
    problems.add(new InvalidInput.Problem(field, message));
  }

  /**
   * The day typed, or null with a problem if it is missing (when {@code required}) or not a date.
   *
   * @param name what the day is, as the message names it: "the day it arrived"
   */
  public LocalDate day(String field, String value, boolean required, String name) {
    if (!required && (value == null || value.isBlank())) {
      return null;
    }
    return value(() -> day(field, value, name));
  }

  /**
   * The day typed, as an ISO date.
   *
   * @param name what the day is, as the message names it: "the day it arrived"
   * @throws InvalidInput if it is missing or not a date
   */
  public static LocalDate day(String field, String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, "Enter " + name + ".");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "Enter " + name + " as a real date, for example 2026-03-31.");
    }
  }

  /** Throws one {@link InvalidInput} with every problem found, if there were any. */
  public void orThrow() {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }
}
