package uk.council.evidence.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One development keystore for all the tests in a run, made by {@link
 * SigningKey#createDevelopmentKeystore} in a temporary directory that is deleted when the run ends.
 *
 * <p>Shared because an RSA-3072 key takes two to five seconds to generate on a small machine, and
 * the key is immutable: no test can disturb another through it.
 */
public final class DevelopmentKeys {

  /** When the keystore was made: its certificate is valid from an hour before for two years. */
  public static final Instant CREATED = Instant.parse("2026-11-20T09:00:00Z");

  public static final String COUNCIL = "Cyngor Sir Pen-y-Fâl / Pen-y-Fâl County Council";

  private static final String PASSWORD = "correct horse battery";

  private static Path keystore;
  private static SigningKey key;

  private DevelopmentKeys() {}

  /** The shared key, created on first use. */
  public static synchronized SigningKey key() {
    if (key == null) {
      try {
        Path directory = Files.createTempDirectory("bwv-signing-");
        keystore = directory.resolve("development.p12");
        key = SigningKey.createDevelopmentKeystore(keystore, password(), COUNCIL, CREATED);
        keystore.toFile().deleteOnExit();
        directory.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return key;
  }

  /** The file the shared key is in. */
  public static synchronized Path keystore() {
    key();
    return keystore;
  }

  /** Its password, a fresh copy each time (callers may clear it). */
  public static char[] password() {
    return PASSWORD.toCharArray();
  }
}
