package uk.council.evidence.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.staff.boundary.StaffSessions;

/**
 * Ends (and so audits) a signed-in session whose HTTP session the container ended without the
 * person signing out: it idled past its limit.
 */
@WebListener
public class SessionAudit implements HttpSessionListener {

  private static final Logger LOG = Logger.getLogger(SessionAudit.class.getName());

  @Inject StaffSessions sessions;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    if (!(event.getSession().getAttribute(PortalAuthentication.SESSION_TOKEN)
        instanceof String token)) {
      return;
    }
    try {
      sessions.abandoned(token);
    } catch (RuntimeException e) {
      // At shutdown the application may already be gone; the session then ends by its limits.
      LOG.log(Level.WARNING, "Could not record the end of an idle session", e);
    }
  }
}
