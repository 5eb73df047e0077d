package uk.council.evidence.accreditation.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The days on which a person had no training current: what their records leave uncovered. */
public final class TrainingGaps {

  private TrainingGaps() {}

  /**
   * Days from {@code from} up to the day before {@code until}.
   *
   * @param from the first day
   * @param until the day after the last
   */
  public record Days(LocalDate from, LocalDate until) {}

  /**
   * The days in {@code [first, after)} on which none of one person's records is current (a record
   * counts from the day completed up to the day before it expires), as spans in order. No records:
   * the whole period.
   */
  public static List<Days> untrained(
      List<TrainingRecord> records, LocalDate first, LocalDate after) {
    List<Days> covered =
        records.stream()
            .map(r -> new Days(r.getCompletedOn(), r.getExpiresOn().orElse(LocalDate.MAX)))
            .sorted(Comparator.comparing(Days::from))
            .toList();
    List<Days> gaps = new ArrayList<>();
    LocalDate cursor = first;
    for (Days c : covered) {
      if (!cursor.isBefore(after)) {
        break;
      }
      if (c.from().isAfter(cursor)) {
        LocalDate end = c.from().isBefore(after) ? c.from() : after;
        gaps.add(new Days(cursor, end));
      }
      if (c.until().isAfter(cursor)) {
        cursor = c.until();
      }
    }
    if (cursor.isBefore(after)) {
      gaps.add(new Days(cursor, after));
    }
    return gaps;
  }
}
