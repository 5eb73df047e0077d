package uk.council.evidence.platform.entity;

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

  /** Throws one {@link InvalidInput} with every problem found, if there were any. */
  public void orThrow() {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }
}
