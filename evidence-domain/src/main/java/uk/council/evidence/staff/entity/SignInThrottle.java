package uk.council.evidence.staff.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing without letting a stranger keep staff out. Failed sign-ins are counted two
 * ways, in memory:
 *
 * <ul>
 *   <li>per client address: after {@link #FREE_FAILURES} failures within {@link #WINDOW}, every
 *       further attempt from that address waits a delay that doubles with each failure (1 s, 2 s, 4
 *       s... up to {@link #LONGEST_DELAY}), whatever account it names;
 *   <li>per account and address: {@code policy.maxFailures()} failures in a row lock that account
 *       against that address only, for {@code policy.lockFor()}. Its owner, signing in from their
 *       own computer, is not locked out by someone guessing elsewhere.
 * </ul>
 *
 * A success clears both counts for that address. It remembers at most {@link #KEPT} addresses and
 * pairs, forgetting the least recently used, so a flood of addresses costs bounded memory. Safe for
 * concurrent use.
 */
public final class SignInThrottle {

  public static final int FREE_FAILURES = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
  static final int KEPT = 10_000;

  private final LockoutPolicy policy;
  private final Map<String, Address> addresses = lru();
  private final Map<String, Pair> pairs = lru();

  public SignInThrottle(LockoutPolicy policy) {
    this.policy = policy;
  }

  /** How long {@code address} must still wait before its next attempt, if at all. */
  public synchronized Optional<Duration> wait(String address, Instant now) {
    Address a = addresses.get(key(address));
    if (a == null) {
      return Optional.empty();
    }
    a.forgetBefore(now.minus(WINDOW));
    if (a.failures < FREE_FAILURES) {
      return Optional.empty();
    }
    Instant allowedAt = a.lastFailure.plus(delayAfter(a.failures));
    return now.isBefore(allowedAt)
        ? Optional.of(Duration.between(now, allowedAt))
        : Optional.empty();
  }

  /** Whether {@code username} is locked against {@code address} now. */
  public synchronized boolean locked(String username, String address, Instant now) {
    Pair p = pairs.get(pairKey(username, address));
    return p != null && p.lockedUntil != null && now.isBefore(p.lockedUntil);
  }

  /** Counts a failure; true if it has just locked the account against this address. */
  public synchronized boolean failed(String username, String address, Instant now) {
    Address a = addresses.computeIfAbsent(key(address), k -> new Address());
    a.forgetBefore(now.minus(WINDOW));
    a.failures++;
    a.firstFailure = a.firstFailure == null ? now : a.firstFailure;
    a.lastFailure = now;
    Pair p = pairs.computeIfAbsent(pairKey(username, address), k -> new Pair());
    if (p.lockedUntil != null && !now.isBefore(p.lockedUntil)) {
      p.lockedUntil = null;
      p.failures = 0;
    }
    if (p.lockedUntil != null) {
      return false;
    }
    p.failures++;
    if (p.failures >= policy.maxFailures()) {
      p.lockedUntil = now.plus(policy.lockFor());
      return true;
    }
    return false;
  }

  /** A right password: this address starts afresh, and so does the account from it. */
  public synchronized void succeeded(String username, String address) {
    addresses.remove(key(address));
    pairs.remove(pairKey(username, address));
  }

  /** An administrator unlocks the account: from every address. */
  public synchronized void unlock(String username) {
    pairs.keySet().removeIf(k -> k.startsWith(username + "\n"));
  }

  static Duration delayAfter(int failures) {
    int extra = failures - FREE_FAILURES;
    if (extra < 0) {
      return Duration.ZERO;
    }
    long seconds = extra >= 20 ? Long.MAX_VALUE : 1L << extra;
    return seconds >= LONGEST_DELAY.toSeconds() ? LONGEST_DELAY : Duration.ofSeconds(seconds);
  }

  private static String key(String address) {
    return address == null ? "" : address;
  }

  private static String pairKey(String username, String address) {
    return (username == null ? "" : username) + "\n" + key(address);
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > KEPT;
      }
    };
  }

  private static final class Address {
    int failures;
    Instant firstFailure;
    Instant lastFailure;

    /** A quiet window forgets the address's failures. */
    void forgetBefore(Instant since) {
      if (lastFailure != null && lastFailure.isBefore(since)) {
        failures = 0;
        firstFailure = null;
        lastFailure = null;
      }
    }
  }

  private static final class Pair {
    int failures;
    Instant lockedUntil;
  }
}
