package uk.council.evidence.device.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.CAMERA_USER;
import static uk.council.evidence.staff.entity.Role.Name.SUPERVISOR;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.device.entity.Attribution;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.device.entity.CameraAssignment;
import uk.council.evidence.device.entity.CameraStatus;
import uk.council.evidence.device.entity.Dock;
import uk.council.evidence.device.entity.IssuedCredential;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.control.ServiceAreaDirectory;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.StaffMember;

/** Cameras, docks and camera assignments. */
@Stateless
public class Devices {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject Clock clock;
  @Inject ServiceAreaDirectory areas;
  @Inject AuditLog audit;
  @Inject CurrentCaller callers;

  // Cameras

  @RolesAllowed({ADMIN, SUPERVISOR, CAMERA_USER})
  public List<Camera> cameras() {
    return em.createQuery("SELECT c FROM Camera c ORDER BY c.serial", Camera.class).getResultList();
  }

  /** Registers a camera by its serial; every problem with the form is reported at once. */
  @RolesAllowed(ADMIN)
  public Camera registerCamera(
      String serial, String make, String model, String assetTag, Long serviceAreaId) {
    var check = new InputCheck();
    String normalised = check.value(() -> Camera.normaliseSerial(serial));
    check.run(() -> Camera.checkMake(make));
    check.run(() -> Camera.checkModel(model));
    String tag = check.value(() -> Camera.checkAssetTag(assetTag));
    ServiceArea area = check.value(() -> areas.chosen(serviceAreaId));
    if (normalised != null && findCamera(normalised).isPresent()) {
      check.add("serial", "Camera " + normalised + " is already registered.");
    }
    if (tag != null
        && !em.createQuery("SELECT c.id FROM Camera c WHERE UPPER(c.assetTag) = UPPER(:t)")
            .setParameter("t", tag)
            .getResultList()
            .isEmpty()) {
      check.add("assetTag", "Asset tag " + tag + " is on another camera.");
    }
    check.orThrow();
    Camera camera = new Camera(serial, make, model, assetTag, area, clock.instant());
    em.persist(camera);
    em.flush();
    audit.record(
        AuditEntry.of(
                caller(), AuditAction.CAMERA_REGISTERED, "camera", camera.getId(), clock.instant())
            .withDetails(camera.describe()));
    return camera;
  }

  @RolesAllowed(ADMIN)
  public void changeStatus(long cameraId, CameraStatus status) {
    Camera camera = camera(cameraId);
    CameraStatus before = camera.getStatus();
    if (status != CameraStatus.IN_SERVICE && openAssignmentOf(camera).isPresent()) {
      throw new InvalidInput(
          "status", "Camera " + camera.getSerial() + " is checked out: check it in first.");
    }
    camera.changeStatus(status);
    audit.record(
        AuditEntry.of(
                caller(), AuditAction.CAMERA_STATUS_CHANGED, "camera", cameraId, clock.instant())
            .withDetails(before + " -> " + status));
  }

  public Optional<Camera> findCamera(String serial) {
    return em.createQuery("SELECT c FROM Camera c WHERE c.serial = :s", Camera.class)
        .setParameter("s", serial)
        .getResultStream()
        .findFirst();
  }

  // Docks

  @RolesAllowed(ADMIN)
  public List<Dock> docks() {
    return em.createQuery("SELECT d FROM Dock d ORDER BY d.name", Dock.class).getResultList();
  }

  /** Registers a dock and issues its first credential, which the caller shows once. */
  @RolesAllowed(ADMIN)
  public IssuedCredential registerDock(String name, String site) {
    var check = new InputCheck();
    Dock dock = check.value(() -> new Dock(name, site, clock.instant()));
    if (dock != null
        && !em.createQuery("SELECT d.id FROM Dock d WHERE d.name = :n")
            .setParameter("n", dock.getName())
            .getResultList()
            .isEmpty()) {
      check.add("name", "There is already a dock called " + dock.getName() + ".");
    }
    check.orThrow();
    String secret = newSecret();
    dock.issueCredential(secret, clock.instant());
    em.persist(dock);
    em.flush();
    audit.record(
        AuditEntry.of(caller(), AuditAction.DOCK_REGISTERED, "dock", dock.getId(), clock.instant())
            .withDetails(dock.getName() + " at " + dock.getSite()));
    return new IssuedCredential(dock, secret);
  }

