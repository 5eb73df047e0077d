package uk.council.evidence.reports;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A report file to hand out that is not a signed PDF (a CSV of the figures, a web page), with its
 * media type and SHA-256 for the audit event of its download.
 *
 * @param bytes the file's contents (not copied: do not change them)
 */
public record ReportFile(String fileName, String mediaType, byte[] bytes, String sha256) {

  public ReportFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** A UTF-8 text file, its hash computed. */
  public static ReportFile text(String fileName, String mediaType, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new ReportFile(
        fileName, mediaType + "; charset=UTF-8", bytes, SignedReport.of(fileName, bytes).sha256());
  }

  /** A signed PDF as a file to hand out. */
  public static ReportFile of(SignedReport report) {
    return new ReportFile(report.fileName(), "application/pdf", report.pdf(), report.sha256());
  }
}
