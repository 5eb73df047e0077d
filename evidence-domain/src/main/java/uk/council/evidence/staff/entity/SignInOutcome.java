package uk.council.evidence.staff.entity;

/** How a sign-in attempt ended. */
public enum SignInOutcome {
  /** Username and password are right, the account is active and not locked. */
  SUCCEEDED,
  /** The username or the password is wrong, or the account is disabled; we do not say which. */
  REFUSED,
  /** The account is locked after repeated failures (this attempt may have locked it). */
  LOCKED,
  /**
   * The username is not one of the portal's own accounts, and the council's directory, which would
   * check it, did not answer.
   */
  DIRECTORY_UNAVAILABLE
}