  /** Replaces a dock's credential (the old one stops working) and returns the new one. */
  @RolesAllowed(ADMIN)
  public IssuedCredential reissueCredential(long dockId) {
    Dock dock = dock(dockId);
    String secret = newSecret();
    dock.issueCredential(secret, clock.instant());
    audit.record(
        AuditEntry.of(caller(), AuditAction.DOCK_CREDENTIAL_ISSUED, "dock", dockId, clock.instant())
            .withDetails(dock.getName()));
    return new IssuedCredential(dock, secret);
  }

  @RolesAllowed(ADMIN)
  public void revokeDock(long dockId) {
    Dock dock = dock(dockId);
    dock.revoke(caller(), clock.instant());
    audit.record(
        AuditEntry.of(caller(), AuditAction.DOCK_REVOKED, "dock", dockId, clock.instant())
            .withDetails(dock.getName()));
  }

  /**
   * The dock whose name and secret these are, if its credential is current. A refusal is audited in
   * a transaction of its own, so that it stands whatever the request does next.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<Dock> authenticateDock(String name, String secret, String sourceAddress) {
    Optional<Dock> dock =
        em.createQuery("SELECT d FROM Dock d WHERE d.name = :n", Dock.class)
            .setParameter("n", name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT))
            .getResultStream()
            .findFirst();
    if (dock.isPresent() && dock.get().accepts(secret)) {
      return dock;
    }
    String reason =
        dock.isEmpty() ? "unknown dock" : dock.get().isRevoked() ? "revoked" : "wrong secret";
    String actor = "dock:" + (name == null ? "" : name.strip());
    audit.recordSeparately(
        new AuditEntry(
            actor.length() > 120 ? actor.substring(0, 120) : actor,
            AuditAction.DOCK_AUTH_FAILED,
            "dock",
            dock.map(d -> d.getId().toString()).orElse(null),
            reason,
            sourceAddress,
            clock.instant()));
    return Optional.empty();
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  // Assignments

  /**
   * Checks a camera out to a wearer. Camera users check out for themselves; supervisors for anyone
   * in their service area.
   */
  @RolesAllowed({SUPERVISOR, CAMERA_USER})
  public CameraAssignment checkOut(long cameraId, long wearerId) {
    StaffMember me = me();
    StaffMember wearer = em.find(StaffMember.class, wearerId);
    if (wearer == null) {
      throw new InvalidInput("wearer", "Choose who will wear the camera.");
    }
    mayManage(me, wearer);
    Camera camera = camera(cameraId);
    openAssignmentOf(camera)
        .ifPresent(
            a -> {
              throw new InvalidInput(
                  "camera",
                  "Camera "
                      + camera.getSerial()
                      + " is already checked out to "
                      + a.getWearer().getDisplayName()
                      + ".");
            });
    openAssignmentsOf(wearer).stream()
        .findFirst()
        .ifPresent(
            a -> {
              throw new InvalidInput(
                  "wearer",
                  wearer.getDisplayName()
                      + " already has camera "
                      + a.getCamera().getSerial()
                      + ": check it in first.");
            });
    Instant now = clock.instant();
    CameraAssignment assignment = new CameraAssignment(camera, wearer, now, me.getUsername());
    em.persist(assignment);
    em.flush();
    audit.record(
        AuditEntry.of(me.getUsername(), AuditAction.CAMERA_CHECKED_OUT, "camera", cameraId, now)
            .withDetails(camera.getSerial() + " to " + wearer.getUsername()));
    return assignment;
  }

  @RolesAllowed({SUPERVISOR, CAMERA_USER})
  public void checkIn(long assignmentId) {
    StaffMember me = me();
    CameraAssignment assignment = em.find(CameraAssignment.class, assignmentId);
    if (assignment == null) {
      throw new InvalidInput("There is no such camera assignment.");
    }
    mayManage(me, assignment.getWearer());
    Instant now = clock.instant();
    assignment.checkIn(now, me.getUsername());
    audit.record(
        AuditEntry.of(
                me.getUsername(),
                AuditAction.CAMERA_CHECKED_IN,
                "camera",
                assignment.getCamera().getId(),
                now)
            .withDetails(
                assignment.getCamera().getSerial()
                    + " from "
                    + assignment.getWearer().getUsername()));
  }

