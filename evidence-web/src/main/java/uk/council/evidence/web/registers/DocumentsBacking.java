package uk.council.evidence.web.registers;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.council.evidence.accreditation.boundary.Registers;
import uk.council.evidence.accreditation.entity.DocumentKind;
import uk.council.evidence.accreditation.entity.GovernanceDocument;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;

/** The register of governance documents: every version recorded, and a form for a new one. */
@Named("documents")
@ViewScoped
public class DocumentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Registers registers;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;
  @Inject transient Clock clock;

  private transient List<GovernanceDocument> all;
  private String kind;
  private String title;
  private String version;
  private ApprovalFields approval = new ApprovalFields();

  public List<GovernanceDocument> getAll() {
    if (all == null) {
      all = registers.documents();
    }
    return all;
  }

  public void add() {
    try {
      GovernanceDocument added =
          registers.addDocument(
              new GovernanceDocument.Form(kind, title, version, approval.form()),
              ClientAddress.of(faces));
      messages.noticeHere(
          added.getKind().title()
              + " "
              + added.getTitle()
              + " version "
              + added.getVersion()
              + " recorded.");
      kind = null;
      title = null;
      version = null;
      approval = new ApprovalFields();
      all = null;
    } catch (InvalidInput e) {
      messages.reject("document", e);
    }
  }

  /** Whether a document's review is due by today. */
  public boolean overdue(GovernanceDocument document) {
    return document.reviewOverdue(LocalDate.now(clock.withZone(CouncilTime.ZONE)));
  }

  public DocumentKind[] getKinds() {
    return DocumentKind.values();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  /** Who approved it and when, and when its review is due, as typed. */
  public ApprovalFields getApproval() {
    return approval;
  }
}
