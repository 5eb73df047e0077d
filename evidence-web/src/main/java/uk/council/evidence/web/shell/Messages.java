package uk.council.evidence.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * The page's messages in the shape GOV.UK pages show them: an error summary at the top linking to
 * each field, the message again beside the field, and a banner for success.
 */
@Named
@RequestScoped
public class Messages {

  @Inject FacesContext faces;

  /** Errors for the summary: each with the field it is about (null for the whole page). */
  public List<Problem> getErrors() {
    List<Problem> problems = new ArrayList<>();
    Iterator<String> ids = faces.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String id = ids.next();
      for (FacesMessage m : faces.getMessageList(id)) {
        if (m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
          problems.add(new Problem(id, m.getSummary()));
        }
      }
    }
    return problems;
  }

  /** Notices of success, for the banner. */
  public List<String> getNotices() {
    return faces.getMessageList(null).stream()
        .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_INFO)
        .map(FacesMessage::getSummary)
        .toList();
  }

  /** The first error about one field, or null. */
  public String errorFor(String clientId) {
    return faces.getMessageList(clientId).stream()
        .filter(m -> m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0)
        .map(FacesMessage::getSummary)
        .findFirst()
        .orElse(null);
  }

  /** Adds a success notice that survives a redirect. */
  public void notice(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  /** Adds a success notice for this response only (the page is shown again, not redirected). */
  public void noticeHere(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /**
   * Adds each broken rule's message to the field of the form it is about ({@code formId:field}).
   */
  public void reject(String formId, InvalidInput e) {
    for (InvalidInput.Problem problem : e.problems()) {
      String clientId = problem.field() == null ? null : formId + ":" + problem.field();
      faces.addMessage(
          clientId,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), problem.message()));
    }
    faces.validationFailed();
  }

  /**
   * Does what a form asks, then sends the browser to {@code page} (a path in the portal, with its
   * query) saying {@code notice}; a broken rule instead shows on the form, with what was typed
   * kept.
   */
  public void act(String formId, Supplier<?> action, String notice, String page)
      throws IOException {
    try {
      action.get();
    } catch (InvalidInput e) {
      reject(formId, e);
      return;
    }
    notice(notice);
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + page);
  }

  /** One error: the field's client id (null for the page) and what is wrong. */
  public record Problem(String clientId, String text) {}
}
