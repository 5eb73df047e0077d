package uk.council.evidence.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks one or more rules, each with a message written for the person who typed it. The
 * transaction rolls back; the caller shows each message next to its field and keeps what was typed.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public InvalidInput(String message) {
    this(null, message);
  }

  /** A message about one field of a form, e.g. {@code "username"}. */
  public InvalidInput(String field, String message) {
    this(List.of(new Problem(field, message)));
  }

  /** Several problems found together, so that a form can show them all at once. */
  public InvalidInput(List<Problem> problems) {
    super(problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInput needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The form field the first message is about, or null if it is about the whole form. */
  public String field() {
    return problems.get(0).field();
  }

  /**
   * One broken rule.
   *
   * @param field the form field it is about, or null for the whole form
   * @param message what is wrong and how to put it right
   */
  public record Problem(String field, String message) {}
}
