package uk.council.evidence.accreditation.entity;

import java.time.LocalDate;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A year of the self-assessment: a calendar year, from the Code's first year to the year after this
 * one (a review is often written in the January after the year it covers).
 */
public record ReviewYear(int year) {

  /** The Code of Practice was first published in June 2013. */
  public static final int FIRST = 2013;

  /**
   * A year typed or chosen, checked.
   *
   * @throws InvalidInput if it is not a whole year from 2013 to next year
   */
  public static ReviewYear of(String text, LocalDate today) {
    int year;
    try {
      year = Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput("year", "Enter a year, for example " + today.getYear() + ".");
    }
    return of(year, today);
  }

  /**
   * @throws InvalidInput if it is not from 2013 to next year
   */
  public static ReviewYear of(int year, LocalDate today) {
    if (year < FIRST || year > today.getYear() + 1) {
      throw new InvalidInput(
          "year",
          "A review year is from "
              + FIRST
              + " (the Code's first year) to "
              + (today.getYear() + 1)
              + ".");
    }
    return new ReviewYear(year);
  }

  public ReviewYear previous() {
    return new ReviewYear(year - 1);
  }
}
