package uk.council.evidence.casework.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A redacted copy of a recording, made for a request and checked, to disclose in the original's
 * place: its own SHA-256 and size, who made it when, who watched it to the end, and what it hides
 * and why, as the continuity statement says it.
 *
 * @param hides one line for each thing blurred or muted, e.g. "Track 2 (face, found automatically)
 *     blurred from 0:01 to 0:09: another person"
 */
public record RedactedCopy(
    String sha256,
    long sizeBytes,
    String madeBy,
    Instant madeAt,
    String checkedBy,
    List<String> hides) {

  public RedactedCopy {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(madeAt, "madeAt");
    hides = List.copyOf(hides);
  }
}
