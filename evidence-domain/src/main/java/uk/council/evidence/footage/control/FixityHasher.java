package uk.council.evidence.footage.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import uk.council.evidence.footage.entity.FixityOutcome;
import uk.council.evidence.footage.entity.StorageKey;

/** Re-hashes one stored original, at the throttle's pace, and says whether it is as it arrived. */
public final class FixityHasher {

  private static final int BLOCK = 1024 * 1024;

  private FixityHasher() {}

  /**
   * What the original under {@code key} is now.
   *
   * @param expectedSize the size recorded when it arrived
   */
  public static Result check(FootageStore store, StorageKey key, long expectedSize, Throttle pace)
      throws InterruptedException {
    Path file = store.original(key);
    if (!Files.isRegularFile(file)) {
      return new Result(FixityOutcome.MISSING, "No file at " + file);
    }
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
    long size = 0;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] block = new byte[BLOCK];
      int n;
      while ((n = in.read(block)) > 0) {
        digest.update(block, 0, n);
        size += n;
        pace.read(n);
      }
    } catch (NoSuchFileException e) {
      return new Result(FixityOutcome.MISSING, "No file at " + file);
    } catch (IOException e) {
      return new Result(FixityOutcome.ALTERED, "Cannot read " + file + ": " + e.getMessage());
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    if (!actual.equals(key.sha256())) {
      return new Result(
          FixityOutcome.ALTERED,
          "SHA-256 is now " + actual + " (" + size + " bytes, " + expectedSize + " recorded)");
    }
    return new Result(FixityOutcome.INTACT, "");
  }

  /** An outcome and, for a failure, what was found. */
  public record Result(FixityOutcome outcome, String detail) {}
}
