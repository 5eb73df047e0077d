package uk.council.evidence.retention.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The compliance officer's proof that retention works: deletions per week, on time or late; the
 * oldest footage kept without a hold (never older than the policy allows); and active holds by kind
 * and age.
 *
 * @param weeks deletions per week, newest week first
 * @param oldestUnheld the oldest recording without an active hold, or null if there is none
 * @param holds active holds per kind
 * @param lateAfter how long after falling due a deletion counts as late
 */
public record RetentionReport(
    List<Week> weeks, Oldest oldestUnheld, List<HoldsOfKind> holds, java.time.Duration lateAfter) {

  /** Deletions in the week starting on Monday {@code start}. */
  public record Week(LocalDate start, long onTime, long late) {}

  /** The oldest unheld recording: when it was recorded and when it falls due. */
  public record Oldest(long recordingId, Instant recordedStart, Instant dueAt) {}

  /** How many active holds of one kind there are, and when the oldest was placed. */
  public record HoldsOfKind(HoldKind kind, long active, Instant oldestPlacedAt) {}
}
