package uk.council.evidence.reports.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a finished report says about itself: the PDF's metadata (XMP and the document information
 * dictionary, which must agree) and the particulars of its signature.
 *
 * @param kind a stable machine name of the kind of report, e.g. {@code audit-log-extract}
 * @param title the document title (dc:title, Title)
 * @param author who asked for the report (dc:creator, Author)
 * @param subject one sentence on what the report covers (dc:description, Subject)
 * @param keywords words to find it by (dc:subject, pdf:Keywords, Keywords)
 * @param organisation the council that publishes it (dc:publisher; the signature's location)
 * @param periodStart the start of the period reported on, inclusive
 * @param periodEnd the end of the period reported on, exclusive
 * @param createdAt when the report was generated; also the signing time
 * @param signingReason the reason a PDF reader shows with the signature
 */
public record ReportDescription(
    String kind,
    String title,
    String author,
    String subject,
    List<String> keywords,
    String organisation,
    Instant periodStart,
    Instant periodEnd,
    Instant createdAt,
    String signingReason) {

  public ReportDescription {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(subject, "subject");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(signingReason, "signingReason");
  }
}
