package uk.council.evidence.reports.pdf;

import java.util.Objects;

/**
 * A file embedded in a finished report, such as the figures it shows in machine-readable form.
 *
 * <p>It is associated with the document as its <em>data</em> (AFRelationship {@code /Data}: the
 * information the visible content was made from), listed in the document's embedded files, and
 * covered by the signature like everything else in the PDF.
 *
 * @param fileName the name a PDF reader offers it under, e.g. {@code figures.json}
 * @param mediaType its MIME type, e.g. {@code application/json}
 * @param description one sentence a PDF reader shows next to it
 * @param content the file (not copied)
 */
public record ReportAttachment(
    String fileName, String mediaType, String description, byte[] content) {

  public ReportAttachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(content, "content");
    if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
      throw new IllegalArgumentException("Not a plain file name: " + fileName);
    }
  }
}
