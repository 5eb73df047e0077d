package uk.council.evidence.staff.entity;

import java.util.Set;

/**
 * What a request's session token stands for now: a person with their current roles, or a session
 * that has ended (and why, when it is known).
 *
 * @param username the person, if the session is live
 * @param roles their roles as the account has them now, if live
 * @param ended why it ended, if it has; null for a token that names no session at all
 * @param mustChangePassword whether the person signed in with a one-time password and may do
 *     nothing but change it
 */
public record SessionCheck(
    String username, Set<Role> roles, SessionEnd ended, boolean mustChangePassword) {

  public static SessionCheck live(String username, Set<Role> roles, boolean mustChangePassword) {
    return new SessionCheck(username, Set.copyOf(roles), null, mustChangePassword);
  }

  public static SessionCheck over(SessionEnd why) {
    return new SessionCheck(null, Set.of(), why, false);
  }

  public boolean isLive() {
    return username != null;
  }
}
