package uk.council.evidence.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.stream.Collectors;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.web.security.PortalAuthentication;
import uk.council.evidence.web.shell.Messages;
import uk.council.evidence.web.shell.Navigation;

/**
 * "Change your password": for anyone signed in, and the only page open to someone who signed in
 * with a one-time password until they have changed it. Passwords typed are never sent back.
 */
@Named("changePassword")
@RequestScoped
public class ChangePasswordBacking {

  @Inject StaffAccounts accounts;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private String current;
  private String newPassword;
  private String again;
  private String awaiting;

  public void change() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    try {
      HttpServletRequest request = (HttpServletRequest) ext.getRequest();
      accounts.changeOwnPassword(
          current,
          newPassword,
          again,
          PortalAuthentication.sessionToken(request),
          request.getRemoteAddr());
    } catch (InvalidInput e) {
      messages.reject("password", e);
      return;
    } finally {
      current = null;
      newPassword = null;
      again = null;
    }
    messages.notice("Your password is changed.");
    // This request still runs as it began (without roles, if the password was one-time); the
    // next reads the account afresh. Someone whose roles all await approval stays here.
    var roles =
        accounts
            .profile(ext.getUserPrincipal().getName())
            .map(p -> p.roles().stream().sorted().toList())
            .orElse(java.util.List.of());
    ext.redirect(
        ext.getRequestContextPath()
            + (roles.isEmpty() ? "/account/password.xhtml" : Navigation.homeOf(roles)));
  }

  /** The person's roles that await approval, as people say them; empty if none. */
  public String getAwaiting() {
    if (awaiting == null) {
      awaiting =
          accounts.ownRolesAwaitingApproval().stream()
              .sorted()
              .map(Role::title)
              .collect(Collectors.joining(", "));
    }
    return awaiting;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getAgain() {
    return again;
  }

  public void setAgain(String again) {
    this.again = again;
  }
}
