package uk.council.evidence.audit.entity;

import java.util.Optional;
import uk.council.evidence.platform.entity.Plural;

/**
 * The outcome of walking the audit chain.
 *
 * @param eventsChecked how many events were read
 * @param lastGoodSeq the sequence number up to which the chain is intact
 * @param lastGoodHash the hash of that event (the genesis value if none)
 * @param firstBreak the first event that does not fit, or null if the chain is intact
 */
public record ChainVerification(
    long eventsChecked, long lastGoodSeq, String lastGoodHash, Break firstBreak) {

  public boolean intact() {
    return firstBreak == null;
  }

  public Optional<Break> broken() {
    return Optional.ofNullable(firstBreak);
  }

  /** One sentence for people: "Intact: 1,234 events." or what is wrong and where. */
  public String summary() {
    if (intact()) {
      return "Intact: "
          + Plural.of(eventsChecked, "event")
          + " checked, head is event "
          + lastGoodSeq
          + ".";
    }
    return String.format(
        "Broken at event %d: %s. The chain is intact up to event %d.",
        firstBreak.seq(), firstBreak.problem(), lastGoodSeq);
  }

  /**
   * Where the chain breaks.
   *
   * @param seq the sequence number of the first event that does not fit
   * @param problem what is wrong with it
   */
  public record Break(long seq, String problem) {}
}
