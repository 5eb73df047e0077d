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

/** A signed letter produced for a request, kept by its SHA-256 with the request's documents. */
@Entity
@Table(name = "request_letter")
public class RequestLetter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", updatable = false)
  private long requestId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private LetterKind kind;

  @Column(updatable = false)
  private String sha256;

  @Column(name = "size_bytes", updatable = false)
  private long sizeBytes;

  @Column(name = "produced_by", updatable = false)
  private String producedBy;

  @Column(name = "produced_at", updatable = false)
  private Instant producedAt;

  protected RequestLetter() {}

  public RequestLetter(
      long requestId, LetterKind kind, String sha256, long sizeBytes, String by, Instant now) {
    this.requestId = requestId;
    this.kind = kind;
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
    this.producedBy = by;
    this.producedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public LetterKind getKind() {
    return kind;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getProducedBy() {
    return producedBy;
  }

  public Instant getProducedAt() {
    return producedAt;
  }
}
