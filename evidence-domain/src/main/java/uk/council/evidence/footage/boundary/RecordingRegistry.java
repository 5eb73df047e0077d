package uk.council.evidence.footage.boundary;

import static uk.council.evidence.platform.control.SqlValues.utc;
import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.CAMERA_USER;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.DOCK;
import static uk.council.evidence.staff.entity.Role.Name.DPO;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.SUPERVISOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.device.boundary.Devices;
import uk.council.evidence.device.entity.Attribution;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.device.entity.Dock;
import uk.council.evidence.footage.control.StoredFile;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.NewFootageRetention;
import uk.council.evidence.footage.entity.RecordedTimes;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.footage.entity.StorageKey;

/** The recordings table: registering a stored file as a recording, attributed and audited. */
@Stateless
public class RecordingRegistry {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject Devices devices;
  @Inject AuditLog audit;

  @Inject NewFootageRetention retention;

  /**
   * Keeps retention's answer to "is it held, and until when" on the recording, for the library to
   * filter by: {@code until} is when the last active hold lapses, {@link Instant#MAX} while a hold
   * lasts until someone releases it, and empty when nothing holds it. Retention calls this in the
   * transaction of every hold it places or releases; the recording is already locked by then.
   */
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO})
  public void heldUntil(long recordingId, Optional<Instant> until) {
    var update =
        until.isEmpty()
            ? em.createNativeQuery("UPDATE recording SET held_until = NULL WHERE id = ?1")
            : until.get().equals(Instant.MAX)
                ? em.createNativeQuery("UPDATE recording SET held_until = 'infinity' WHERE id = ?1")
                : em.createNativeQuery("UPDATE recording SET held_until = ?2 WHERE id = ?1")
                    .setParameter(2, utc(until.get()));
    update.setParameter(1, recordingId).executeUpdate();
  }

  @RolesAllowed({DOCK, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
  public Optional<Recording> bySha256(StorageKey key) {
    return em.createQuery("SELECT r FROM Recording r WHERE r.sha256 = :s", Recording.class)
        .setParameter("s", key.sha256())
        .getResultStream()
        .findFirst();
  }

  /** A recording uploaded through this dock; empty for any other (docks see only their own). */
  @RolesAllowed(DOCK)
  public Optional<Recording> uploadedBy(long id, String dockName) {
    return Optional.ofNullable(em.find(Recording.class, id))
        .filter(r -> r.getDock().getName().equals(dockName));
  }

  /**
   * Records a stored file as a recording, attributed to whoever held the camera at the recorded
   * start and due for deletion by the retention rule, in one transaction with its audit event.
   */
  @RolesAllowed(DOCK)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Recording register(
      StoredFile file,
      Camera camera,
      RecordedTimes times,
      String dockName,
      String sourceAddress,
      Instant now) {
    Dock dock =
        em.createQuery("SELECT d FROM Dock d WHERE d.name = :n", Dock.class)
            .setParameter("n", dockName)
            .getSingleResult();
    Attribution attribution = devices.attribute(camera.getSerial(), times.start());
    NewFootageRetention.Retained retained = retention.retain(times.start(), now);
    Recording recording =
        new Recording(
            file.key().sha256(),
            file.size(),
            em.merge(camera),
            attribution.wearer(),
            times,
            dock,
            file.mp4Brand(),
            file.media(),
            file.hasThumbnail(),
            now,
            retained.category(),
            retained.deletionDueAt());
    em.persist(recording);
    em.flush();
    MediaInfo media = file.media();
    audit.record(
        new AuditEntry(
            "dock:" + dockName,
            AuditAction.FOOTAGE_UPLOADED,
            "recording",
            recording.getId().toString(),
            String.format(
                "camera %s, %s to %s, %d bytes, sha256 %s, %s %dx%d %d ms, %s",
                camera.getSerial(),
                times.start(),
                times.end(),
                file.size(),
                file.key().sha256(),
                media.videoCodec(),
                media.width(),
                media.height(),
                media.duration().toMillis(),
                attribution.isAttributed()
                    ? "wearer " + attribution.wearer().getUsername()
                    : "unattributed"),
            sourceAddress,
            now));
    return recording;
  }
}
