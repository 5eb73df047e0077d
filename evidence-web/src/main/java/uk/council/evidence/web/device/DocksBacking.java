package uk.council.evidence.web.device;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.council.evidence.device.boundary.Devices;
import uk.council.evidence.device.entity.Dock;
import uk.council.evidence.device.entity.IssuedCredential;
import uk.council.evidence.footage.boundary.UploadsUnderWay;
import uk.council.evidence.footage.entity.UnknownUpload;
import uk.council.evidence.footage.entity.UploadBusy;
import uk.council.evidence.footage.entity.UploadStatus;
import uk.council.evidence.footage.entity.UploadUnderWay;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;

/**
 * The administrator's docks: register one, reissue or revoke its credential, and cancel an upload a
 * dock left part-way. A new credential is shown on this page once, in this view only, and never
 * again.
 */
@Named("docks")
@ViewScoped
public class DocksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Devices devices;
  @Inject transient UploadsUnderWay uploads;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;

  private String name;
  private String site;
  private String shownName;
  private String shownSecret;
  private List<UploadRow> uploadRows;

  public List<Dock> getAll() {
    return devices.docks();
  }

  public void register() {
    try {
      show(devices.registerDock(name, site));
      name = null;
      site = null;
    } catch (InvalidInput e) {
      messages.reject("dock", e);
    }
  }

  public void reissue(long dockId) {
    show(devices.reissueCredential(dockId));
  }

  public void revoke(long dockId) {
    devices.revokeDock(dockId);
    shownSecret = null;
    messages.notice("The dock's credential is revoked: its next request will be refused.");
  }

  /** The resumable uploads docks have started and not finished, the oldest first. */
  public List<UploadRow> getUploads() {
    if (uploadRows == null) {
      uploadRows = uploads.list().stream().map(UploadRow::of).toList();
    }
    return uploadRows;
  }

  /** Cancels an upload and removes what had arrived; the page says what was removed. */
  public void cancelUpload(String uploadId) {
    uploadRows = null;
    try {
      UploadStatus cancelled = uploads.cancel(uploadId, ClientAddress.of(faces));
      messages.notice(
          "Upload cancelled: "
              + Formats.size(cancelled.received())
              + " that had arrived from camera "
              + cancelled.details().getOrDefault(UploadStatus.CAMERA_SERIAL, "(not known)")
              + " is removed. If the dock still has the file, it starts again.");
    } catch (UnknownUpload e) {
      messages.notice("That upload had already finished or been cancelled.");
    } catch (UploadBusy e) {
      messages.reject(
          "uploads",
          new InvalidInput(
              "A chunk of that upload is arriving now: wait a moment and cancel it again."));
    }
  }

  /** An upload under way as the table shows it. */
  public record UploadRow(
      String id, String dock, String camera, String progress, String started, String lastActivity) {

    static UploadRow of(UploadUnderWay upload) {
      UploadStatus status = upload.status();
      return new UploadRow(
          status.uploadId(),
          upload.dock().orElse("Not recorded"),
          upload.cameraSerial(),
          Formats.size(status.received())
              + " of "
              + Formats.size(status.declaredSize())
              + " ("
              + upload.percent()
              + "%)",
          Formats.dateTime(status.createdAt()),
          Formats.dateTime(upload.lastActivity()));
    }
  }

  private void show(IssuedCredential credential) {
    shownName = credential.dock().getName();
    shownSecret = credential.secret();
  }

  public String getShownName() {
    return shownName;
  }

  public String getShownSecret() {
    return shownSecret;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }
}
