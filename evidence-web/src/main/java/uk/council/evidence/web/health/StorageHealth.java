package uk.council.evidence.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.council.evidence.platform.boundary.SystemStatus;

/** A file can be written to and removed from the footage storage root. */
@Readiness
@ApplicationScoped
public class StorageHealth implements HealthCheck {

  @Inject SystemStatus status;

  @Override
  public HealthCheckResponse call() {
    String problem = status.storageProblem();
    var response = HealthCheckResponse.named("storage");
    return Unhealthy.unless(
        problem == null, response, "storage root " + status.storageRoot() + ": " + problem);
  }
}
