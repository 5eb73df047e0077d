package uk.council.evidence.platform.control;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background worker's one thread: each tick of its timer starts draining its queue on a thread of
 * the server's managed executor, unless it is already doing so, so that the worker never takes more
 * than one thread and jobs wait their turn. A drain that stops on an error says so in the log; the
 * next tick starts again.
 */
public final class OneAtATime {

  private final AtomicBoolean busy = new AtomicBoolean();
  private final Logger log;
  private final String what;

  /**
   * @param log where a drain that stops is told
   * @param what the worker, as the log names it ("The redaction worker")
   */
  public OneAtATime(Logger log, String what) {
    this.log = log;
    this.what = what;
  }

  /** Starts {@code drain} on {@code executor}, unless a drain is under way. */
  public void tick(Executor executor, Runnable drain) {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            try {
              drain.run();
            } catch (RuntimeException e) {
              log.log(Level.SEVERE, what + " stopped", e);
            } finally {
              busy.set(false);
            }
          });
    } catch (RejectedExecutionException e) {
      busy.set(false);
    }
  }
}
