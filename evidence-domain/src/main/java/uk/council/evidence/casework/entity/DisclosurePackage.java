package uk.council.evidence.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A disclosure: one ZIP of a case's exhibits built for one recipient, with the lawful basis and
 * purpose, its own SHA-256, and until when it may be downloaded. Revoking it stops downloads; the
 * row stays as the disclosure log.
 */
@Entity
@Table(name = "disclosure_package")
public class DisclosurePackage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String reference;

  @Column(name = "case_id", updatable = false)
  private long caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_kind", updatable = false)
  private RecipientKind recipientKind;

  @Column(updatable = false)
  private String organisation;

  @Column(updatable = false)
  private String officer;

  @Enumerated(EnumType.STRING)
  @Column(name = "lawful_basis", updatable = false)
  private LawfulBasis lawfulBasis;

  @Column(updatable = false)
  private String purpose;

  @Column(name = "expires_at", updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "built_by", updatable = false)
  private String builtBy;

  @Column(name = "built_at", updatable = false)
  private OffsetDateTime builtAt;

  @Column(name = "file_name", updatable = false)
  private String fileName;

  @Column(updatable = false)
  private String sha256;

  @Column(name = "size_bytes", updatable = false)
  private long sizeBytes;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "revoke_reason")
  private String revokeReason;

  @Column(name = "file_removed_at")
  private OffsetDateTime fileRemovedAt;

  private static final java.time.format.DateTimeFormatter UK_TIME =
      java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
          .withZone(java.time.ZoneId.of("Europe/London"));

  protected DisclosurePackage() {}

  public DisclosurePackage(
      String reference,
      long caseId,
      Recipient recipient,
      String builtBy,
      Instant now,
      String sha256,
      long sizeBytes) {
    this.reference = reference;
    this.caseId = caseId;
    this.recipientKind = recipient.kind();
    this.organisation = recipient.organisation();
    this.officer = recipient.officer();
    this.lawfulBasis = recipient.basis();
    this.purpose = recipient.purpose();
    this.expiresAt = recipient.expiresAt().atOffset(ZoneOffset.UTC);
    this.builtBy = builtBy;
    this.builtAt = now.atOffset(ZoneOffset.UTC);
    this.fileName = fileName(reference);
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
  }

  /** The package's file name: its reference, e.g. {@code DP-2026-0003.zip}. */
  public static String fileName(String reference) {
    return reference + ".zip";
  }

  /** A package reference: the year and a number, e.g. {@code DP-2026-0003}. */
  public static String reference(int year, long number) {
    return String.format("DP-%d-%04d", year, number);
  }

  /** Stops downloads before expiry, by a named person with a reason. */
  public void revoke(String by, String reason, Instant now) {
    if (revokedAt != null) {
      throw new InvalidInput("Package " + reference + " was already revoked.");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new InvalidInput(
          "revokeReason", "Say why the package is revoked, in up to 500 characters.");
    }
    this.revokedBy = by;
    this.revokedAt = now.atOffset(ZoneOffset.UTC);
    this.revokeReason = why;
  }

  /**
   * Refuses a download after revocation or expiry, or once the council's copy is gone, saying
   * which.
   */
  public void refuseDownloadUnlessLive(Instant now) {
    if (revokedAt != null) {
      throw new InvalidInput(
          "Package "
              + reference
              + " was revoked on "
              + UK_TIME.format(revokedAt.toInstant())
              + " ("
              + revokeReason
              + ") and can no longer be downloaded.");
    }
    if (!now.isBefore(expiresAt.toInstant())) {
      throw new InvalidInput(
          "Package "
              + reference
              + " expired on "
              + UK_TIME.format(expiresAt.toInstant())
              + " and can no longer be downloaded; build a new one if it is still needed.");
    }
    if (fileRemovedAt != null) {
      throw new InvalidInput(
          "The council's copy of package "
              + reference
              + " was removed when its case closed or its exhibit left the case.");
    }
  }

  public boolean isLiveAt(Instant now) {
    return revokedAt == null && fileRemovedAt == null && now.isBefore(expiresAt.toInstant());
  }

  public void fileRemoved(Instant now) {
    if (fileRemovedAt == null) {
      fileRemovedAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public long getCaseId() {
    return caseId;
  }

  public RecipientKind getRecipientKind() {
    return recipientKind;
  }

  public String getOrganisation() {
    return organisation;
  }

  public Optional<String> getOfficer() {
    return Optional.ofNullable(officer);
  }

  /** "PC 4471 Jane Doe, Metropolitan Police Service" or "CPS London South". */
  public String getRecipient() {
    return officer == null ? organisation : officer + ", " + organisation;
  }

  public LawfulBasis getLawfulBasis() {
    return lawfulBasis;
  }

  public String getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return expiresAt.toInstant();
  }

  public String getBuiltBy() {
    return builtBy;
  }

  public Instant getBuiltAt() {
    return builtAt.toInstant();
  }

  public String getFileName() {
    return fileName;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public Optional<Instant> getRevokedAt() {
    return Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant);
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public Optional<Instant> getFileRemovedAt() {
    return Optional.ofNullable(fileRemovedAt).map(OffsetDateTime::toInstant);
  }
}
