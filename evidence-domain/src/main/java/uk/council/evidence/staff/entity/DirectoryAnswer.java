package uk.council.evidence.staff.entity;

import java.util.Objects;

/**
 * What the directory said about a username and password.
 *
 * @param outcome how it ended
 * @param person the person, when the password was right and the account enabled; otherwise null
 * @param problem for the audit log, why the directory could not be asked; otherwise null
 */
public record DirectoryAnswer(Outcome outcome, DirectoryPerson person, String problem) {

  public enum Outcome {
    /** The password is right and the account enabled. */
    SIGNED_IN,
    /** No one, or more than one entry, has that username. */
    NO_SUCH_PERSON,
    /** The account exists but the password is not right (or was empty). */
    WRONG_PASSWORD,
    /** The account is disabled in the directory. */
    DISABLED,
    /** The directory did not answer, or refused the portal's own bind account. */
    UNREACHABLE
  }

  public DirectoryAnswer {
    Objects.requireNonNull(outcome);
    if ((outcome == Outcome.SIGNED_IN) != (person != null)) {
      throw new IllegalArgumentException("a person only when signed in");
    }
  }

  public static DirectoryAnswer signedIn(DirectoryPerson person) {
    return new DirectoryAnswer(Outcome.SIGNED_IN, person, null);
  }

  public static DirectoryAnswer refused(Outcome outcome) {
    return new DirectoryAnswer(outcome, null, null);
  }

  public static DirectoryAnswer unreachable(String problem) {
    return new DirectoryAnswer(Outcome.UNREACHABLE, null, problem);
  }
}
