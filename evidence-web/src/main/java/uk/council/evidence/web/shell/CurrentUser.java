package uk.council.evidence.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.stream.Collectors;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.StaffProfile;

/**
 * The signed-in person, as the header shows them: read for each request, so that a change to their
 * name or roles shows on their next page.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject StaffAccounts accounts;

  private StaffProfile profile;

  private StaffProfile profile() {
    Principal caller = security.getCallerPrincipal();
    if (caller == null) {
      profile = null;
    } else if (profile == null || !profile.username().equals(caller.getName())) {
      profile = accounts.profile(caller.getName()).orElse(null);
    }
    return profile;
  }

  public boolean isSignedIn() {
    return profile() != null;
  }

  public String getUsername() {
    return isSignedIn() ? profile.username() : null;
  }

  public String getDisplayName() {
    return isSignedIn() ? profile.displayName() : null;
  }

  public String getServiceArea() {
    return isSignedIn() ? profile.serviceArea() : null;
  }

  /** The person's roles, in the order of {@link Role}. */
  public List<Role> getRoles() {
    return isSignedIn() ? profile.roles().stream().sorted().toList() : List.of();
  }

  /** Whether they signed in with a one-time password and must change it before anything else. */
  /** Whether they sign in through the council's directory, which keeps their password. */
  public boolean isDirectory() {
    return isSignedIn() && profile.directory();
  }

  public boolean isMustChangePassword() {
    return isSignedIn() && profile.mustChangePassword();
  }

  /** "Supervisor" or "Supervisor, Camera user". */
  public String getRoleTitles() {
    return getRoles().stream().map(Role::title).collect(Collectors.joining(", "));
  }
}
