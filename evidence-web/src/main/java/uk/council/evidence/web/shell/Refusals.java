package uk.council.evidence.web.shell;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import uk.council.evidence.access.entity.NotAllowed;
import uk.council.evidence.audit.entity.AuditRefused;
import uk.council.evidence.casework.entity.CaseNotVisible;
import uk.council.evidence.footage.entity.FootageNotVisible;

/**
 * Turns a boundary's refusal, wherever a page meets it (a form posted with another wearer's
 * recording or another area's case, say), into the portal's 403 page rather than the error page.
 * The boundary has already audited it, which the request attribute {@link #AUDITED} tells the 403
 * page, so it is not audited twice.
 */
public class Refusals extends ExceptionHandlerWrapper {

  /** Set on a request whose refusal a boundary has audited. */
  public static final String AUDITED = Refusals.class.getName() + ".audited";

  public Refusals(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable thrown = events.next().getContext().getException();
      if (faces != null && !faces.getResponseComplete() && expired(thrown)) {
        // A form from a page that is no longer open, or a view state no page gave: nothing is
        // saved, and the person is told so, not shown an error.
        events.remove();
        faces.getExternalContext().setResponseStatus(400);
        faces.setViewRoot(
            faces.getApplication().getViewHandler().createView(faces, "/error/expired.xhtml"));
        faces.renderResponse();
        continue;
      }
      Throwable refusal = refusal(thrown);
      if (refusal != null && faces != null && !faces.getResponseComplete()) {
        events.remove();
        try {
          faces.getExternalContext().getRequestMap().put(AUDITED, Boolean.TRUE);
          faces.getExternalContext().responseSendError(403, refusal.getMessage());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        faces.responseComplete();
      }
    }
    super.handle();
  }

  private static boolean expired(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof NotAllowed
          || t instanceof AuditRefused
          || t instanceof FootageNotVisible
          || t instanceof CaseNotVisible) {
        return t;
      }
    }
    return null;
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new Refusals(getWrapped().getExceptionHandler());
    }
  }
}
