package uk.council.evidence.casework.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uk.council.evidence.platform.entity.Plural;

/**
 * Every hour, removes the council's copies of disclosure packages past their expiry (the recipient
 * has had the time given to download them, and the footage in them must not outlive its case), and
 * any clip or package file nothing refers to any more.
 */
@Singleton
public class DisclosureHousekeeping {

  private static final Logger LOG = Logger.getLogger(DisclosureHousekeeping.class.getName());

  @Inject DisclosurePackages disclosures;
  @Inject Clips clips;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void removeExpired() {
    int removed = disclosures.removeExpired();
    if (removed > 0) {
      LOG.info(
          () -> "Removed " + Plural.of(removed, "expired disclosure package") + " from the store");
    }
    int unreferenced = disclosures.removeUnreferencedFiles() + clips.removeUnreferencedFiles();
    if (unreferenced > 0) {
      LOG.warning(
          () -> "Removed " + Plural.of(unreferenced, "clip or package file") + " left behind");
    }
  }
}
