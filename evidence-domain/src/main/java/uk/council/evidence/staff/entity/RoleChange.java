package uk.council.evidence.staff.entity;

import java.util.EnumSet;
import java.util.Set;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * What an administrator's ticked roles for an account come to (issue 14): the roles the account has
 * at once, the roles asked for that wait for a second person's approval, and earlier requests taken
 * back because their box is no longer ticked.
 *
 * <p>Taking a role away always applies at once; adding one applies at once only if it opens no one
 * else's footage (see {@link RoleGrant#NEEDS_APPROVAL}). No one changes their own roles: an
 * administrator who could would give themselves the pictures, or quietly drop a role to hide what
 * they did with it.
 *
 * @param effective the account's roles from now on (may be empty while every role waits)
 * @param toRequest the roles to ask a second person for
 * @param toWithdraw the pending requests to take back
 */
public record RoleChange(Set<Role> effective, Set<Role> toRequest, Set<Role> toWithdraw) {

  public RoleChange {
    effective = Set.copyOf(effective);
    toRequest = Set.copyOf(toRequest);
    toWithdraw = Set.copyOf(toWithdraw);
  }

  /**
   * The change from an account's {@code current} roles and {@code pending} requests to the {@code
   * ticked} roles.
   *
   * @param own whether the one making the change is the account's own person
   * @throws InvalidInput if no role is ticked, or someone tries to change their own roles
   */
  public static RoleChange of(Set<Role> current, Set<Role> pending, Set<Role> ticked, boolean own) {
    Set<Role> wanted = StaffMember.checkRoles(ticked);
    Set<Role> shown = union(current, pending);
    if (own && !wanted.equals(shown)) {
      throw new InvalidInput(
          "roles", "You cannot change your own roles: another administrator must do it.");
    }
    Set<Role> effective = EnumSet.noneOf(Role.class);
    Set<Role> toRequest = EnumSet.noneOf(Role.class);
    for (Role role : wanted) {
      if (current.contains(role) || !RoleGrant.needsApproval(role)) {
        effective.add(role);
      } else if (!pending.contains(role)) {
        toRequest.add(role);
      }
    }
    Set<Role> toWithdraw = EnumSet.noneOf(Role.class);
    for (Role role : pending) {
      if (!wanted.contains(role)) {
        toWithdraw.add(role);
      }
    }
    return new RoleChange(effective, toRequest, toWithdraw);
  }

  /** The roles of a new account, created with the {@code ticked} roles. */
  public static RoleChange forNewAccount(Set<Role> ticked) {
    return of(Set.of(), Set.of(), ticked, false);
  }

  /**
   * After an administrator resets an account's password: the roles that open other people's footage
   * are asked for again, as for a new account, because whoever reset the password knows the
   * one-time password and could sign in with it. The other roles stay.
   */
  public static RoleChange afterPasswordReset(Set<Role> current) {
    Set<Role> effective = EnumSet.noneOf(Role.class);
    Set<Role> toRequest = EnumSet.noneOf(Role.class);
    for (Role role : current) {
      (RoleGrant.needsApproval(role) ? toRequest : effective).add(role);
    }
    return new RoleChange(effective, toRequest, Set.of());
  }

  private static Set<Role> union(Set<Role> a, Set<Role> b) {
    Set<Role> all = EnumSet.noneOf(Role.class);
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
