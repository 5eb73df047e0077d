package uk.council.evidence.staff.entity;

import java.time.Duration;

/**
 * How many failed sign-ins in a row lock an account, and for how long.
 *
 * @param maxFailures failures in a row that lock the account (at least 1)
 * @param lockFor how long the lock lasts unless an administrator lifts it sooner
 */
public record LockoutPolicy(int maxFailures, Duration lockFor) {
  public LockoutPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    if (lockFor.isNegative() || lockFor.isZero()) {
      throw new IllegalArgumentException("lockFor must be positive");
    }
  }
}
