package uk.council.evidence.footage.entity;

import java.util.List;

/**
 * One page of library results.
 *
 * @param rows the recordings on this page
 * @param total how many recordings match, counted up to {@link #COUNT_LIMIT}
 * @param query the search that found them
 */
public record LibraryPage(List<LibraryRow> rows, long total, LibraryQuery query) {

  /**
   * Matches are counted up to this many and then reported as "more than": an exact count of a
   * million rows costs more than the page itself, and nobody pages through ten thousand results.
   */
  public static final long COUNT_LIMIT = 10_000;

  public boolean isTotalCapped() {
    return total > COUNT_LIMIT;
  }

  public int pages() {
    long counted = Math.min(total, COUNT_LIMIT);
    return (int) Math.max(1, (counted + LibraryQuery.PAGE_SIZE - 1) / LibraryQuery.PAGE_SIZE);
  }

  public boolean hasPrevious() {
    return query.page() > 1;
  }

  public boolean hasNext() {
    return query.page() < pages();
  }

  public int firstShown() {
    return rows.isEmpty() ? 0 : query.offset() + 1;
  }

  public int lastShown() {
    return query.offset() + rows.size();
  }
}
