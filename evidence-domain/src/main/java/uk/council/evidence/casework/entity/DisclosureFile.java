package uk.council.evidence.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One file in a disclosure package, with its SHA-256, for the verify page and the log: footage (an
 * original or a clip) and its continuity statement name the recording, and for a case's package the
 * exhibit.
 */
@Entity
@Table(name = "disclosure_file")
@IdClass(DisclosureFile.Key.class)
public class DisclosureFile {

  /** What a file in a package is. */
  public enum Kind {
    ORIGINAL,
    CLIP,
    REDACTED,
    CONTINUITY,
    MANIFEST,
    CHECKSUMS;

    /** Whether a file of this kind is footage: the original, a clip or a redacted copy. */
    public boolean isFootage() {
      return this == ORIGINAL || this == CLIP || this == REDACTED;
    }
  }

  @Id
  @Column(name = "package_id")
  private long packageId;

  @Id private String path;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "exhibit_id")
  private Long exhibitId;

  @Column(name = "clip_id")
  private Long clipId;

  @Column(name = "recording_id")
  private Long recordingId;

  private String sha256;

  @Column(name = "size_bytes")
  private long sizeBytes;

  protected DisclosureFile() {}

  public DisclosureFile(
      long packageId,
      String path,
      Kind kind,
      Long exhibitId,
      Long recordingId,
      Long clipId,
      String sha256,
      long sizeBytes) {
    this.packageId = packageId;
    this.path = path;
    this.kind = kind;
    this.exhibitId = exhibitId;
    this.recordingId = recordingId;
    this.clipId = clipId;
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
  }

  public long getPackageId() {
    return packageId;
  }

  public String getPath() {
    return path;
  }

  /** The file's name without its folder, as someone holding it would see it. */
  public String getName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public Kind getKind() {
    return kind;
  }

  public Long getExhibitId() {
    return exhibitId;
  }

  /** The recording it is a copy of or about, or null for the package's lists. */
  public Long getRecordingId() {
    return recordingId;
  }

  public Long getClipId() {
    return clipId;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  /** The composite key: package and path. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long packageId;
    private String path;

    public Key() {}

    public Key(long packageId, String path) {
      this.packageId = packageId;
      this.path = path;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.packageId == packageId && Objects.equals(k.path, path);
    }

    @Override
    public int hashCode() {
      return Objects.hash(packageId, path);
    }
  }
}
