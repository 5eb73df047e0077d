package uk.council.evidence.footage.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.PartialUploads;
import uk.council.evidence.platform.entity.Plural;

/**
 * At start-up, removes what uploads cut short when this server stopped left in the store's incoming
 * folder (all of its own, and other servers' files older than an hour: those servers may be writing
 * now), and resumable uploads their docks have given up on.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FootageHousekeeping {

  private static final Logger LOG = Logger.getLogger(FootageHousekeeping.class.getName());

  /** A resumable upload untouched for this long has been given up by its dock. */
  static final Duration ABANDONED = Duration.ofDays(7);

  @Inject FootageStore store;
  @Inject PartialUploads partials;
  @Inject Clock clock;

  @PostConstruct
  void cleanUp() {
    int removed = store.cleanIncoming(Duration.ofHours(1), clock.instant());
    if (removed > 0) {
      LOG.info(
          () ->
              "Removed "
                  + Plural.of(removed, "unfinished upload file")
                  + " from the footage store");
    }
    int abandoned = partials.cleanAbandoned(ABANDONED, clock.instant());
    if (abandoned > 0) {
      LOG.info(
          () -> "Removed " + Plural.of(abandoned, "resumable upload") + " idle for over a week");
    }
  }
}
