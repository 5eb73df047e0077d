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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.access.entity.Standing;
import uk.council.evidence.device.entity.Camera;
import uk.council.evidence.device.entity.Dock;
import uk.council.evidence.staff.entity.ServiceArea;
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
  private Instant recordedStart;

  @Column(name = "recorded_end", updatable = false)
  private Instant recordedEnd;

  @Column(name = "uploaded_at", updatable = false)
  private Instant uploadedAt;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "dock_id", updatable = false)
  private Dock dock;

  @Column(name = "mp4_brand", updatable = false)
  private String mp4Brand;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "service_area_id")
  private ServiceArea serviceArea;

  @Column(name = "deletion_due_at")
  private Instant deletionDueAt;

  @Column(name = "duration_ms", updatable = false)
  private Long durationMs;

  @Column(name = "video_codec", updatable = false)
  private String videoCodec;

  @Column(name = "audio_codec", updatable = false)
  private String audioCodec;

  @Column(updatable = false)
  private Integer width;

  @Column(updatable = false)
  private Integer height;

  @Column(name = "media_created_at", updatable = false)
  private Instant mediaCreatedAt;

  @Column(name = "has_thumbnail")
  private boolean hasThumbnail;

  @Column(name = "deleting_since")
  private Instant deletingSince;

  @Column(name = "retention_category")
  private String retentionCategory;

  @Version private long version;

  protected Recording() {}

  /**
   * A recording as it arrives. It belongs to the wearer's service area, or for unattributed footage
   * to the camera's (none for a pooled camera), and keeps that area if the wearer later moves.
   */
  public Recording(
      String sha256,
      long sizeBytes,
      Camera camera,
      StaffMember wearer,
      RecordedTimes times,
      Dock dock,
      String mp4Brand,
      MediaInfo media,
      boolean hasThumbnail,
      Instant uploadedAt,
      String retentionCategory,
      Instant deletionDue) {
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
    this.camera = camera;
    this.wearer = wearer;
    this.serviceArea = wearer != null ? wearer.getServiceArea() : camera.getServiceArea();
    this.recordedStart = times.start();
    this.recordedEnd = times.end();
    this.dock = dock;
    this.mp4Brand = mp4Brand;
    this.durationMs = media.duration().toMillis();
    this.videoCodec = media.videoCodec();
    this.audioCodec = media.audioCodec();
    this.width = media.width();
    this.height = media.height();
    this.mediaCreatedAt = media.created().orElse(null);
    this.hasThumbnail = hasThumbnail;
    this.uploadedAt = uploadedAt;
    this.retentionCategory = retentionCategory;
    this.deletionDueAt = deletionDue;
  }

  /**
   * Gives unattributed footage its wearer, found by a supervisor; the recording moves to the
   * wearer's service area (or keeps the camera's if the wearer has none).
   */
  public void attributeTo(StaffMember wearer) {
    if (this.wearer != null) {
      throw new IllegalStateException("Recording " + id + " is already attributed.");
    }
    this.wearer = wearer;
    if (wearer.getServiceArea() != null) {
      this.serviceArea = wearer.getServiceArea();
    }
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

  /** How the caller stands towards this recording: their own, their team's, or neither. */
  public Set<Standing> standingOf(Caller caller) {
    return caller.standingTowardsFootage(
        wearer == null ? null : wearer.getId(), serviceArea == null ? null : serviceArea.getId());
  }

  /** Who wore the camera at the recorded start; empty while unattributed. */
  public Optional<StaffMember> getWearer() {
    return Optional.ofNullable(wearer);
  }

  public boolean isAttributed() {
    return wearer != null;
  }

  public Instant getRecordedStart() {
    return recordedStart;
  }

  public Instant getRecordedEnd() {
    return recordedEnd;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public Dock getDock() {
    return dock;
  }

  public String getMp4Brand() {
    return mp4Brand;
  }

  /** The service area whose supervisors see this recording; empty for a pooled camera's. */
  public Optional<ServiceArea> getServiceArea() {
    return Optional.ofNullable(serviceArea);
  }

  public Instant getDeletionDueAt() {
    return deletionDueAt;
  }

  /** What ffprobe found; empty only for recordings stored before probing existed. */
  public Optional<MediaInfo> getMedia() {
    if (durationMs == null) {
      return Optional.empty();
    }
    return Optional.of(
        new MediaInfo(
            Duration.ofMillis(durationMs), videoCodec, audioCodec, width, height, mediaCreatedAt));
  }

  public boolean hasThumbnail() {
    return hasThumbnail;
  }

  /** Whether the deletion sweep has claimed this recording: it is going, and cannot be held. */
  public boolean isBeingDeleted() {
    return deletingSince != null;
  }

  /** The code of the retention category whose period this recording is kept. */
  public String getRetentionCategory() {
    return retentionCategory;
  }

  /**
   * Puts the recording in another retention category, due when that category's rule says: the
   * caller works the date out (the rule needs the recording's holds, which are not part of it).
   */
  public void moveToCategory(String category, Instant due) {
    this.retentionCategory = category;
    this.deletionDueAt = due;
  }

  /** Moves the deletion date later, never earlier: holds and their grace periods only add time. */
  public void keepUntilAtLeast(Instant due) {
    if (due.isAfter(getDeletionDueAt())) {
      this.deletionDueAt = due;
    }
  }
}
