package uk.council.evidence.footage.entity;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.device.entity.Dock;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * One video file from a camera. Its bytes are stored once, under their SHA-256, and never modified;
 * this row is what the council knows about them.
 */
@Entity
@Table(name = "recording")
public class Recording {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String sha256;

  @Column(name = "size_bytes", updatable = false)
  private long sizeBytes;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "camera_id", updatable = false)
  private Camera camera;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "wearer_id")
  private StaffMember wearer;

  @Column(name = "recorded_start", updatable = false)
  private OffsetDateTime recordedStart;

  @Column(name = "recorded_end", updatable = false)
  private OffsetDateTime recordedEnd;

  @Column(name = "uploaded_at", updatable = false)
  private OffsetDateTime uploadedAt;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "dock_id", updatable = false)
  private Dock dock;

  @Column(name = "mp4_brand", updatable = false)
  private String mp4Brand;

  @Version private long version;

  protected Recording() {}

  public Recording(
      String sha256,
      long sizeBytes,
      Camera camera,
      StaffMember wearer,
      RecordedTimes times,
      Dock dock,
      String mp4Brand,
      Instant uploadedAt) {
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
    this.camera = camera;
    this.wearer = wearer;
    this.recordedStart = times.start().atOffset(ZoneOffset.UTC);
    this.recordedEnd = times.end().atOffset(ZoneOffset.UTC);
    this.dock = dock;
    this.mp4Brand = mp4Brand;
    this.uploadedAt = uploadedAt.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public Camera getCamera() {
    return camera;
  }

  /** Who wore the camera at the recorded start; empty while unattributed. */
  public Optional<StaffMember> getWearer() {
    return Optional.ofNullable(wearer);
  }

  public boolean isAttributed() {
    return wearer != null;
  }

  public Instant getRecordedStart() {
    return recordedStart.toInstant();
  }

  public Instant getRecordedEnd() {
    return recordedEnd.toInstant();
  }

  public Instant getUploadedAt() {
    return uploadedAt.toInstant();
  }

  public Dock getDock() {
    return dock;
  }

  public String getMp4Brand() {
    return mp4Brand;
  }
}
