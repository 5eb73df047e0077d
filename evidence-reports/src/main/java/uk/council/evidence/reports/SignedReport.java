package uk.council.evidence.reports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A finished report: the signed PDF, the name to offer it under, and its SHA-256.
 *
 * <p>The hash is here so that whoever hands the document out can record exactly which document left
 * the system (for instance in the audit event for the download), and a copy produced later can be
 * matched to that record.
 *
 * @param fileName a file name for downloads, e.g. {@code
 *     audit-log-extract-2026-10-01-to-2026-10-31.pdf}
 * @param pdf the signed PDF (not copied: do not change it)
 * @param sha256 the lower-case hex SHA-256 of {@code pdf}
 */
public record SignedReport(String fileName, byte[] pdf, String sha256) {

  public SignedReport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** A report whose hash is computed from its bytes. */
  public static SignedReport of(String fileName, byte[] pdf) {
    return new SignedReport(fileName, pdf, sha256(pdf));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
