package uk.council.evidence.footage.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.footage.control.PartialUploads;
import uk.council.evidence.footage.entity.UnknownUpload;
import uk.council.evidence.footage.entity.UploadStatus;
import uk.council.evidence.footage.entity.UploadUnderWay;

/**
 * The resumable uploads docks have started and not finished, for an administrator: a dock taken
 * away part-way leaves its upload (and the disk space it holds) until the dock comes back or a week
 * passes, and an administrator may cancel it sooner. Nothing here shows a picture; cancelling is
 * audited in the administrator's name, with the dock that started the upload.
 */
@Stateless
@RolesAllowed(ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UploadsUnderWay {

  @Inject PartialUploads partials;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Every upload under way, the oldest first. */
  public List<UploadUnderWay> list() {
    return partials.underWay();
  }

  /**
   * Cancels an upload and removes what had arrived. The dock that started it is told "no such
   * upload" at its next chunk and starts again if it still has the file.
   *
   * @throws UnknownUpload if it finished or was cancelled meanwhile
   * @throws uk.council.evidence.footage.entity.UploadBusy if a chunk is being written to it now
   */
  public UploadStatus cancel(String uploadId, String address) {
    UploadStatus status = partials.status(uploadId);
    partials.abort(uploadId);
    String dock = status.details().getOrDefault(UploadStatus.DOCK, "unknown");
    audit.recordSeparately(
        new AuditEntry(
            caller.username(),
            AuditAction.FOOTAGE_UPLOAD_CANCELLED,
            "upload",
            uploadId,
            "an upload dock:"
                + dock
                + " started, from camera "
                + status.details().getOrDefault(UploadStatus.CAMERA_SERIAL, "unknown")
                + ": "
                + status.received()
                + " of "
                + status.declaredSize()
                + " bytes removed",
            address,
            clock.instant()));
    return status;
  }
}
