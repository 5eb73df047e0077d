package uk.council.evidence.request.entity;

import java.time.YearMonth;
import java.util.Map;

/**
 * One month of requests: how many arrived, how many were answered, in time or late, and the
 * refusals by reason (counted in the month they were answered).
 *
 * @param month the month
 * @param received requests received in it
 * @param answered requests answered in it
 * @param inTime of those, answered by the day they were due
 * @param late of those, answered after it
 * @param refused the refusals among them, by decision
 */
public record MonthCount(
    YearMonth month,
    long received,
    long answered,
    long inTime,
    long late,
    Map<Outcome, Long> refused) {

  public MonthCount {
    refused = Map.copyOf(refused);
  }

  /** All the refusals of the month. */
  public long refusedInAll() {
    return refused.values().stream().mapToLong(Long::longValue).sum();
  }
}
