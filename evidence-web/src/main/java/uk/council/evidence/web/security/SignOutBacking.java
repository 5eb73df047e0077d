package uk.council.evidence.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import uk.council.evidence.staff.boundary.StaffAccounts;

/** Signing out: audited, then the session is ended. */
@Named("signOut")
@RequestScoped
public class SignOutBacking {

  @Inject SecurityContext security;
  @Inject StaffAccounts accounts;
  @Inject FacesContext faces;

  public void signOut() throws IOException, ServletException {
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    if (security.getCallerPrincipal() != null) {
      accounts.signedOut(security.getCallerPrincipal().getName(), request.getRemoteAddr());
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(SessionAudit.SIGNED_OUT, Boolean.TRUE);
    }
    request.logout();
    if (session != null) {
      session.invalidate();
    }
    ext.redirect(ext.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}
