package uk.council.evidence.casework.entity;

import java.time.Instant;
import uk.council.evidence.platform.entity.JobStatus;

/**
 * A disclosure package asked for and built in the background: waiting its turn, being built, built
 * (with the package it made), or failed (saying why).
 *
 * @param reference the package's reference, taken when it was asked for
 * @param recipient who it is for, as typed (organisation and person)
 * @param ahead how many builds wait or run before it, while it waits
 * @param doneBytes how much footage it has copied in
 * @param ofBytes how much footage it holds, once known
 * @param packageId the package made, once built
 */
public record PackageBuild(
    long id,
    String reference,
    PackageSource.Kind source,
    long sourceId,
    String recipient,
    JobStatus status,
    String queuedBy,
    Instant queuedAt,
    Instant finishedAt,
    int ahead,
    long doneBytes,
    Long ofBytes,
    String failure,
    Long packageId) {

  public boolean isWaitingOrRunning() {
    return status.isWaitingOrRunning();
  }

  /** How far it is, from 0 to 100. */
  public int percent() {
    return status.percent(doneBytes, ofBytes);
  }
}
