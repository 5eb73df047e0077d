package uk.council.evidence.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.staff.entity.SessionLimits;

/** The session limits from configuration (ISO-8601 durations, e.g. PT30M and PT10H). */
@ApplicationScoped
public class SessionSettings {

  @Inject
  @ConfigProperty(name = "evidence.session.idle", defaultValue = "PT30M")
  Duration idle;

  @Inject
  @ConfigProperty(name = "evidence.session.lifetime", defaultValue = "PT10H")
  Duration lifetime;

  @Produces
  SessionLimits sessionLimits() {
    return new SessionLimits(idle, lifetime);
  }
}
