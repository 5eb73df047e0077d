package uk.council.evidence.casework.entity;

import java.time.Instant;
import uk.council.evidence.audit.entity.Custody;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.retention.entity.Hold;

/**
 * An exhibit on its case's page: the recording (null once deleted, with when), the evidence hold
 * that keeps it, and its chain of custody from the recording's audit events, refused attempts
 * counted apart.
 */
public record ExhibitView(
    Exhibit exhibit, Recording recording, Hold hold, Instant deletedAt, Custody custody) {

  /** Whether the hold is still keeping the recording. */
  public boolean held(Instant now) {
    return hold != null && hold.isActiveAt(now);
  }
}
