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

/**
 * At start-up, removes what uploads cut short by a stopped server left in the store's incoming
 * folder. Files younger than an hour are left alone: another server of a cluster may be writing
 * them.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FootageHousekeeping {

  private static final Logger LOG = Logger.getLogger(FootageHousekeeping.class.getName());

  @Inject FootageStore store;
  @Inject Clock clock;

  @PostConstruct
  void cleanUp() {
    int removed = store.cleanIncoming(Duration.ofHours(1), clock.instant());
    if (removed > 0) {
      LOG.info(() -> "Removed " + removed + " unfinished upload file(s) from the footage store");
    }
  }
}
