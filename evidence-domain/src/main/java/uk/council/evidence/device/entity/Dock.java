package uk.council.evidence.device.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A docking station at a site. It uploads footage through the API with its own credential: its name
 * and a secret that only its SHA-256 is kept of.
 */
@Entity
@Table(name = "dock")
public class Dock {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String site;

  @Column(name = "credential_sha256")
  private String credentialSha256;

  @Column(name = "credential_issued_at")
  private Instant credentialIssuedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Dock() {}

  public Dock(String name, String site, Instant now) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (!NAME.matcher(n).matches()) {
      throw new InvalidInput(
          "name",
          "A dock name is 3 to 64 lower-case letters, digits or hyphens, for example"
              + " town-hall-dock-1.");
    }
    if (site == null || site.isBlank() || site.strip().length() > 120) {
      throw new InvalidInput("site", "Enter where the dock is (up to 120 characters).");
    }
    this.name = n;
    this.site = site.strip();
    this.createdAt = now;
  }

  /**
   * Replaces the dock's credential with a new secret (which the caller shows once and forgets) and
   * lifts any revocation: a reissued credential is the way back into service.
   */
  public void issueCredential(String secret, Instant now) {
    this.credentialSha256 = sha256(secret);
    this.credentialIssuedAt = now;
    this.revokedAt = null;
    this.revokedBy = null;
  }

  /** Refuses the dock's credential from now on. */
  public void revoke(String by, Instant now) {
    if (revokedAt == null) {
      this.revokedAt = now;
      this.revokedBy = by;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  /** Whether {@code secret} is this dock's current, unrevoked credential. */
  public boolean accepts(String secret) {
    if (secret == null || credentialSha256 == null || isRevoked()) {
      return false;
    }
    return MessageDigest.isEqual(
        credentialSha256.getBytes(StandardCharsets.US_ASCII),
        sha256(secret).getBytes(StandardCharsets.US_ASCII));
  }

  static String sha256(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getSite() {
    return site;
  }

  public Optional<Instant> getCredentialIssuedAt() {
    return Optional.ofNullable(credentialIssuedAt);
  }

  public Optional<Instant> getRevokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public String getRevokedBy() {
    return revokedBy;
  }
}
