package uk.council.evidence.web.shell;

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

/**
 * Turns a boundary's refusal, wherever a page meets it, into the portal's 403 page rather than the
 * error page: the boundary has already audited it.
 */
public class Refusals extends ExceptionHandlerWrapper {

  public Refusals(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable refusal = refusal(events.next().getContext().getException());
      if (refusal != null && faces != null && !faces.getResponseComplete()) {
        events.remove();
        try {
          faces.getExternalContext().responseSendError(403, refusal.getMessage());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        faces.responseComplete();
      }
    }
    super.handle();
  }

  private static Throwable refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof NotAllowed || t instanceof AuditRefused) {
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
