package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import uk.council.evidence.casework.boundary.Cases;
import uk.council.evidence.casework.entity.CaseStatus;
import uk.council.evidence.casework.entity.CaseType;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.web.shell.Messages;

/**
 * The form that changes a case's details and status. It starts with the case as it is; when posted
 * it keeps what was typed, and the version read with it, so that a change made meanwhile by someone
 * else is refused rather than overwritten.
 */
@Named("caseDetails")
@RequestScoped
public class CaseDetailsBacking {

  @Inject CaseBacking page;
  @Inject Cases cases;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private final CaseDetailsForm details = new CaseDetailsForm();
  private boolean filled;
  private String status;
  private Long version;

  public void update() throws IOException {
    try {
      cases.update(
          page.caseId(), details.typed(), status, version == null ? -1 : version, page.address());
    } catch (InvalidInput e) {
      messages.reject("details", e);
      return;
    }
    messages.notice("Case details saved.");
    page.reload();
  }

  /** Fills the form from the case when the page is shown, not when it is posted. */
  private void fill() {
    if (!filled && !faces.isPostback() && page.getCase() != null) {
      details.fill(page.getCase());
      status = page.getCase().getStatus().name();
      version = page.getCase().getVersion();
    }
    filled = true;
  }

  public CaseType[] getTypes() {
    return CaseType.values();
  }

  /** The states a case can be moved to here; closing has its own form. */
  public List<CaseStatus> getStatuses() {
    return List.of(CaseStatus.OPEN, CaseStatus.WITH_POLICE, CaseStatus.WITH_CPS);
  }

  public List<ServiceArea> getAreas() {
    return cases.areas();
  }

  public CaseDetailsForm getDetails() {
    fill();
    return details;
  }

  public String getStatus() {
    fill();
    return status;
  }

  public void setStatus(String status) {
    filled = true;
    this.status = status;
  }

  public Long getVersion() {
    fill();
    return version;
  }

  public void setVersion(Long version) {
    filled = true;
    this.version = version;
  }
}
