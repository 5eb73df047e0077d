package uk.council.evidence.footage.boundary;

import static uk.council.evidence.staff.entity.Role.Name.DOCK;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.device.boundary.Devices;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.footage.control.ChunkReceipt;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.MediaTools;
import uk.council.evidence.footage.control.Mp4Signature;
import uk.council.evidence.footage.control.PartialUploads;
import uk.council.evidence.footage.control.Staged;
import uk.council.evidence.footage.control.StoredFile;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.NotYourUpload;
import uk.council.evidence.footage.entity.RecordedTimes;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.footage.entity.UploadEnded;
import uk.council.evidence.footage.entity.UploadStatus;
import uk.council.evidence.footage.entity.UploadTooLarge;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A dock's upload of one file: checked, stored, and only then recorded.
 *
 * <p>No transaction is open while the bytes stream in (an upload can outlast any transaction
 * timeout). The order is: check what the dock says; answer at once if the file is already a
 * recording; refuse, before reading the body, a file declared larger than the maximum (the dock's
 * mistake, which retrying cannot mend, so it comes first) and then one that would leave the store
 * less than its minimum free space (the server's, which passes once space is freed); stream to a
 * temporary file while hashing; compare hashes; check the MP4 structure; probe it with ffprobe and
 * make its thumbnail; move the file into place read-only; then register the recording in its own
 * transaction. A failure before the move leaves nothing; a failure after it leaves a stored file
 * with no recording, which is harmless (storage is by content) and completed when the dock retries.
 * The same bytes again return the recording they already are.
 */
@Stateless
@RolesAllowed(DOCK)
public class FootageIngest {

  @Inject FootageStore store;
  @Inject MediaTools tools;
  @Inject PartialUploads partials;
  @Inject Devices devices;
  @Inject RecordingRegistry registry;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<UploadEnded> ended;

  @Inject
  @ConfigProperty(name = "evidence.upload.max-bytes", defaultValue = "8589934592")
  long maxBytes;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Upload receive(UploadRequest request, InputStream body, String dockName, String address) {
    try {
      return store(request, body, dockName, address);
    } catch (RuntimeException e) {
      refused(request.cameraSerial(), e, dockName, address);
      throw e;
    }
  }

  /**
   * Starts a resumable upload of the file the request describes ({@code contentLength} is the whole
   * file's size), or finds the one under way for the same file; if the file is already a recording,
   * says so and nothing needs sending.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ResumableUpload startResumable(UploadRequest request, String dockName, String address) {
    try {
      Checked checked = check(request, clock.instant());
      var existing = registry.bySha256(checked.declared());
      if (existing.isPresent()) {
        return ResumableUpload.finished(new Upload(existing.get(), false));
      }
      var details = new LinkedHashMap<String, String>();
      details.put(UploadStatus.CAMERA_SERIAL, checked.camera().getSerial());
      details.put(UploadStatus.RECORDED_START, checked.times().start().toString());
      details.put(UploadStatus.RECORDED_END, checked.times().end().toString());
      details.put(UploadStatus.DOCK, dockName);
      return ResumableUpload.underWay(
          partials.start(checked.declared(), request.contentLength(), details, clock.instant()));
    } catch (RuntimeException e) {
      refused(request.cameraSerial(), e, dockName, address);
      throw e;
    }
  }

  /** Where a resumable upload stands. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public UploadStatus resumableStatus(String uploadId) {
    return partials.status(uploadId);
  }

  /**
   * Adds a chunk at {@code offset}. A chunk that does not start where the upload stands changes
   * nothing and the answer says where to continue. The chunk that completes the file finishes the
   * upload: the whole file's hash is compared, and it goes through the same checks and commit as a
   * one-request upload.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ResumableUpload appendChunk(
      String uploadId, long offset, InputStream chunk, String dockName, String address) {
    String serial = null;
    try {
      ChunkReceipt receipt = partials.append(uploadId, offset, chunk);
      UploadStatus status = receipt.upload();
      serial = status.details().get(UploadStatus.CAMERA_SERIAL);
      if (!receipt.accepted()) {
        return ResumableUpload.conflict(status);
      }
      String startedBy = status.details().get(UploadStatus.DOCK);
      if (startedBy != null && !startedBy.equals(dockName)) {
        // A camera moved to another dock: its upload goes on, and the hand-over is recorded.
        audit.recordSeparately(
            new AuditEntry(
                "dock:" + dockName,
                AuditAction.FOOTAGE_UPLOAD_CONTINUED,
                "upload",
                uploadId,
                "bytes "
                    + offset
                    + " to "
                    + status.received()
                    + " of an upload dock:"
                    + startedBy
                    + " started",
                address,
                clock.instant()));
      }
      if (!status.complete()) {
        return ResumableUpload.underWay(status);
      }
      Instant now = clock.instant();
      RecordedTimes times =
          RecordedTimes.of(
              Instant.parse(status.details().get(UploadStatus.RECORDED_START)),
              Instant.parse(status.details().get(UploadStatus.RECORDED_END)),
              now);
      Camera camera = knownCamera(serial);
      Staged staged = partials.finish(uploadId);
      var existing = registry.bySha256(staged.key());
      if (existing.isPresent()) {
        store.discard(staged);
        return ResumableUpload.finished(new Upload(existing.get(), false));
      }
      return ResumableUpload.finished(complete(staged, camera, times, dockName, address, now));
    } catch (RuntimeException e) {
      refused(serial == null ? "" : serial, e, dockName, address);
      throw e;
    }
  }

  /**
   * Abandons a resumable upload and removes what had arrived: only for the dock that started it (a
   * camera moved to another dock may go on with it there, but not throw it away). Audited either
   * way.
   *
   * @throws NotYourUpload for any other dock
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void abortResumable(String uploadId, String dockName, String address) {
    UploadStatus status = partials.status(uploadId);
    String startedBy = status.details().get(UploadStatus.DOCK);
    if (startedBy != null && !startedBy.equals(dockName)) {
      audit.recordSeparately(
          new AuditEntry(
              "dock:" + dockName,
              AuditAction.ACCESS_DENIED,
              "upload",
              uploadId,
              "may not cancel an upload dock:" + startedBy + " started",
              address,
              clock.instant()));
      throw new NotYourUpload(uploadId, "dock:" + startedBy);
    }
    partials.abort(uploadId);
    audit.recordSeparately(
        new AuditEntry(
            "dock:" + dockName,
            AuditAction.FOOTAGE_UPLOAD_CANCELLED,
            "upload",
            uploadId,
            status.received() + " of " + status.declaredSize() + " bytes removed",
            address,
            clock.instant()));
  }

  private void refused(String serial, RuntimeException e, String dockName, String address) {
    ended.fire(new UploadEnded(false, 0));
    audit.recordSeparately(
        new AuditEntry(
            "dock:" + dockName,
            AuditAction.FOOTAGE_UPLOAD_REFUSED,
            "camera",
            serial,
            String.valueOf(e.getMessage()),
            address,
            clock.instant()));
  }

  /** What the dock says about a file, checked: every mistake in it named at once. */
  private record Checked(Camera camera, RecordedTimes times, StorageKey declared) {}

  private Checked check(UploadRequest request, Instant now) {
    var check = new InputCheck();
    String serial = check.value(() -> Camera.normaliseSerial(request.cameraSerial()));
    RecordedTimes times =
        check.value(() -> RecordedTimes.of(request.recordedStart(), request.recordedEnd(), now));
    StorageKey declared = check.value(() -> StorageKey.parse(request.sha256()));
    check.orThrow();
    return new Checked(knownCamera(serial), times, declared);
  }

  private Camera knownCamera(String serial) {
    return devices
        .findCamera(serial)
        .orElseThrow(
            () ->
                new InvalidInput(
                    "cameraSerial",
                    "Unknown camera serial "
                        + serial
                        + ": an administrator must register the camera first."));
  }

  private Upload store(UploadRequest request, InputStream body, String dockName, String address) {
    Instant now = clock.instant();
    Checked checked = check(request, now);
    StorageKey declared = checked.declared();
    var existing = registry.bySha256(declared);
    if (existing.isPresent()) {
      return new Upload(existing.get(), false);
    }
    if (request.contentLength() > maxBytes) {
      throw new UploadTooLarge(
          "The file is "
              + request.contentLength()
              + " bytes; the most this server accepts is "
              + maxBytes
              + ".",
          maxBytes);
    }
    store.checkRoomFor(request.contentLength());
    Staged staged = store.stage(body, maxBytes, declared);
    return complete(staged, checked.camera(), checked.times(), dockName, address, now);
  }

  /**
   * Checks, probes and commits a file that has fully arrived, then registers it; a failure removes
   * the staged file.
   */
  private Upload complete(
      Staged staged,
      Camera camera,
      RecordedTimes times,
      String dockName,
      String address,
      Instant now) {
    Path thumbnail = null;
    try {
      String brand = Mp4Signature.read(staged.file()).majorBrand();
      MediaInfo media = tools.probe(staged.file());
      thumbnail = store.scratchFile(".jpg");
      boolean hasThumbnail = tools.thumbnail(staged.file(), media.duration(), thumbnail);
      StorageKey key = store.commit(staged);
      if (hasThumbnail) {
        store.putThumbnail(key, thumbnail);
      }
      var stored = new StoredFile(key, staged.size(), brand, media, hasThumbnail);
      Recording recording = registry.register(stored, camera, times, dockName, address, now);
      ended.fire(new UploadEnded(true, staged.size()));
      return new Upload(recording, true);
    } catch (RuntimeException e) {
      store.discard(staged);
      throw e;
    } finally {
      if (thumbnail != null) {
        store.discardScratch(thumbnail);
      }
    }
  }
}
