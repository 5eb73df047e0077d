package uk.council.evidence.footage.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps background reading under a rate, so that a fixity check never starves uploads and playback
 * of disk bandwidth: after each block it waits as long as it takes for the average since the start
 * to fall back to the rate.
 */
public class Throttle {

  /** How the throttle waits; tests pass one that only counts. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final long bytesPerSecond;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Instant started;
  private long bytes;

  public Throttle(long bytesPerSecond, Clock clock, Sleeper sleeper) {
    if (bytesPerSecond <= 0) {
      throw new IllegalArgumentException("A rate must be positive: " + bytesPerSecond);
    }
    this.bytesPerSecond = bytesPerSecond;
    this.clock = clock;
    this.sleeper = sleeper;
    this.started = clock.instant();
  }

  /** A throttle that really sleeps. */
  public static Throttle of(long bytesPerSecond, Clock clock) {
    return new Throttle(
        bytesPerSecond, clock, d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
  }

  /** Counts bytes just read, and waits if reading has run ahead of the rate. */
  public void read(long n) throws InterruptedException {
    bytes += n;
    Duration due = Duration.ofNanos((long) (bytes * 1e9 / bytesPerSecond));
    Duration elapsed = Duration.between(started, clock.instant());
    if (due.compareTo(elapsed) > 0) {
      sleeper.sleep(due.minus(elapsed));
    }
  }

  public long bytes() {
    return bytes;
  }
}
