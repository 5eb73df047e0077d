package uk.council.evidence.retention.entity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What re-dating did or would do.
 *
 * @param recordings the category's recordings looked at (not those already being deleted)
 * @param held how many of them have an active hold (re-dated, but kept while held)
 * @param earlier how many fall due sooner than before
 * @param later how many fall due later than before
 * @param dueAtOnce how many unheld recordings become due at once: the next sweep deletes them
 * @param newlyDueByWeek for unheld recordings brought forward but not due at once: how many fall
 *     due in each week, by the Monday that starts it
 */
public record RedatingImpact(
    int recordings,
    int held,
    int earlier,
    int later,
    int dueAtOnce,
    SortedMap<LocalDate, Integer> newlyDueByWeek)
    implements java.io.Serializable {

  public RedatingImpact {
    newlyDueByWeek = Collections.unmodifiableSortedMap(new TreeMap<>(newlyDueByWeek));
  }

  public int unchanged() {
    return recordings - earlier - later;
  }
}
