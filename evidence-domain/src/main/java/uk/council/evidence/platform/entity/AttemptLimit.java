package uk.council.evidence.platform.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code max} attempts per key (a client address) in any {@code window}: a sliding log of
 * each key's recent attempts. It remembers at most {@code maxKeys} keys, forgetting the one used
 * longest ago, so a flood of made-up addresses costs bounded memory (and at worst frees one of them
 * early). Safe for concurrent use.
 */
public final class AttemptLimit {

  private final int max;
  private final Duration window;
  private final Map<String, Deque<Instant>> recent;

  public AttemptLimit(int max, Duration window, int maxKeys) {
    if (max < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
      throw new IllegalArgumentException("max " + max + ", window " + window + ", keys " + maxKeys);
    }
    this.max = max;
    this.window = window;
    this.recent =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /**
   * Counts an attempt by {@code key} at {@code now} if it is allowed; if not, how long until it
   * would be (and the refused attempt is not counted).
   */
  public synchronized Optional<Duration> attempt(String key, Instant now) {
    Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
    Instant since = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
      times.removeFirst();
    }
    if (times.size() >= max) {
      return Optional.of(Duration.between(since, times.peekFirst()));
    }
    times.addLast(now);
    return Optional.empty();
  }
}
