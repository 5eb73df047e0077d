package uk.council.evidence.accreditation.entity;

/**
 * One of the review's headline figures over the year so far, against the same days of the year
 * before.
 *
 * @param figure what is counted
 * @param now the count this year so far
 * @param before the count over the same days last year
 */
public record FigureChange(String figure, long now, long before) {

  /** How much it went up (positive) or down (negative). */
  public long change() {
    return now - before;
  }

  /** Whether it moved at all. */
  public boolean changed() {
    return now != before;
  }

  /** The change in words: "up 3", "down 12", "no change". */
  public String described() {
    long change = change();
    return change == 0 ? "no change" : (change > 0 ? "up " : "down ") + Math.abs(change);
  }
}
