package uk.council.evidence.footage.boundary;

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
import uk.council.evidence.footage.control.StorageKey;
import uk.council.evidence.footage.entity.RecordedTimes;
import uk.council.evidence.footage.entity.Recording;

/** The recordings table: registering a stored file as a recording, attributed and audited. */
@Stateless
public class RecordingRegistry {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject Devices devices;
  @Inject AuditLog audit;

  @RolesAllowed({"DOCK", "EVIDENCE_OFFICER", "DPO", "COMPLIANCE_OFFICER", "ADMIN"})
  public Optional<Recording> bySha256(StorageKey key) {
    return em.createQuery("SELECT r FROM Recording r WHERE r.sha256 = :s", Recording.class)
        .setParameter("s", key.sha256())
        .getResultStream()
        .findFirst();
  }

  /**
   * Records stored bytes as a recording, attributed to whoever held the camera at the recorded
   * start, in one transaction with its audit event.
   */
  @RolesAllowed("DOCK")
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Recording register(
      StorageKey key,
      long size,
      Camera camera,
      RecordedTimes times,
      String dockName,
      String mp4Brand,
      String sourceAddress,
      Instant now) {
    Dock dock =
        em.createQuery("SELECT d FROM Dock d WHERE d.name = :n", Dock.class)
            .setParameter("n", dockName)
            .getSingleResult();
    Attribution attribution = devices.attribute(camera.getSerial(), times.start());
    Recording recording =
        new Recording(
            key.sha256(), size, em.merge(camera), attribution.wearer(), times, dock, mp4Brand, now);
    em.persist(recording);
    em.flush();
    audit.record(
        new AuditEntry(
            "dock:" + dockName,
            AuditAction.FOOTAGE_UPLOADED,
            "recording",
            recording.getId().toString(),
            String.format(
                "camera %s, %s to %s, %d bytes, sha256 %s, %s",
                camera.getSerial(),
                times.start(),
                times.end(),
                size,
                key.sha256(),
                attribution.isAttributed()
                    ? "wearer " + attribution.wearer().getUsername()
                    : "unattributed"),
            sourceAddress,
            now));
    return recording;
  }
}
