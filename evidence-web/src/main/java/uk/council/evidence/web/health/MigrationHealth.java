package uk.council.evidence.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.council.evidence.platform.boundary.SystemStatus;

/** Every schema migration is applied and none failed. */
@Readiness
@ApplicationScoped
public class MigrationHealth implements HealthCheck {

  @Inject SystemStatus status;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("migrations");
    try {
      var schema = status.schema();
      return Unhealthy.unless(
          schema.upToDate(),
          response,
          "schema version "
              + schema.version()
              + ", pending "
              + schema.pending()
              + ", failed "
              + schema.failed());
    } catch (RuntimeException e) {
      return Unhealthy.unless(false, response, String.valueOf(e.getMessage()));
    }
  }
}
