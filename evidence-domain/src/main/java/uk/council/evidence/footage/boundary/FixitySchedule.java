package uk.council.evidence.footage.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Runs the fixity check every five minutes for up to four, so that it never overlaps itself; the
 * rate limit, not the schedule, decides how much is read. Only delegates.
 */
@Singleton
public class FixitySchedule {

  @Inject FixityCheck check;

  @Schedule(minute = "*/5", hour = "*", persistent = false, info = "fixity check")
  void checkSome() {
    check.run(Duration.ofMinutes(4), Integer.MAX_VALUE);
  }
}
