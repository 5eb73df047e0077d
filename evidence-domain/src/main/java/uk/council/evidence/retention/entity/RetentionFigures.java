package uk.council.evidence.retention.entity;

import java.util.List;

/**
 * Retention over a period: deletions on time and late, and, as they are now, the oldest footage
 * kept without a hold and the active holds by kind.
 *
 * @param oldestUnheld the oldest recording without an active hold, or null if there is none
 */
public record RetentionFigures(
    long deletedOnTime,
    long deletedLate,
    RetentionReport.Oldest oldestUnheld,
    List<RetentionReport.HoldsOfKind> holds) {

  public RetentionFigures {
    holds = List.copyOf(holds);
  }
}
