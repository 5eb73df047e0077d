package uk.council.evidence.retention.entity;

import java.util.List;

/**
 * The deletion records of a period, read in one statement so that the list and the count agree.
 *
 * @param listed the records, by time of deletion and then recording id, at most the limit asked for
 * @param inPeriod how many records the period holds in all; more than {@code listed.size()} if the
 *     list was cut at the limit
 */
public record DeletionsInPeriod(List<DeletionRecord> listed, long inPeriod) {

  public DeletionsInPeriod {
    listed = List.copyOf(listed);
  }

  /** Whether every deletion of the period is listed. */
  public boolean complete() {
    return inPeriod == listed.size();
  }
}
