package uk.council.evidence.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.web.shell.Messages;

/** The list of service areas and the form to add one. */
@Named("serviceAreas")
@RequestScoped
public class ServiceAreasBacking {

  @Inject StaffAccounts accounts;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private String code;
  private String name;
  private List<ServiceArea> areas;

  public List<ServiceArea> getAreas() {
    if (areas == null) {
      areas = accounts.serviceAreas();
    }
    return areas;
  }

  public void add() throws IOException {
    try {
      ServiceArea area = accounts.createServiceArea(code, name);
      messages.notice("Service area " + area.getName() + " added.");
    } catch (InvalidInput e) {
      messages.reject("area", e);
      return;
    }
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + "/admin/service-areas.xhtml");
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
