package uk.council.evidence.footage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.device.boundary.Devices;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.Mp4Signature;
import uk.council.evidence.footage.control.Staged;
import uk.council.evidence.footage.control.StorageKey;
import uk.council.evidence.footage.control.UploadTooLarge;
import uk.council.evidence.footage.entity.RecordedTimes;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A dock's upload of one file: checked, stored, and only then recorded.
 *
 * <p>No transaction is open while the bytes stream in (an upload can outlast any transaction
 * timeout). The order is: check what the dock says; refuse a body declared too large before reading
 * it; stream to a temporary file while hashing; compare hashes; check the MP4 structure; move the
 * file into place read-only; then register the recording in its own transaction. A failure before
 * the move leaves nothing; a failure after it leaves a stored file with no recording, which is
 * harmless (storage is by content) and completed when the dock retries. The same bytes again return
 * the recording they already are.
 */
@Stateless
@RolesAllowed("DOCK")
public class FootageIngest {

  @Inject FootageStore store;
  @Inject Devices devices;
  @Inject RecordingRegistry registry;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "evidence.upload.max-bytes", defaultValue = "8589934592")
  long maxBytes;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Upload receive(UploadRequest request, InputStream body, String dockName, String address) {
    try {
      return store(request, body, dockName, address);
    } catch (RuntimeException e) {
      audit.recordSeparately(
          new AuditEntry(
              "dock:" + dockName,
              AuditAction.FOOTAGE_UPLOAD_REFUSED,
              "camera",
              request.cameraSerial(),
              String.valueOf(e.getMessage()),
              address,
              clock.instant()));
      throw e;
    }
  }

  private Upload store(UploadRequest request, InputStream body, String dockName, String address) {
    Instant now = clock.instant();
    var check = new InputCheck();
    String serial = check.value(() -> Camera.normaliseSerial(request.cameraSerial()));
    RecordedTimes times =
        check.value(() -> RecordedTimes.of(request.recordedStart(), request.recordedEnd(), now));
    StorageKey declared = check.value(() -> StorageKey.parse(request.sha256()));
    check.orThrow();
    Camera camera =
        devices
            .findCamera(serial)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "cameraSerial",
                        "Unknown camera serial "
                            + serial
                            + ": an administrator must register the camera first."));
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
    Staged staged = store.stage(body, maxBytes, declared);
    try {
      String brand = Mp4Signature.read(staged.file()).majorBrand();
      StorageKey key = store.commit(staged);
      Recording recording =
          registry.register(key, staged.size(), camera, times, dockName, brand, address, now);
      return new Upload(recording, true);
    } catch (RuntimeException e) {
      store.discard(staged);
      throw e;
    }
  }
}
