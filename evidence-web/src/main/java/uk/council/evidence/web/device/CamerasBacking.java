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
import uk.council.evidence.device.entity.CameraStatus;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.web.shell.Messages;

/** The administrator's list of cameras, the form to register one, and status changes. */
@Named("cameras")
@RequestScoped
public class CamerasBacking {

  @Inject Devices devices;
  @Inject StaffAccounts accounts;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private String serial;
  private String make;
  private String model;
  private String assetTag;
  private Long serviceAreaId;
  private List<Camera> all;

  public List<Camera> getAll() {
    if (all == null) {
      all = devices.cameras();
    }
    return all;
  }

  public List<ServiceArea> getServiceAreas() {
    return accounts.serviceAreas();
  }

  public CameraStatus[] getStatuses() {
    return CameraStatus.values();
  }

  public void register() throws IOException {
    try {
      Camera camera = devices.registerCamera(serial, make, model, assetTag, serviceAreaId);
      messages.notice("Camera " + camera.getSerial() + " registered.");
    } catch (InvalidInput e) {
      messages.reject("camera", e);
      return;
    }
    reload();
  }

  public void changeStatus(long cameraId, String status) throws IOException {
    try {
      devices.changeStatus(cameraId, CameraStatus.valueOf(status));
      messages.notice("Camera status changed.");
    } catch (InvalidInput e) {
      messages.reject("cameraList", e);
      return;
    }
    reload();
  }

  private void reload() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + "/admin/cameras.xhtml");
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial;
  }

  public String getMake() {
    return make;
  }

  public void setMake(String make) {
    this.make = make;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public String getAssetTag() {
    return assetTag;
  }

  public void setAssetTag(String assetTag) {
    this.assetTag = assetTag;
  }

  public Long getServiceAreaId() {
    return serviceAreaId;
  }

  public void setServiceAreaId(Long serviceAreaId) {
    this.serviceAreaId = serviceAreaId;
  }
}
