package uk.council.evidence.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.staff.entity.LockoutPolicy;
import uk.council.evidence.staff.entity.SignInThrottle;

/** The lockout policy from configuration, and the one sign-in throttle. */
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

  /** One throttle for the application: its counts are what it knows. */
  @Produces
  @Singleton
  SignInThrottle signInThrottle() {
    return new SignInThrottle(lockoutPolicy());
  }
}
