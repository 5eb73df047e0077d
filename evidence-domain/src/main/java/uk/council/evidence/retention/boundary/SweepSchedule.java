package uk.council.evidence.retention.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the deletion sweep every fifteen minutes ({@code evidence.retention.sweep-every-minutes}),
 * and once shortly after start-up to catch up with what fell due while the server was down. Only
 * delegates.
 *
 * <p>The schedule is a calendar timer made at start-up rather than an {@code @Schedule}, so that
 * the demo can sweep every minute and its footage goes when the README says, while production keeps
 * the quarter hour that {@code DeletionRecord} counts lateness from.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
public class SweepSchedule {

  /**
   * How long after start-up the catch-up sweep runs, so that start-up itself stays quick; the
   * benchmark's smallest run shortens it rather than wait.
   */
  @Inject
  @ConfigProperty(name = "evidence.retention.sweep-catch-up-after", defaultValue = "PT30S")
  Duration catchUpAfter;

  @Inject DeletionSweep sweep;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "evidence.retention.sweep-every-minutes", defaultValue = "15")
  int everyMinutes;

  /** The latest scheduled runs, newest first: a catch-up and a scheduled run can fall together. */
  private final java.util.Deque<DeletionSweep.Result> recent =
      new java.util.concurrent.ConcurrentLinkedDeque<>();

  /** How many runs {@link #recent()} remembers. */
  static final int REMEMBERED = 5;

  /** The catch-up and the schedule never overlap; the health check never waits for either. */
  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    if (everyMinutes < 1 || everyMinutes > 60 || 60 % everyMinutes != 0) {
      throw new IllegalStateException(
          "evidence.retention.sweep-every-minutes must divide the hour (1, 2, 3, 5, 10, 15, 20, 30"
              + " or 60), not "
              + everyMinutes);
    }
    timers.createCalendarTimer(
        new ScheduleExpression().hour("*").minute(everyMinutes == 60 ? "0" : "*/" + everyMinutes),
        new TimerConfig("deletion sweep", false));
    timers.createSingleActionTimer(
        catchUpAfter.toMillis(), new TimerConfig("catch-up sweep", false));
  }

  /** The schedule and the catch-up alike. */
  @Timeout
  void sweepNowItIsTime() {
    run();
  }

  /** How often the schedule runs the sweep, in minutes. */
  public int everyMinutes() {
    return everyMinutes;
  }

  private void run() {
    if (running.compareAndSet(false, true)) {
      try {
        recent.addFirst(sweep.sweep());
        while (recent.size() > REMEMBERED) {
          recent.pollLast();
        }
      } finally {
        running.set(false);
      }
    }
  }

  /** The last scheduled sweep, if one has run since start-up. */
  public Optional<DeletionSweep.Result> last() {
    return Optional.ofNullable(recent.peekFirst());
  }

  /**
   * The latest scheduled sweeps since start-up, newest first (at most {@value #REMEMBERED}): when
   * two run moments apart, the second finds nothing left, and the first's deletions must not look
   * as if they never happened.
   */
  public java.util.List<DeletionSweep.Result> recent() {
    return java.util.List.copyOf(recent);
  }

  /** When the schedule runs the sweep next. */
  public Optional<Instant> next() {
    return timers.getTimers().stream()
        .map(t -> t.getNextTimeout().toInstant())
        .min(Comparator.naturalOrder());
  }
}
