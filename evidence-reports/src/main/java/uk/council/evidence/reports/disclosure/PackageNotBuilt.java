package uk.council.evidence.reports.disclosure;

/**
 * A disclosure package could not be built, and nothing of it was kept: a stored file that no longer
 * matches its SHA-256, a signing key that is missing or expired, a full disk. The message says why,
 * for the person who asked; the details are in the server's log.
 */
public class PackageNotBuilt extends RuntimeException {

  private static final long serialVersionUID = 1L;

  PackageNotBuilt(String reason, Throwable cause) {
    super("The package could not be built, and nothing was kept: " + reason, cause);
  }
}
