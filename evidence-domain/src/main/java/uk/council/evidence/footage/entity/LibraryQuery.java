package uk.council.evidence.footage.entity;

import java.time.Instant;
import uk.council.evidence.platform.entity.InputCheck;

/**
 * A search of the footage library. Every filter is optional (null: any).
 *
 * @param from recordings that started at or after this
 * @param to recordings that started before this
 * @param wearerId worn by this person
 * @param cameraId from this camera
 * @param areaId belonging to this service area
 * @param attribution attributed, unattributed, or either
 * @param dueWithinDays due for deletion within this many days from now
 * @param sort the order of the results
 * @param page which page, from 1
 */
public record LibraryQuery(
    Instant from,
    Instant to,
    Long wearerId,
    Long cameraId,
    Long areaId,
    Attribution attribution,
    Integer dueWithinDays,
    Sort sort,
    int page) {

  /** Results per page. */
  public static final int PAGE_SIZE = 25;

  /** The last page there can be: matches are counted up to {@code LibraryPage.COUNT_LIMIT}. */
  public static final int MAX_PAGE = (int) (LibraryPage.COUNT_LIMIT / PAGE_SIZE) + 1;

  /** The furthest ahead "due within" may look: a year. */
  public static final int MAX_DUE_WITHIN_DAYS = 366;

  /** Whether recordings have a wearer. */
  public enum Attribution {
    ANY,
    ATTRIBUTED,
    UNATTRIBUTED
  }

  /** The orders the library offers, each served by an index. */
  public enum Sort {
    NEWEST("Recorded, newest first"),
    OLDEST("Recorded, oldest first"),
    DUE_SOONEST("Deletion due, soonest first");

    private final String label;

    Sort(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Checks the filters together and names every one that is wrong. */
  public LibraryQuery {
    var check = new InputCheck();
    if (from != null && to != null && !to.isAfter(from)) {
      check.add("to", "The end of the time range must be after its start.");
    }
    if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > MAX_DUE_WITHIN_DAYS)) {
      check.add(
          "dueWithin",
          "Due for deletion within must be between 0 and " + MAX_DUE_WITHIN_DAYS + " days.");
    }
    check.orThrow();
    attribution = attribution == null ? Attribution.ANY : attribution;
    sort = sort == null ? Sort.NEWEST : sort;
    // Pages past the counted matches hold nothing; the cap keeps the offset a sane number.
    page = Math.max(1, Math.min(page, MAX_PAGE));
  }

  /** Everything, newest first. */
  public static LibraryQuery everything() {
    return new LibraryQuery(null, null, null, null, null, null, null, null, 1);
  }

  public int offset() {
    return (page - 1) * PAGE_SIZE;
  }
}
