package uk.council.evidence.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;

/** Audits a session that ends without the person signing out: they were signed out for idling. */
@WebListener
public class SessionAudit implements HttpSessionListener {

  static final String SIGNED_OUT = "uk.council.evidence.signedOut";

  /** Session attribute naming who is signed in; set when the portal first shows them. */
  public static final String USERNAME = "uk.council.evidence.username";

  private static final Logger LOG = Logger.getLogger(SessionAudit.class.getName());

  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    var session = event.getSession();
    if (session.getAttribute(SIGNED_OUT) != null) {
      return;
    }
    if (!(session.getAttribute(USERNAME) instanceof String username)) {
      return;
    }
    try {
      audit.recordSeparately(
          new AuditEntry(
              username,
              AuditAction.LOGOUT,
              "staff",
              null,
              "session ended after " + session.getMaxInactiveInterval() / 60 + " minutes idle",
              null,
              clock.instant()));
    } catch (RuntimeException e) {
      // At shutdown the application may already be gone; losing this one event is logged.
      LOG.log(Level.WARNING, "Could not audit the end of a session for " + username, e);
    }
  }
}
