package uk.council.evidence.device.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.ServiceArea;

/** A body-worn camera, known by the serial number its maker printed on it. */
@Entity
@Table(name = "camera")
public class Camera {

  private static final Pattern SERIAL = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,63}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String serial;
  private String make;
  private String model;

  @Column(name = "asset_tag")
  private String assetTag;

  @Enumerated(EnumType.STRING)
  private CameraStatus status;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "service_area_id")
  private ServiceArea serviceArea;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Camera() {}

  public Camera(
      String serial, String make, String model, String assetTag, ServiceArea area, Instant now) {
    this.serial = normaliseSerial(serial);
    this.make = checkMake(make);
    this.model = checkModel(model);
    this.assetTag = checkAssetTag(assetTag);
    this.serviceArea = area;
    this.status = CameraStatus.IN_SERVICE;
    this.createdAt = now;
  }

  /** Serials as stored: trimmed, upper case; letters, digits and hyphens. */
  public static String normaliseSerial(String serial) {
    String s = serial == null ? "" : serial.strip().toUpperCase(Locale.ROOT);
    if (!SERIAL.matcher(s).matches()) {
      throw new InvalidInput(
          "serial",
          "A serial number is 3 to 64 letters, digits or hyphens, as printed on the camera.");
    }
    return s;
  }

  public static String checkMake(String make) {
    return required(
        "make", make, "Enter the camera's make (up to 80 characters), for example Motorola.");
  }

  public static String checkModel(String model) {
    return required(
        "model", model, "Enter the camera's model (up to 80 characters), for example VB400.");
  }

  /** The asset tag as stored: trimmed, or null if there is none. */
  public static String checkAssetTag(String assetTag) {
    String tag = assetTag == null || assetTag.isBlank() ? null : assetTag.strip();
    if (tag != null && tag.length() > 64) {
      throw new InvalidInput("assetTag", "An asset tag is at most 64 characters.");
    }
    return tag;
  }

  private static String required(String field, String value, String message) {
    if (value == null || value.isBlank() || value.strip().length() > 80) {
      throw new InvalidInput(field, message);
    }
    return value.strip();
  }

  /**
   * Moves the camera to another status. A retired camera stays retired: its recordings keep
   * pointing at it, and a serial is never reused.
   */
  public void changeStatus(CameraStatus next) {
    if (status == CameraStatus.RETIRED && next != CameraStatus.RETIRED) {
      throw new InvalidInput("status", "A retired camera cannot return to service.");
    }
    this.status = next;
  }

  /** Whether it may be checked out to someone now. */
  public boolean canBeCheckedOut() {
    return status == CameraStatus.IN_SERVICE;
  }

  public Long getId() {
    return id;
  }

  public String getSerial() {
    return serial;
  }

  public String getMake() {
    return make;
  }

  public String getModel() {
    return model;
  }

  public String getAssetTag() {
    return assetTag;
  }

  public CameraStatus getStatus() {
    return status;
  }

  public ServiceArea getServiceArea() {
    return serviceArea;
  }

  /** "Motorola VB400 (SN VB4-0001, tag PK-017)". */
  public String describe() {
    return make
        + " "
        + model
        + " (SN "
        + serial
        + (assetTag == null ? "" : ", tag " + assetTag)
        + ")";
  }
}
