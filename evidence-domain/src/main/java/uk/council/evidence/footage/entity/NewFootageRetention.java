package uk.council.evidence.footage.entity;

import java.time.Instant;

/**
 * How long new footage is kept: which retention category it joins and when it falls due. Footage
 * registers recordings but retention decides their dates, and retention sits above footage, so
 * retention implements this and footage asks it while registering, in the same transaction.
 */
public interface NewFootageRetention {

  /** The category and deletion due date of a recording that started and arrived then. */
  Retained retain(Instant recordedStart, Instant uploadedAt);

  /**
   * @param category the retention category's code
   * @param deletionDueAt when the recording falls due for deletion
   */
  record Retained(String category, Instant deletionDueAt) {}
}
