package uk.council.evidence.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.platform.entity.AttemptLimit;

/**
 * How often one address may use the public verify page: enough for a person checking a package file
 * by file, too few to guess hashes. {@code evidence.verify.per-minute} (default 30).
 */
@ApplicationScoped
public class VerifyLimit {

  private final AttemptLimit limit;
  private final Clock clock;

  @Inject
  VerifyLimit(
      @ConfigProperty(name = "evidence.verify.per-minute", defaultValue = "30") int perMinute,
      Clock clock) {
    this.limit = new AttemptLimit(perMinute, Duration.ofMinutes(1), 10_000);
    this.clock = clock;
  }

  /** For CDI's proxy. */
  protected VerifyLimit() {
    this.limit = null;
    this.clock = null;
  }

  /** Counts a check from {@code address}; if it is one too many, how long to wait. */
  public Optional<Duration> check(String address) {
    return limit.attempt(address == null ? "" : address, clock.instant());
  }
}
