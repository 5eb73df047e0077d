package uk.council.evidence.casework.entity;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.footage.entity.Recording;

/**
 * What a disclosure package will hold, checked and read in one transaction before the ZIP is
 * written outside it: its source (a case or a request), the recipient, and for each item the file
 * to copy and what its continuity statement says.
 *
 * @param reference the package's reference, already taken from its sequence
 * @param producedBy the person building it, by name
 */
public record PackagePlan(
    String reference,
    PackageSource source,
    Recipient recipient,
    String producedBy,
    Instant plannedAt,
    List<Item> items) {

  /**
   * @throws IllegalArgumentException if it holds nothing, or an item does not fit the source: a
   *     case's items are its exhibits; a request's are recordings, not exhibits
   */
  public PackagePlan {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(plannedAt, "plannedAt");
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("Package " + reference + " holds nothing");
    }
    for (Item item : items) {
      boolean exhibit = item.exhibit() != null;
      if (source instanceof CaseSource
          ? !exhibit || item.redacted() != null
          : exhibit || item.clip() != null) {
        throw new IllegalArgumentException(
            item.label() + " is not footage of " + source.title() + " to disclose");
      }
    }
  }

  /**
   * What the package's {@code manifest.json} says about the package itself, in order: its
   * reference, its source, the recipient and basis, and who produced it when.
   */
  public Map<String, Object> manifest() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("package", reference);
    source.describe(details);
    details.put("recipient", recipient.kind().title());
    if (recipient.organisation() != null) {
      details.put("organisation", recipient.organisation());
    }
    if (recipient.person() != null) {
      details.put(
          recipient.kind() == RecipientKind.POLICE ? "officer" : "person", recipient.person());
    }
    details.put("lawfulBasis", recipient.basis().title());
    details.put("purpose", recipient.purpose());
    details.put("expires", recipient.expiresAt().toString());
    details.put("producedBy", producedBy);
    details.put("producedAt", plannedAt.toString());
    details.put(
        "howToCheck",
        "Run 'sha256sum -c SHA256SUMS' in this folder; check each continuity statement's"
            + " signature with 'pdfsig'.");
    return details;
  }

  /**
   * One item in the package: an exhibit's original or one of its clips, for a case; a recording
   * found for a request.
   *
   * @param exhibit the exhibit, for a case's package; null for a request's
   * @param clip the clip disclosed instead of the original, or null
   * @param redacted the redacted copy disclosed instead of the original, for a request, or null
   * @param unredactedBecause why a request's original is disclosed without redaction, or null
   * @param source the stored file to copy in
   * @param path where it goes in the package
   * @param custody the recording's audit events so far, for the continuity statement
   */
  public record Item(
      Exhibit exhibit,
      Recording recording,
      Clip clip,
      RedactedCopy redacted,
      String unredactedBecause,
      Path source,
      String path,
      List<AuditEvent> custody) {

    public Item {
      Objects.requireNonNull(recording, "recording");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(path, "path");
      if (clip != null && redacted != null) {
        throw new IllegalArgumentException("An item is a clip or a redacted copy, not both");
      }
      custody = List.copyOf(custody);
    }

    /** An exhibit's original or clip, or a request's original, as it was recorded. */
    public Item(
        Exhibit exhibit,
        Recording recording,
        Clip clip,
        Path source,
        String path,
        List<AuditEvent> custody) {
      this(exhibit, recording, clip, null, null, source, path, custody);
    }

    /** How the package names it: "exhibit JS/1", or "recording 42" for a request's. */
    public String label() {
      return exhibit == null
          ? "recording " + recording.getId()
          : "exhibit " + exhibit.getReference();
    }

    /**
     * The item as it can appear in a file name: {@code JS-1}, or {@code recording-42} for a
     * request's.
     */
    public String folder() {
      return exhibit == null
          ? "recording-" + recording.getId()
          : exhibit.getReference().toString().replace('/', '-');
    }

    /** The folder of the package its file goes in, e.g. {@code exhibits/JS-1/}. */
    public String directory() {
      return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** The exhibit's id, or null for a request's item. */
    public Long exhibitId() {
      return exhibit == null ? null : exhibit.getId();
    }
  }
}
