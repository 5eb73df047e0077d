package uk.council.evidence.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A working copy of part of an exhibit's recording, for disclosure. It is cut without re-encoding,
 * so it can only start on a key frame: {@link #getStart} is where it really starts, which may be a
 * little before the start asked for.
 */
@Entity
@Table(name = "clip")
public class Clip {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "exhibit_id", updatable = false)
  private long exhibitId;

  @Column(name = "recording_id", updatable = false)
  private long recordingId;

  @Column(updatable = false)
  private String sha256;

  @Column(name = "size_bytes", updatable = false)
  private long sizeBytes;

  @Column(name = "asked_start_ms", updatable = false)
  private long askedStartMs;

  @Column(name = "asked_end_ms", updatable = false)
  private long askedEndMs;

  @Column(name = "start_ms", updatable = false)
  private long startMs;

  @Column(name = "end_ms", updatable = false)
  private long endMs;

  @Column(name = "cut_by", updatable = false)
  private String cutBy;

  @Column(name = "cut_at", updatable = false)
  private Instant cutAt;

  @Column(name = "file_removed_at")
  private Instant fileRemovedAt;

  protected Clip() {}

  public Clip(
      long exhibitId,
      long recordingId,
      String sha256,
      long sizeBytes,
      ClipRange asked,
      Duration start,
      Duration end,
      String cutBy,
      Instant now) {
    this.exhibitId = exhibitId;
    this.recordingId = recordingId;
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
    this.askedStartMs = asked.start().toMillis();
    this.askedEndMs = asked.end().toMillis();
    this.startMs = start.toMillis();
    this.endMs = end.toMillis();
    this.cutBy = cutBy;
    this.cutAt = now;
  }

  /** Records that the clip's file was removed from the store. */
  public void fileRemoved(Instant now) {
    if (fileRemovedAt == null) {
      fileRemovedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public long getExhibitId() {
    return exhibitId;
  }

  public long getRecordingId() {
    return recordingId;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public ClipRange getAsked() {
    return new ClipRange(Duration.ofMillis(askedStartMs), Duration.ofMillis(askedEndMs));
  }

  public Duration getStart() {
    return Duration.ofMillis(startMs);
  }

  public Duration getEnd() {
    return Duration.ofMillis(endMs);
  }

  /** "1:05 to 1:35", where it really starts and ends in the recording. */
  public String getRange() {
    return ClipRange.format(getStart()) + " to " + ClipRange.format(getEnd());
  }

  /**
   * "0:00 to 0:12.1 (asked for 0:05 to 0:12)": where it really starts and ends, and what was asked
   * for when they differ. Cut without re-encoding, a clip starts on the key frame at or before the
   * start asked for, and may end on the last frame at or after the end.
   */
  public String getRangeAndAsked() {
    ClipRange asked = getAsked();
    if (asked.start().equals(getStart()) && asked.end().equals(getEnd())) {
      return getRange();
    }
    return getRange()
        + " (asked for "
        + ClipRange.format(asked.start())
        + " to "
        + ClipRange.format(asked.end())
        + ")";
  }

  public String getCutBy() {
    return cutBy;
  }

  public Instant getCutAt() {
    return cutAt;
  }

  public boolean isFileRemoved() {
    return fileRemovedAt != null;
  }
}
