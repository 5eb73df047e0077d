package uk.council.evidence.footage.entity;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * Where an original lives in the {@link FootageStore}: the SHA-256 of its bytes, as 64 lowercase
 * hexadecimal characters. Because the key is the hash, the same bytes are stored once and uploading
 * them again finds what is already there.
 */
public record StorageKey(String sha256) {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * @throws InvalidInput if {@code sha256} is not 64 lowercase hexadecimal characters
   */
  public StorageKey {
    if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
      throw new InvalidInput(
          "sha256",
          "A SHA-256 is 64 hexadecimal characters (0-9, a-f); got " + quoted(sha256) + ".");
    }
  }

  /**
   * Reads a SHA-256 as a dock or a person might write it: surrounding spaces and upper case are
   * accepted.
   *
   * @throws InvalidInput if it is not a SHA-256 in hexadecimal
   */
  public static StorageKey parse(String text) {
    return new StorageKey(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
  }

  /** The key of a finished SHA-256 digest. */
  public static StorageKey of(byte[] digest) {
    if (digest.length != 32) {
      throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + digest.length);
    }
    return new StorageKey(HexFormat.of().formatHex(digest));
  }

  /** First level of the directory fan-out: the first two hexadecimal characters. */
  public String firstShard() {
    return sha256.substring(0, 2);
  }

  /** Second level of the directory fan-out: the third and fourth hexadecimal characters. */
  public String secondShard() {
    return sha256.substring(2, 4);
  }

  @Override
  public String toString() {
    return sha256;
  }

  private static String quoted(String text) {
    if (text == null) {
      return "nothing";
    }
    // Whatever a client sent ends up in a log line and an HTTP response: keep it short.
    return text.length() > 80 ? "'" + text.substring(0, 80) + "...'" : "'" + text + "'";
  }
}
