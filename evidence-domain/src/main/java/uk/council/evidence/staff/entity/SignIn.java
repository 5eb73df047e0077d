package uk.council.evidence.staff.entity;

import java.time.Instant;
import java.util.Set;

/**
 * The result of a sign-in attempt.
 *
 * @param outcome how it ended
 * @param username the normalised username (as typed, if it could not be normalised)
 * @param roles the person's roles when it succeeded, otherwise empty
 * @param lockedUntil when the lock ends, if the account is locked
 * @param sessionToken when it succeeded, the secret that names the new session on every request
 *     after (see {@link StaffSession}); otherwise null
 */
public record SignIn(
    SignInOutcome outcome,
    String username,
    Set<Role> roles,
    Instant lockedUntil,
    String sessionToken) {

  public boolean succeeded() {
    return outcome == SignInOutcome.SUCCEEDED;
  }
}
