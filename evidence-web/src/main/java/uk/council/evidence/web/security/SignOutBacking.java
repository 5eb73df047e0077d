package uk.council.evidence.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import uk.council.evidence.staff.boundary.StaffSessions;

/** Signing out: the session ends (audited), then the HTTP session does. */
@Named("signOut")
@RequestScoped
public class SignOutBacking {

  @Inject StaffSessions sessions;
  @Inject FacesContext faces;

  public void signOut() throws IOException, ServletException {
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(PortalAuthentication.SESSION_TOKEN) instanceof String token) {
      sessions.signOut(token, request.getRemoteAddr());
      session.removeAttribute(PortalAuthentication.SESSION_TOKEN);
    }
    request.logout();
    if (session != null) {
      session.invalidate();
    }
    ext.redirect(ext.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}
