package uk.council.evidence.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A document that came with a request: the letter, proof of identity, a third party's authority.
 * The file is kept by its SHA-256, outside the web root; only a data protection officer opens it.
 */
@Entity
@Table(name = "request_document")
public class RequestDocument {

  /** The largest document accepted: a scanned letter or a photograph of a passport. */
  public static final long LARGEST = 20L * 1024 * 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", updatable = false)
  private long requestId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private DocumentKind kind;

  @Column(name = "file_name", updatable = false)
  private String fileName;

  @Column(name = "media_type", updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", updatable = false)
  private long sizeBytes;

  @Column(updatable = false)
  private String sha256;

  @Column(name = "added_by", updatable = false)
  private String addedBy;

  @Column(name = "added_at", updatable = false)
  private Instant addedAt;

  protected RequestDocument() {}

  public RequestDocument(
      long requestId,
      DocumentKind kind,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      String addedBy,
      Instant now) {
    this.requestId = requestId;
    this.kind = kind;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.addedBy = addedBy;
    this.addedAt = now;
  }

  /**
   * The media type of a document from its first bytes: PDF, JPEG or PNG.
   *
   * @throws InvalidInput if it is none of these
   */
  public static String mediaTypeOf(byte[] head) {
    if (starts(head, '%', 'P', 'D', 'F', '-')) {
      return "application/pdf";
    }
    if (starts(head, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    throw new InvalidInput("file", "The file must be a PDF, or a JPEG or PNG image.");
  }

  /**
   * A file name fit to keep and to offer again for download: the last part of any path, letters,
   * digits and a few marks, at most 100 characters; "document" if nothing is left.
   */
  public static String tidyName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    String tidy = base.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    if (tidy.length() > 100) {
      tidy = tidy.substring(tidy.length() - 100);
    }
    return tidy.isEmpty() || tidy.chars().allMatch(c -> c == '.') ? "document" : tidy;
  }

  private static boolean starts(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
