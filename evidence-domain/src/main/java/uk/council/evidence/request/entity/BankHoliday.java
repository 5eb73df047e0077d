package uk.council.evidence.request.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A bank holiday in one part of the UK.
 *
 * @param date the day off (a substitute day where the holiday falls at a weekend)
 * @param division where it is a holiday
 * @param title what it is called, as GOV.UK calls it
 * @param source where the calendar has it from
 */
public record BankHoliday(LocalDate date, Division division, String title, Source source) {

  /** Where a bank holiday comes from. */
  public enum Source {
    /** GOV.UK's published data. */
    PUBLISHED,
    /** The rules for a year GOV.UK has not published yet. */
    CALCULATED,
    /** A one-off day an administrator added (a state funeral, a coronation). */
    ADDED
  }

  public BankHoliday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(source, "source");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A bank holiday has a name.");
    }
  }
}
