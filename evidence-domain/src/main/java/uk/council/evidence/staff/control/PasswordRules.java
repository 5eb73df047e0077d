package uk.council.evidence.staff.control;

import uk.council.evidence.platform.entity.InvalidInput;

/**
 * What a password must be. Length over composition rules, as the NCSC advises: at least 12
 * characters, at most 128, and not just the username.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordRules() {}

  /** Throws with a message for people if the password is not acceptable. */
  public static void check(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new InvalidInput(
          "password", "The password must be at least " + MIN_LENGTH + " characters long.");
    }
    if (password.length() > MAX_LENGTH) {
      throw new InvalidInput(
          "password", "The password must be at most " + MAX_LENGTH + " characters long.");
    }
    if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
      throw new InvalidInput("password", "The password must not be the username.");
    }
  }
}
