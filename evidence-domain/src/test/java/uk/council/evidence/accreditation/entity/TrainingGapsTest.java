package uk.council.evidence.accreditation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingGapsTest {

  static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  static final LocalDate AFTER = LocalDate.of(2027, 1, 1);
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  static TrainingRecord course(String completed, String expires) {
    return new TrainingRecord(
        new TrainingRecord.Form("sam", "BWV", completed, expires),
        "c",
        NOW,
        LocalDate.of(2030, 1, 1));
  }

  static TrainingGaps.Days days(String from, String until) {
    return new TrainingGaps.Days(LocalDate.parse(from), LocalDate.parse(until));
  }

  static List<TrainingGaps.Days> gaps(TrainingRecord... records) {
    return TrainingGaps.untrained(List.of(records), FIRST, AFTER);
  }

  @Test
  void withNoRecordTheWholePeriodIsUntrained() {
    assertEquals(List.of(days("2026-01-01", "2027-01-01")), gaps());
  }

  @Test
  void aCourseWithoutExpiryCoversEverythingFromItsDay() {
    assertEquals(List.of(), gaps(course("2024-05-01", "")));
    assertEquals(List.of(days("2026-01-01", "2026-03-02")), gaps(course("2026-03-02", "")));
  }

  @Test
  void aLapseBetweenCoursesIsAGapAndOverlapsAreNot() {
    assertEquals(
        List.of(days("2026-02-01", "2026-04-15"), days("2026-10-01", "2027-01-01")),
        gaps(
            course("2025-02-01", "2026-02-01"),
            course("2026-04-15", "2026-08-01"),
            course("2026-06-01", "2026-10-01")));
  }

  @Test
  void recordsOutsideThePeriodAndInAnyOrderAreHandled() {
    assertEquals(
        List.of(days("2026-01-01", "2026-12-20")),
        gaps(course("2026-12-20", "2028-01-01"), course("2020-01-01", "2021-01-01")));
    assertEquals(List.of(), gaps(course("2025-01-01", "2026-06-01"), course("2026-06-01", "")));
  }
}
