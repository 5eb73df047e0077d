package uk.council.evidence.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Where a screen's request came from, as audit events record it. */
public final class ClientAddress {

  private ClientAddress() {}

  /** The address of the browser that sent the request being handled. */
  public static String of(FacesContext faces) {
    return ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
  }
}
