package uk.council.evidence.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import uk.council.evidence.platform.boundary.SystemStatus;

/** The database answers. */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

  @Inject SystemStatus status;

  @Override
  public HealthCheckResponse call() {
    String problem = status.databaseProblem();
    var response = HealthCheckResponse.named("database");
    return Unhealthy.unless(problem == null, response, problem);
  }
}
