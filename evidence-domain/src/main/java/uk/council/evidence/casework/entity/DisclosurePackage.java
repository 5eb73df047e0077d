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
import java.util.Optional;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A disclosure: one ZIP built for one recipient from one source, a case's exhibits or the footage
 * found for a request, with the lawful basis and purpose, its own SHA-256, and until when it may be
 * downloaded. Revoking it stops downloads; the row stays as the disclosure log.
 */
@Entity
@Table(name = "disclosure_package")
public class DisclosurePackage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private PackageSource.Kind source;

  @Column(name = "case_id", updatable = false)
  private Long caseId;

  @Column(name = "request_id", updatable = false)
  private Long requestId;

  @Column(name = "source_reference", updatable = false)
  private String sourceReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_kind", updatable = false)
  private RecipientKind recipientKind;

  @Column(updatable = false)
  private String organisation;

  @Column(updatable = false)
  private String person;

  @Enumerated(EnumType.STRING)
  @Column(name = "lawful_basis", updatable = false)
  private LawfulBasis lawfulBasis;

  @Column(updatable = false)
  private String purpose;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  @Column(name = "built_by", updatable = false)
  private String builtBy;

  @Column(name = "built_at", updatable = false)
  private Instant builtAt;

  @Column(name = "file_name", updatable = false)
  private String fileName;

  @Column(updatable = false)
  private String sha256;

  @Column(name = "size_bytes", updatable = false)
  private long sizeBytes;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoke_reason")
  private String revokeReason;

  @Column(name = "file_removed_at")
  private Instant fileRemovedAt;

  protected DisclosurePackage() {}

  /**
   * The record of a package written from {@code plan}.
   *
   * @param builtBy the username of whoever built it
   * @param sha256 the ZIP's SHA-256
   * @param sizeBytes the ZIP's size
   */
  public DisclosurePackage(
      PackagePlan plan, String builtBy, Instant now, String sha256, long sizeBytes) {
    PackageSource from = plan.source();
    Recipient recipient = plan.recipient();
    this.reference = plan.reference();
    this.source = from.kind();
    this.caseId = from instanceof CaseSource ? from.id() : null;
    this.requestId = from instanceof RequestSource ? from.id() : null;
    this.sourceReference = from.reference();
    this.recipientKind = recipient.kind();
    this.organisation = recipient.organisation();
    this.person = recipient.person();
    this.lawfulBasis = recipient.basis();
    this.purpose = recipient.purpose();
    this.expiresAt = recipient.expiresAt();
    this.builtBy = builtBy;
    this.builtAt = now;
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
    this.revokedAt = now;
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
              + CouncilTime.dateTime(revokedAt)
              + " ("
              + revokeReason
              + ") and can no longer be downloaded.");
    }
    if (!now.isBefore(expiresAt)) {
      throw new InvalidInput(
          "Package "
              + reference
              + " expired after "
              + CouncilTime.date(CouncilTime.lastDayBefore(expiresAt))
              + " and can no longer be downloaded; build a new one if it is still needed.");
    }
    if (fileRemovedAt != null) {
      throw new InvalidInput(
          "The council's copy of package "
              + reference
              + (source == PackageSource.Kind.CASE
                  ? " was removed when its case closed or its exhibit left the case."
                  : " was removed when its request closed or its footage left it."));
    }
  }

  public boolean isLiveAt(Instant now) {
    return revokedAt == null && fileRemovedAt == null && now.isBefore(expiresAt);
  }

  public void fileRemoved(Instant now) {
    if (fileRemovedAt == null) {
      fileRemovedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  /** Whether it answers a case or a request. */
  public PackageSource.Kind getSource() {
    return source;
  }

  /** The case it discloses exhibits of, if its source is a case. */
  public Optional<Long> getCaseId() {
    return Optional.ofNullable(caseId);
  }

  /** The request it answers, if its source is a request. */
  public Optional<Long> getRequestId() {
    return Optional.ofNullable(requestId);
  }

  /** The case's or the request's id. */
  public long getSourceId() {
    return source == PackageSource.Kind.CASE ? caseId : requestId;
  }

  /** The case's or the request's reference, as the package named it. */
  public String getSourceReference() {
    return sourceReference;
  }

  /** How a sentence names its source: "case BWV-2026-0007", "request SAR-2027-0004". */
  public String getSourceTitle() {
    return source.name().toLowerCase(java.util.Locale.ROOT) + " " + sourceReference;
  }

  /**
   * What audit events about its source name as their target type: {@code case}, {@code request}.
   */
  public String getSourceAuditTarget() {
    return source.name().toLowerCase(java.util.Locale.ROOT);
  }

  public RecipientKind getRecipientKind() {
    return recipientKind;
  }

  /** The organisation it is for; none for the data subject. */
  public Optional<String> getOrganisation() {
    return Optional.ofNullable(organisation);
  }

  /** The person named: the officer, a contact or the data subject. */
  public Optional<String> getPerson() {
    return Optional.ofNullable(person);
  }

  /**
   * "PC 4471 Jane Doe, Metropolitan Police Service", "CPS London South", or the data subject's
   * name.
   */
  public String getRecipient() {
    return Recipient.name(person, organisation);
  }

  public LawfulBasis getLawfulBasis() {
    return lawfulBasis;
  }

  public String getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getBuiltBy() {
    return builtBy;
  }

  public Instant getBuiltAt() {
    return builtAt;
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
    return Optional.ofNullable(revokedAt);
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public Optional<Instant> getFileRemovedAt() {
    return Optional.ofNullable(fileRemovedAt);
  }
}
