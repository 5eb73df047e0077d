package uk.council.evidence.casework.entity;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.footage.entity.Recording;

/**
 * What a disclosure package will hold, checked and read in one transaction before the ZIP is
 * written outside it: the case, the recipient, and for each exhibit the file to copy and what its
 * continuity statement says.
 *
 * @param reference the package's reference, already taken from its sequence
 * @param producedBy the evidence officer building it, by name
 */
public record PackagePlan(
    String reference,
    EvidenceCase evidenceCase,
    Recipient recipient,
    String producedBy,
    Instant plannedAt,
    List<Item> items) {

  /**
   * One exhibit in the package: its original, or one of its clips.
   *
   * @param source the stored file to copy in
   * @param path where it goes in the package
   * @param custody the recording's audit events so far, for the continuity statement
   */
  public record Item(
      Exhibit exhibit,
      Recording recording,
      Clip clip,
      Path source,
      String path,
      List<AuditEvent> custody) {

    /** The exhibit reference as it can appear in a file name: {@code JS-1}. */
    public String folder() {
      return exhibit.getReference().toString().replace('/', '-');
    }
  }
}
