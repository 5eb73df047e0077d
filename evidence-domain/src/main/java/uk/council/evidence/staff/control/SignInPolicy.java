package uk.council.evidence.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.staff.entity.LockoutPolicy;
import uk.council.evidence.staff.entity.SessionLimits;
import uk.council.evidence.staff.entity.SignInThrottle;

/**
 * Signing in, from configuration: the lockout policy, the one sign-in throttle, and how long a
 * session lasts (ISO-8601 durations, e.g. PT30M idle and PT10H in all).
 */
@ApplicationScoped
public class SignInPolicy {

  @Inject
  @ConfigProperty(name = "evidence.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "evidence.login.lock-minutes", defaultValue = "30")
  int lockMinutes;

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
