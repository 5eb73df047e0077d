package uk.council.evidence.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import uk.council.evidence.retention.boundary.SweepSchedule;

/**
 * The deletion sweep is scheduled: its timer exists, with when it runs next and what the last
 * scheduled sweep did. Down if no timer is registered, since then nothing would ever be deleted.
 */
@Liveness
@ApplicationScoped
public class SweepHealth implements HealthCheck {

  @Inject SweepSchedule schedule;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("deletion-sweep");
    var next = schedule.next();
    next.ifPresent(n -> response.withData("nextRun", n.toString()));
    schedule
        .last()
        .ifPresent(
            r ->
                response
                    .withData("lastRun", r.at().toString())
                    .withData("lastDeleted", r.deleted()));
    return next.isPresent() ? response.up().build() : response.down().build();
  }
}
