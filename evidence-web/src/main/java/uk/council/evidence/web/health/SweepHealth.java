package uk.council.evidence.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import uk.council.evidence.retention.boundary.SweepSchedule;

/**
 * The deletion sweep is scheduled: its timer exists. Down if no timer is registered, since then
 * nothing would ever be deleted. When it runs next and what the last sweep did are on the
 * administrator's retention page, not here: health answers anyone.
 */
@Liveness
@ApplicationScoped
public class SweepHealth implements HealthCheck {

  @Inject SweepSchedule schedule;

  @Override
  public HealthCheckResponse call() {
    return Unhealthy.unless(
        schedule.next().isPresent(),
        HealthCheckResponse.named("deletion-sweep"),
        "the deletion sweep's timer is not registered: nothing will be deleted");
  }
}
