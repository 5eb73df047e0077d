package uk.council.evidence.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.stream.Collectors;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.StaffProfile;
import uk.council.evidence.web.security.SessionAudit;

/**
 * The signed-in person, as the header shows them. The session may begin before sign-in (the sign-in
 * page has one), so the profile is loaded when the caller first differs from it.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SecurityContext security;
  @Inject transient StaffAccounts accounts;
  @Inject transient HttpServletRequest request;

  private StaffProfile profile;

  private StaffProfile profile() {
    Principal caller = security.getCallerPrincipal();
    if (caller == null) {
      profile = null;
    } else if (profile == null || !profile.username().equals(caller.getName())) {
      profile = accounts.profile(caller.getName()).orElse(null);
      request.getSession().setAttribute(SessionAudit.USERNAME, caller.getName());
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

  /** "Supervisor" or "Supervisor, Camera user". */
  public String getRoleTitles() {
    return getRoles().stream().map(Role::title).collect(Collectors.joining(", "));
  }
}
