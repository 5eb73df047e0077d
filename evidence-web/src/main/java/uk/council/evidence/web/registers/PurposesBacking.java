package uk.council.evidence.web.registers;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.council.evidence.accreditation.boundary.Arrangements;
import uk.council.evidence.accreditation.entity.AreaPurpose;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;

/**
 * The register of purposes: why each service area wears cameras, every version recorded, and a form
 * for a new one.
 */
@Named("purposes")
@ViewScoped
public class PurposesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Arrangements arrangements;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;
  @Inject transient Clock clock;

  private transient List<AreaPurpose> all;
  private String serviceArea;
  private String purpose;
  private String need;
  private ApprovalFields approval = new ApprovalFields();

  public List<AreaPurpose> getAll() {
    if (all == null) {
      all = arrangements.purposes();
    }
    return all;
  }

  public void add() {
    try {
      AreaPurpose added =
          arrangements.addPurpose(
              serviceArea,
              new AreaPurpose.Form(purpose, need, approval.form()),
              ClientAddress.of(faces));
      messages.noticeHere("The purpose for " + added.getServiceArea().getName() + " is recorded.");
      serviceArea = null;
      purpose = null;
      need = null;
      approval = new ApprovalFields();
      all = null;
    } catch (InvalidInput e) {
      messages.reject("areaPurpose", e);
    }
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(CouncilTime.ZONE));
  }

  /** The areas to choose from. */
  public List<ServiceArea> getAreas() {
    return arrangements.areas();
  }

  /** Whether a purpose's review is due by today. */
  public boolean overdue(AreaPurpose purpose) {
    return purpose.reviewOverdue(today());
  }

  public String getServiceArea() {
    return serviceArea;
  }

  public void setServiceArea(String serviceArea) {
    this.serviceArea = serviceArea;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getNeed() {
    return need;
  }

  public void setNeed(String need) {
    this.need = need;
  }

  /** Who approved it and when, and when its review is due, as typed. */
  public ApprovalFields getApproval() {
    return approval;
  }
}