  /** Open assignments the caller may see: their own, and a supervisor's whole service area. */
  @RolesAllowed({SUPERVISOR, CAMERA_USER})
  public List<CameraAssignment> openAssignments() {
    StaffMember me = me();
    if (me.hasRole(Role.SUPERVISOR) && me.getServiceArea() != null) {
      return em.createQuery(
              "SELECT a FROM CameraAssignment a WHERE a.checkedInAt IS NULL"
                  + " AND (a.wearer.serviceArea = :area OR a.wearer = :me)"
                  + " ORDER BY a.checkedOutAt",
              CameraAssignment.class)
          .setParameter("area", me.getServiceArea())
          .setParameter("me", me)
          .getResultList();
    }
    return openAssignmentsOf(me);
  }

  /** Cameras in service and not checked out, of the caller's service area or of none. */
  @RolesAllowed({SUPERVISOR, CAMERA_USER})
  public List<Camera> availableCameras() {
    StaffMember me = me();
    return em.createQuery(
            "SELECT c FROM Camera c WHERE c.status = :inService"
                + " AND (c.serviceArea IS NULL OR c.serviceArea = :area)"
                + " AND NOT EXISTS (SELECT a FROM CameraAssignment a"
                + "   WHERE a.camera = c AND a.checkedInAt IS NULL)"
                + " ORDER BY c.serial",
            Camera.class)
        .setParameter("inService", CameraStatus.IN_SERVICE)
        .setParameter("area", me.getServiceArea())
        .getResultList();
  }

  /** Whom the caller may check a camera out to: themselves, or a supervisor's area. */
  @RolesAllowed({SUPERVISOR, CAMERA_USER})
  public List<StaffMember> possibleWearers() {
    StaffMember me = me();
    if (me.hasRole(Role.SUPERVISOR) && me.getServiceArea() != null) {
      return em.createQuery(
              "SELECT s FROM StaffMember s WHERE s.active = true AND s.serviceArea = :area"
                  + " ORDER BY s.displayName",
              StaffMember.class)
          .setParameter("area", me.getServiceArea())
          .getResultList();
    }
    return List.of(me);
  }

  /** Whose footage a recording from camera {@code serial} that began at {@code start} is. */
  @PermitAll
  public Attribution attribute(String serial, Instant start) {
    Camera camera =
        findCamera(serial)
            .orElseThrow(() -> new InvalidInput("camera", "Unknown camera serial " + serial + "."));
    List<CameraAssignment> covering =
        em.createQuery(
                "SELECT a FROM CameraAssignment a WHERE a.camera = :c AND a.checkedOutAt <= :t"
                    + " AND (a.checkedInAt IS NULL OR a.checkedInAt > :t)",
                CameraAssignment.class)
            .setParameter("c", camera)
            .setParameter("t", start)
            .getResultList();
    return Attribution.of(covering, start);
  }

  private void mayManage(StaffMember me, StaffMember wearer) {
    boolean self = me.getId().equals(wearer.getId());
    boolean myArea =
        me.hasRole(Role.SUPERVISOR)
            && me.getServiceArea() != null
            && wearer.getServiceArea() != null
            && me.getServiceArea().getId().equals(wearer.getServiceArea().getId());
    if (!self && !myArea) {
      throw new InvalidInput(
          "wearer", "You can only check cameras out and in for yourself or your own team.");
    }
  }

  private Optional<CameraAssignment> openAssignmentOf(Camera camera) {
    return em.createQuery(
            "SELECT a FROM CameraAssignment a WHERE a.camera = :c AND a.checkedInAt IS NULL",
            CameraAssignment.class)
        .setParameter("c", camera)
        .getResultStream()
        .findFirst();
  }

  private List<CameraAssignment> openAssignmentsOf(StaffMember wearer) {
    return em.createQuery(
            "SELECT a FROM CameraAssignment a WHERE a.wearer = :w AND a.checkedInAt IS NULL",
            CameraAssignment.class)
        .setParameter("w", wearer)
        .getResultList();
  }

  private StaffMember me() {
    return callers.member();
  }

  private Camera camera(long id) {
    Camera camera = em.find(Camera.class, id);
    if (camera == null) {
      throw new InvalidInput("camera", "Choose a camera from the list.");
    }
    return camera;
  }

  private Dock dock(long id) {
    Dock dock = em.find(Dock.class, id);
    if (dock == null) {
      throw new InvalidInput("There is no such dock.");
    }
    return dock;
  }

  private String caller() {
    return callers.username();
  }
}
