package uk.council.evidence.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.staff.entity.LockoutPolicy;

/** The lockout policy from configuration. */
@ApplicationScoped
public class SignInPolicy {

  @Inject
  @ConfigProperty(name = "evidence.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "evidence.login.lock-minutes", defaultValue = "30")
  int lockMinutes;

  @Produces
  LockoutPolicy lockoutPolicy() {
    return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
  }
}
