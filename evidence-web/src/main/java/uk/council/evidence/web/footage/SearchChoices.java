package uk.council.evidence.web.footage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * What a search for footage can narrow by, for the lists of every page that searches (the library,
 * a new request, a request's own search): the cameras, wearers and service areas, as the library
 * shows them to the caller, read once a request.
 */
@Named("searchChoices")
@RequestScoped
public class SearchChoices {

  @Inject FootageLibrary library;

  private List<Camera> cameras;
  private List<StaffMember> wearers;
  private List<ServiceArea> areas;

  public List<Camera> getCameras() {
    if (cameras == null) {
      cameras = library.cameras();
    }
    return cameras;
  }

  public List<StaffMember> getWearers() {
    if (wearers == null) {
      wearers = library.wearers();
    }
    return wearers;
  }

  public List<ServiceArea> getAreas() {
    if (areas == null) {
      areas = library.areas();
    }
    return areas;
  }
}
