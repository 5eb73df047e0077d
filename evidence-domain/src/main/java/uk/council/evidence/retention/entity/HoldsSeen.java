package uk.council.evidence.retention.entity;

import java.util.List;

/**
 * A recording's holds as one person may see them. Someone who may not see why footage is kept (a
 * wearer: a hold may be for a complaint about them) learns only that it is kept.
 *
 * @param kept whether an active hold keeps the recording from deletion
 * @param details whether the holds themselves are shown
 * @param holds every hold, newest first, if {@code details}; otherwise none
 */
public record HoldsSeen(boolean kept, boolean details, List<Hold> holds) {

  public HoldsSeen {
    holds = List.copyOf(holds);
    if (!details && !holds.isEmpty()) {
      throw new IllegalArgumentException("holds without details must not carry them");
    }
  }
}
