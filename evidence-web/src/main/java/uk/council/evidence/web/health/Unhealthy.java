package uk.council.evidence.web.health;

import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Health answers anyone who can reach the server, so a check says only up or down: never a path, a
 * version or a time. Why a check is down goes to the server log, for the operator.
 */
final class Unhealthy {

  private static final Logger LOG = Logger.getLogger(Unhealthy.class.getName());

  private Unhealthy() {}

  /** Up if {@code up}; else down, with {@code why} logged. */
  static HealthCheckResponse unless(boolean up, HealthCheckResponseBuilder check, String why) {
    if (up) {
      return check.up().build();
    }
    HealthCheckResponse down = check.down().build();
    LOG.warning(() -> "Health check " + down.getName() + " is down: " + why);
    return down;
  }
}
