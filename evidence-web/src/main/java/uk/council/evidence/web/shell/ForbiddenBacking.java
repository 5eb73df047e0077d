package uk.council.evidence.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;

/**
 * The 403 page: says so plainly and audits the attempt, when it is one: a page the container
 * refused by role. A refusal a boundary already audited is not audited again, and opening this page
 * by its own address refuses nothing, so records nothing.
 */
@Named("forbidden")
@RequestScoped
public class ForbiddenBacking {

  @Inject SecurityContext security;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject FacesContext faces;

  private String requested;

  public void record() {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    requested = uri == null ? request.getRequestURI() : uri.toString();
    boolean refusedByRole =
        Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
            && request.getAttribute(Refusals.AUDITED) == null;
    if (security.getCallerPrincipal() == null || !refusedByRole) {
      return;
    }
    audit.recordSeparately(
        new AuditEntry(
            security.getCallerPrincipal().getName(),
            AuditAction.ACCESS_DENIED,
            "page",
            requested.length() > 128 ? requested.substring(0, 128) : requested,
            request.getMethod(),
            request.getRemoteAddr(),
            clock.instant()));
  }

  public String getRequested() {
    return requested;
  }
}
