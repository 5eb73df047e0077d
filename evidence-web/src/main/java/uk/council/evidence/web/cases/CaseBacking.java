package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.casework.boundary.Cases;
import uk.council.evidence.casework.entity.CaseNotVisible;
import uk.council.evidence.casework.entity.CaseView;
import uk.council.evidence.casework.entity.EvidenceCase;
import uk.council.evidence.casework.entity.ExhibitView;
import uk.council.evidence.retention.entity.Hold;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Posted;

/**
 * A case's page: the case, read once per request (and audited when opened), its exhibits with their
 * holds and chain of custody, notes and history. Each form on the page has its own bean, which
 * finds the case through this one: {@link CaseDetailsBacking}, {@link CaseNotesBacking}, {@link
 * CaseClosingBacking}, {@link CaseClipsBacking}, {@link PackageFormBacking} and {@link
 * CasePackagesBacking}.
 */
@Named("evidenceCase")
@RequestScoped
public class CaseBacking {

  @Inject Cases cases;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private Long id;
  private CaseView view;

  /** Opens the case (audited), or answers 404 if this person may not see it. */
  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    try {
      if (id == null || getView() == null) {
        notFound();
      }
    } catch (CaseNotVisible e) {
      notFound();
    }
  }

  /** The case, read once per request; a form posted from the page reads it without a view event. */
  public CaseView getView() {
    if (view == null && caseId() != null) {
      view = faces.isPostback() ? cases.reopen(caseId()) : cases.open(caseId(), address());
    }
    return view;
  }

  public EvidenceCase getCase() {
    return getView() == null ? null : view.evidenceCase();
  }

  /** Exhibits still in the case, for the forms that choose one. */
  public List<ExhibitView> getCurrentExhibits() {
    return getView().exhibits().stream().filter(e -> !e.exhibit().isRemoved()).toList();
  }

  public String holdStatus(ExhibitView e) {
    Hold hold = e.hold();
    if (hold == null) {
      return e.deletedAt() != null
          ? "Deleted " + Formats.dateTime(e.deletedAt())
          : "Hold ended; recording deleted";
    }
    if (hold.getReleasedAt().isPresent()) {
      String then =
          e.recording() == null
              ? (e.deletedAt() == null ? "" : "; deleted " + Formats.dateTime(e.deletedAt()))
              : "; due for deletion " + Formats.dateTime(e.recording().getDeletionDueAt());
      return "Released " + Formats.dateTime(hold.getReleasedAt().get()) + then;
    }
    return "Held since " + Formats.dateTime(hold.getPlacedAt());
  }

  /** Whether a form was just refused, so that its folded section shows open with the errors. */
  public boolean rejected(String form) {
    var ids = faces.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String clientId = ids.next();
      if (clientId != null && clientId.startsWith(form + ":")) {
        return true;
      }
    }
    return false;
  }

  public boolean held(ExhibitView e) {
    return e.held(clock.instant());
  }

  public String time(Instant instant) {
    return Formats.dateTime(instant);
  }

  /** To the second: when footage was recorded, and each event of its chain of custody. */
  public String moment(java.time.Instant instant) {
    return Formats.moment(instant);
  }

  public String size(long bytes) {
    return Formats.size(bytes);
  }

  public String occurred() {
    return Formats.dateTime(getCase().getOccurredAt());
  }

  public String review() {
    return getCase().getReviewDate().map(Formats::date).orElse("None set");
  }

  public String actionName(AuditEvent e) {
    return AuditAction.labelOf(e.getAction());
  }

  private void notFound() throws IOException {
    faces.getExternalContext().responseSendError(404, "There is no such case you may see.");
    faces.responseComplete();
  }

  /** Shows the case again after a form has done its work, with the notice kept. */
  void reload() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + "/cases/case.xhtml?id=" + caseId());
  }

  /** The case's id: the page's parameter, or the form's hidden field when posted. */
  Long caseId() {
    if (id == null) {
      id = Posted.number(faces, "caseId");
    }
    return id;
  }

  /** Where the request came from, for the audit events. */
  String address() {
    return ClientAddress.of(faces);
  }

  public Long getId() {
    return caseId();
  }

  public void setId(Long id) {
    this.id = id;
  }
}
