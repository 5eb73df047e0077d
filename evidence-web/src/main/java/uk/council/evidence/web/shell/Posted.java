package uk.council.evidence.web.shell;

import jakarta.faces.context.FacesContext;

/** What a posted form says of the thing its page is about, read from the request itself. */
public final class Posted {

  private Posted() {}

  /**
   * The request parameter {@code name} as a number (a page's id, kept in a hidden field when its
   * form is posted); null if it is missing or not a number.
   */
  public static Long number(FacesContext faces, String name) {
    String posted = faces.getExternalContext().getRequestParameterMap().get(name);
    try {
      return posted == null ? null : Long.valueOf(posted.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
