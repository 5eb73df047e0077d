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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.device.entity.CameraAssignment;
import uk.council.evidence.device.entity.Dock;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.staff.boundary.DemoAccounts;
import uk.council.evidence.staff.control.ServiceAreaDirectory;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * Demo cameras and docks, with the demo accounts ({@code evidence.demo.enabled}), so that a
 * newcomer has cameras to check out and footage to look at. The dock {@code civic-centre-1} has no
 * credential until an administrator issues one, as a real dock would. The dock {@code demo-dock}
 * takes the secret in {@code evidence.demo.dock-secret}, which {@code ./bwv run} makes and gives to
 * the dock simulator. On first start, past shifts are recorded (see {@link #SHIFTS}) so that the
 * simulator's footage from those times is attributed to several wearers. Creates what is missing
 * only.
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

  /** The dock the simulator uploads through in a demo. */
  public static final String DEMO_DOCK = "demo-dock";

  /**
   * A past shift: camera, wearer, and its day and hours in UK time, as days before today. {@code
   * ./bwv run} uploads demo footage recorded in these shifts (and some outside them, unattributed).
   */
  record DemoShift(String serial, String wearer, int daysAgo, int fromHour, int toHour) {}

  static final List<DemoShift> SHIFTS =
      List.of(
          new DemoShift("VB4-000101", "camera.user", 27, 8, 16),
          new DemoShift("VB4-000101", "camera.user", 1, 8, 16),
          new DemoShift("VB4-000102", "parking.warden", 1, 8, 16),
          new DemoShift("D5-200031", "enforcement.officer", 1, 9, 17),
          new DemoShift("VB4-000102", "camera.user", 2, 8, 12));

  private static final ZoneId UK = CouncilTime.ZONE;

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject DemoAccounts accounts;
  @Inject ServiceAreaDirectory areas;

  @Inject
  @ConfigProperty(name = "evidence.demo.dock-secret")
  Optional<String> dockSecret;

  @PostConstruct
  void create() {
    if (!accounts.enabled()) {
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
    dockSecret.ifPresent(secret -> simulatorDock(secret, now));
    boolean anyShifts =
        !em.createQuery("SELECT a.id FROM CameraAssignment a")
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!anyShifts) {
      pastShifts(now);
    }
  }

  /** The dock the simulator uses, holding the configured secret. */
  private void simulatorDock(String secret, Instant now) {
    Dock dock =
        em.createQuery("SELECT d FROM Dock d WHERE d.name = :n", Dock.class)
            .setParameter("n", DEMO_DOCK)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (dock == null) {
      dock = new Dock(DEMO_DOCK, "Demo dock for ./bwv simulate-dock", now);
      em.persist(dock);
      em.flush();
      audit.record(
          AuditEntry.of("system", AuditAction.DOCK_REGISTERED, "dock", dock.getId(), now)
              .withDetails("demo dock " + DEMO_DOCK));
    }
    if (!dock.accepts(secret)) {
      dock.issueCredential(secret, now);
      audit.record(
          AuditEntry.of("system", AuditAction.DOCK_CREDENTIAL_ISSUED, "dock", dock.getId(), now)
              .withDetails("demo dock " + DEMO_DOCK + ": the secret of ./bwv run"));
    }
  }

  /** The demo's past shifts, checked out and back in by the supervisor. */
  private void pastShifts(Instant now) {
    LocalDate today = now.atZone(UK).toLocalDate();
    for (DemoShift shift : SHIFTS) {
      LocalDate day = today.minusDays(shift.daysAgo());
      Instant out = day.atTime(shift.fromHour(), 0).atZone(UK).toInstant();
      Instant in = day.atTime(shift.toHour(), 0).atZone(UK).toInstant();
      Camera camera =
          em.createQuery("SELECT c FROM Camera c WHERE c.serial = :s", Camera.class)
              .setParameter("s", shift.serial())
              .getSingleResult();
      StaffMember wearer =
          em.createQuery("SELECT s FROM StaffMember s WHERE s.username = :u", StaffMember.class)
              .setParameter("u", shift.wearer())
              .getSingleResult();
      CameraAssignment assignment = new CameraAssignment(camera, wearer, out, "supervisor");
      assignment.checkIn(in, "supervisor");
      em.persist(assignment);
      em.flush();
      audit.record(
          AuditEntry.of("system", AuditAction.CAMERA_CHECKED_OUT, "camera", camera.getId(), now)
              .withDetails(
                  "demo shift: "
                      + shift.serial()
                      + " to "
                      + shift.wearer()
                      + " from "
                      + out
                      + " to "
                      + in));
    }
  }

  private ServiceArea area(String code) {
    return code == null ? null : areas.byCode(code).orElseThrow();
  }
}
