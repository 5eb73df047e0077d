package uk.council.evidence.device.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.device.entity.Dock;
import uk.council.evidence.staff.entity.ServiceArea;

/**
 * Demo cameras and a dock, with the demo accounts ({@code evidence.demo.enabled}), so that a
 * newcomer has cameras to check out. The dock has no credential until an administrator issues one,
 * as a real dock would. Creates what is missing only.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "DemoAccounts"})
public class DemoDevices {

  /** Serial, make, model, asset tag, service area code (null: any). */
  record DemoCamera(String serial, String make, String model, String tag, String area) {}

  static final List<DemoCamera> CAMERAS =
      List.of(
          new DemoCamera("VB4-000101", "Motorola", "VB400", "PK-001", "PARKING"),
          new DemoCamera("VB4-000102", "Motorola", "VB400", "PK-002", "PARKING"),
          new DemoCamera("D5-200031", "Reveal", "D5", "EE-014", "ENVIRONMENT"),
          new DemoCamera("AXB3-7719", "Axon", "Body 3", "CS-003", null));

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "evidence.demo.enabled", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void create() {
    if (!enabled) {
      return;
    }
    Instant now = clock.instant();
    for (DemoCamera c : CAMERAS) {
      boolean exists =
          !em.createQuery("SELECT c.id FROM Camera c WHERE c.serial = :s")
              .setParameter("s", c.serial())
              .getResultList()
              .isEmpty();
      if (!exists) {
        Camera camera = new Camera(c.serial(), c.make(), c.model(), c.tag(), area(c.area()), now);
        em.persist(camera);
        em.flush();
        audit.record(
            AuditEntry.of("system", AuditAction.CAMERA_REGISTERED, "camera", camera.getId(), now)
                .withDetails("demo " + camera.describe()));
      }
    }
    boolean dockExists =
        !em.createQuery("SELECT d.id FROM Dock d WHERE d.name = 'civic-centre-1'")
            .getResultList()
            .isEmpty();
    if (!dockExists) {
      Dock dock = new Dock("civic-centre-1", "Civic Centre, parking office", now);
      em.persist(dock);
      em.flush();
      audit.record(
          AuditEntry.of("system", AuditAction.DOCK_REGISTERED, "dock", dock.getId(), now)
              .withDetails("demo dock civic-centre-1"));
    }
  }

  private ServiceArea area(String code) {
    if (code == null) {
      return null;
    }
    return em.createQuery("SELECT a FROM ServiceArea a WHERE a.code = :c", ServiceArea.class)
        .setParameter("c", code)
        .getSingleResult();
  }
}
