package uk.council.evidence.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One signed-in session of a person: from signing in until they sign out, it runs past its {@link
 * SessionLimits}, they end it from another session, or an administrator disables the account or
 * resets its password.
 *
 * <p>The browser's HTTP session holds a random token; only its SHA-256 is kept here, so a copy of
 * the table does not let anyone take over a session.
 */
@Entity
@Table(name = "staff_session")
public class StaffSession {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", updatable = false)
  private String tokenHash;

  @Column(name = "staff_id", updatable = false)
  private long staffId;

  @Column(name = "started_at", updatable = false)
  private Instant startedAt;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(name = "client_address", updatable = false)
  private String clientAddress;

  @Column(name = "user_agent", updatable = false)
  private String userAgent;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason")
  @Enumerated(EnumType.STRING)
  private SessionEnd endReason;

  protected StaffSession() {}

  /** A session that starts now for the person with the given staff id and the token's hash. */
  public StaffSession(
      String tokenHash, long staffId, String clientAddress, String userAgent, Instant now) {
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.staffId = staffId;
    this.clientAddress = clip(clientAddress, 64);
    this.userAgent = clip(userAgent, 400);
    this.startedAt = now;
    this.lastSeenAt = startedAt;
  }

  /** A new secret naming a session: 256 random bits, URL-safe Base64. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of a token, in lower-case hex, as stored. */
  public static String hashOf(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  /** Whether it has ended by {@code now}: ended already, or past its limits. */
  public boolean isOpenAt(Instant now, SessionLimits limits) {
    return endedAt == null && limits.endAt(startedAt, lastSeenAt, now).isEmpty();
  }

  /** When it ends unless another request comes first. */
  public Instant endsAt(SessionLimits limits) {
    return limits.endsAt(startedAt, lastSeenAt);
  }

  private static String clip(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }

  public Long getId() {
    return id;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public long getStaffId() {
    return staffId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public Optional<String> getClientAddress() {
    return Optional.ofNullable(clientAddress);
  }

  public Optional<String> getUserAgent() {
    return Optional.ofNullable(userAgent);
  }

  public Optional<Instant> getEndedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<SessionEnd> getEndReason() {
    return Optional.ofNullable(endReason);
  }
}
