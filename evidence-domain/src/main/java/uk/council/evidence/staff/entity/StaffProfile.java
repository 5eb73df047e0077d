package uk.council.evidence.staff.entity;

import java.util.Set;

/**
 * Who is signed in, as the portal shows them.
 *
 * @param username sign-in name
 * @param displayName the person's name
 * @param serviceArea the name of their service area, or null
 * @param roles their roles
 * @param mustChangePassword whether they signed in with a one-time password not yet changed
 * @param directory whether they sign in with the council's network account (the directory), whose
 *     password is changed there
 */
public record StaffProfile(
    String username,
    String displayName,
    String serviceArea,
    Set<Role> roles,
    boolean mustChangePassword,
    boolean directory) {

  public static StaffProfile of(StaffMember m) {
    return new StaffProfile(
        m.getUsername(),
        m.getDisplayName(),
        m.getServiceArea() == null ? null : m.getServiceArea().getName(),
        m.getRoles(),
        m.mustChangePassword(),
        m.isDirectoryAccount());
  }
}
