package uk.council.evidence.device.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * A camera checked out to a member of staff, from {@code checkedOutAt} until {@code checkedInAt}
 * (open while they still have it). The interval is half-open: at the moment of check-in the camera
 * is no longer theirs.
 */
@Entity
@Table(name = "camera_assignment")
public class CameraAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "camera_id")
  private Camera camera;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffMember wearer;

  @Column(name = "checked_out_at")
  private Instant checkedOutAt;

  @Column(name = "checked_out_by")
  private String checkedOutBy;

  @Column(name = "checked_in_at")
  private Instant checkedInAt;

  @Column(name = "checked_in_by")
  private String checkedInBy;

  @Version private long version;

  protected CameraAssignment() {}

  /** Checks a camera out; the camera must be in service and the wearer's account active. */
  public CameraAssignment(Camera camera, StaffMember wearer, Instant at, String by) {
    if (!camera.canBeCheckedOut()) {
      throw new InvalidInput(
          "camera",
          "Camera "
              + camera.getSerial()
              + " is "
              + camera.getStatus().title().toLowerCase()
              + " and cannot be checked out.");
    }
    if (!wearer.isActive()) {
      throw new InvalidInput("wearer", wearer.getDisplayName() + "'s account is disabled.");
    }
    this.camera = camera;
    this.wearer = wearer;
    this.checkedOutAt = at;
    this.checkedOutBy = by;
  }

  /** Checks the camera back in. */
  public void checkIn(Instant at, String by) {
    if (checkedInAt != null) {
      throw new InvalidInput("This camera was already checked in.");
    }
    if (!at.isAfter(checkedOutAt)) {
      throw new InvalidInput("A camera is checked in after it was checked out.");
    }
    this.checkedInAt = at;
    this.checkedInBy = by;
  }

  /** Whether the wearer held the camera at {@code instant}. */
  public boolean covers(Instant instant) {
    return !instant.isBefore(checkedOutAt)
        && (checkedInAt == null || instant.isBefore(checkedInAt));
  }

  /** Whether this and {@code other} claim the same moment for the same camera or person. */
  public boolean overlaps(CameraAssignment other) {
    Instant start = checkedOutAt;
    Instant otherStart = other.checkedOutAt;
    boolean thisEndsAfterOtherStarts = checkedInAt == null || checkedInAt.isAfter(otherStart);
    boolean otherEndsAfterThisStarts =
        other.checkedInAt == null || other.checkedInAt.isAfter(start);
    return thisEndsAfterOtherStarts && otherEndsAfterThisStarts;
  }

  public boolean isOpen() {
    return checkedInAt == null;
  }

  public Long getId() {
    return id;
  }

  public Camera getCamera() {
    return camera;
  }

  public StaffMember getWearer() {
    return wearer;
  }

  public Instant getCheckedOutAt() {
    return checkedOutAt;
  }

  public String getCheckedOutBy() {
    return checkedOutBy;
  }

  public Optional<Instant> getCheckedInAt() {
    return Optional.ofNullable(checkedInAt);
  }

  public String getCheckedInBy() {
    return checkedInBy;
  }
}
