package uk.council.evidence.staff.entity;

import java.util.Set;

/**
 * An account just created, with the one-time password to hand to its person (shown once, never
 * stored) and the roles that wait for a second person's approval.
 *
 * @param member the account
 * @param oneTimePassword works for one sign-in, at which the person must choose their own
 * @param awaitingApproval roles asked for that do not apply until approved
 */
public record NewAccount(StaffMember member, String oneTimePassword, Set<Role> awaitingApproval) {

  public NewAccount {
    awaitingApproval = Set.copyOf(awaitingApproval);
  }
}
