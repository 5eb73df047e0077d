package uk.council.evidence.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The hash chain's arithmetic: how an event's hash is computed, and how a sequence of events is
 * checked.
 *
 * <p>The hash is SHA-256 over the previous hash and every field of the event, each written as its
 * length in characters, a colon, the value and a semicolon (a null as a lone {@code ~}), so that no
 * two different events encode to the same text. Times are cut to microseconds, which is what
 * PostgreSQL keeps.
 */
public final class AuditChain {

  /** The "previous hash" of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** Time as stored: PostgreSQL keeps microseconds, so the hash must not see nanoseconds. */
  public static Instant storable(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** The hash of an event at {@code seq} after an event whose hash is {@code previousHash}. */
  public static String hash(long seq, String previousHash, AuditEntry e) {
    return hash(
        seq,
        previousHash,
        e.occurredAt(),
        e.actor(),
        e.action().name(),
        e.targetType(),
        e.targetId(),
        e.details(),
        e.sourceAddress());
  }

  /** The hash of an event as stored; the action is its name, whatever the row says. */
  static String hash(
      long seq,
      String previousHash,
      Instant occurredAt,
      String actor,
      String action,
      String targetType,
      String targetId,
      String details,
      String sourceAddress) {
    StringBuilder text = new StringBuilder(256);
    field(text, Long.toString(seq));
    field(text, storable(occurredAt).toString());
    field(text, actor);
    field(text, action);
    field(text, targetType);
    field(text, targetId);
    field(text, details);
    field(text, sourceAddress);
    field(text, previousHash);
    return sha256(text.toString());
  }

  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append('~');
    } else {
      text.append(value.length()).append(':').append(value).append(';');
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * Checks events one at a time, in sequence order, from the first.
   *
   * <p>Feed it every event; the first that does not fit is kept and reported by {@link #result()},
   * later ones are only counted.
   */
  public static final class Verifier {
    private long expectedSeq = 1;
    private String previousHash = GENESIS;
    private long checked;
    private ChainVerification.Break firstBreak;

    /** Checks one event; returns the break it shows, if it is the first. */
    public Optional<ChainVerification.Break> accept(AuditEvent event) {
      return accept(event.getSeq(), event.getPreviousHash(), event.getHash(), event::recomputeHash);
    }

    /**
     * Checks one event as its row holds it, read without making an entity of it (a walk over a
     * million events reads them as plain columns); returns the break it shows, if it is the first.
     */
    public Optional<ChainVerification.Break> accept(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        String targetId,
        String details,
        String sourceAddress,
        String previousHash,
        String hash) {
      return accept(
          seq,
          previousHash,
          hash,
          () ->
              AuditChain.hash(
                  seq,
                  previousHash,
                  occurredAt,
                  actor,
                  action,
                  targetType,
                  targetId,
                  details,
                  sourceAddress));
    }

    private Optional<ChainVerification.Break> accept(
        long seq, String eventsPreviousHash, String hash, Supplier<String> recomputed) {
      checked++;
      if (firstBreak != null) {
        return Optional.empty();
      }
      String problem = null;
      if (seq != expectedSeq) {
        problem =
            seq > expectedSeq
                ? missing(expectedSeq, seq - 1)
                : "sequence number repeats or goes backwards (expected " + expectedSeq + ")";
      } else if (!eventsPreviousHash.equals(previousHash)) {
        problem = "its previous-hash does not match the hash of event " + (expectedSeq - 1);
      } else if (!recomputed.get().equals(hash)) {
        problem = "its contents do not match its hash (the row was altered)";
      }
      if (problem != null) {
        firstBreak = new ChainVerification.Break(seq, problem);
        return Optional.of(firstBreak);
      }
      expectedSeq = seq + 1;
      previousHash = hash;
      return Optional.empty();
    }

    public ChainVerification result() {
      return new ChainVerification(checked, expectedSeq - 1, previousHash, firstBreak);
    }

    /** "event 11 is missing", "events 11 to 14 are missing". */
    private static String missing(long first, long last) {
      return first == last
          ? "event " + first + " is missing"
          : "events " + first + " to " + last + " are missing";
    }
  }
}
