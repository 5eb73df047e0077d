package uk.council.evidence.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.boundary.StaffSessions;
import uk.council.evidence.staff.entity.OwnSession;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.security.PortalAuthentication;
import uk.council.evidence.web.shell.Messages;

/** "Your sessions": where the person is signed in, and signing out one they left open. */
@Named("yourSessions")
@RequestScoped
public class YourSessionsBacking {

  @Inject StaffSessions sessions;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          sessions.mine(PortalAuthentication.sessionToken(request())).stream()
              .map(Row::of)
              .toList();
    }
    return rows;
  }

  public void end(long id) throws IOException {
    try {
      sessions.end(id, request().getRemoteAddr());
    } catch (InvalidInput e) {
      messages.reject("sessions", e);
      rows = null;
      return;
    }
    messages.notice("Session signed out.");
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + "/account/sessions.xhtml");
  }

  /** "1 session", "3 sessions". */
  public String getCaption() {
    int n = getRows().size();
    return n == 1 ? "1 session" : n + " sessions";
  }

  /** The idle limit in words, e.g. "30 minutes". */
  public String getIdle() {
    return inWords(sessions.limits().idle());
  }

  /** The lifetime in words, e.g. "10 hours". */
  public String getLifetime() {
    return inWords(sessions.limits().lifetime());
  }

  static String inWords(Duration d) {
    long hours = d.toHours();
    long minutes = d.toMinutesPart();
    String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
    String m = minutes == 0 && hours > 0 ? "" : minutes + (minutes == 1 ? " minute" : " minutes");
    return (h + " " + m).strip();
  }

  private HttpServletRequest request() {
    return (HttpServletRequest) faces.getExternalContext().getRequest();
  }

  /** One session as the table shows it. */
  public record Row(
      long id,
      String started,
      String lastUsed,
      String ends,
      String from,
      String browser,
      boolean current) {

    static Row of(OwnSession s) {
      return new Row(
          s.id(),
          Formats.dateTime(s.startedAt()),
          Formats.dateTime(s.lastSeenAt()),
          Formats.dateTime(s.endsAt()),
          s.clientAddress() == null ? "Not known" : s.clientAddress(),
          s.userAgent() == null ? "Not known" : s.userAgent(),
          s.current());
    }
  }
}
