package uk.council.evidence.web.device;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import uk.council.evidence.device.boundary.Devices;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.device.entity.CameraAssignment;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.StaffMember;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;

/** Checking cameras out for a shift and back in, by the wearer or their supervisor. */
@Named("shifts")
@RequestScoped
public class ShiftsBacking {

  @Inject Devices devices;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private Long cameraId;
  private Long wearerId;

  public List<CameraAssignment> getOpen() {
    return devices.openAssignments();
  }

  public List<Camera> getAvailable() {
    return devices.availableCameras();
  }

  public List<StaffMember> getWearers() {
    return devices.possibleWearers();
  }

  public String since(CameraAssignment a) {
    return Formats.dayAndTime(a.getCheckedOutAt());
  }

  public void checkOut() throws IOException {
    if (cameraId == null) {
      messages.reject("checkOut", new InvalidInput("camera", "Choose a camera."));
      return;
    }
    if (wearerId == null) {
      messages.reject("checkOut", new InvalidInput("wearer", "Choose who will wear the camera."));
      return;
    }
    try {
      CameraAssignment a = devices.checkOut(cameraId, wearerId);
      messages.notice(
          "Camera "
              + a.getCamera().getSerial()
              + " checked out to "
              + a.getWearer().getDisplayName()
              + ".");
    } catch (InvalidInput e) {
      messages.reject("checkOut", e);
      return;
    }
    reload();
  }

  public void checkIn(long assignmentId) throws IOException {
    try {
      devices.checkIn(assignmentId);
      messages.notice("Camera checked in.");
    } catch (InvalidInput e) {
      messages.reject("open", e);
      return;
    }
    reload();
  }

  private void reload() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + "/shifts/cameras.xhtml");
  }

  public Long getCameraId() {
    return cameraId;
  }

  public void setCameraId(Long cameraId) {
    this.cameraId = cameraId;
  }

  public Long getWearerId() {
    return wearerId;
  }

  public void setWearerId(Long wearerId) {
    this.wearerId = wearerId;
  }
}
