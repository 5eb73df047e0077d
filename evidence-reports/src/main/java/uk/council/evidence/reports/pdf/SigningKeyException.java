package uk.council.evidence.reports.pdf;

/**
 * The signing key cannot be used, with one sentence that says why and what to do: the keystore is
 * missing, its password is wrong, it is not a PKCS#12 file, it holds no private key, or the
 * certificate has expired.
 *
 * <p>Unchecked, because there is nothing a caller can do about it but show the message to whoever
 * configures the system: reports cannot be signed until the configuration is put right.
 */
public final class SigningKeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SigningKeyException(String message) {
    super(message);
  }

  SigningKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
