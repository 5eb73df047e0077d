package uk.council.evidence.retention.entity;

import java.util.Optional;

/**
 * A say over releasing a hold, for a component above retention that placed the hold for its own
 * reasons: casework keeps an exhibit's evidence hold while the exhibit is in an open case.
 */
public interface HoldReleaseVeto {

  /** Why the hold may not be released now, or empty if this component does not mind. */
  Optional<String> whyNotRelease(long holdId);
}
