package uk.council.evidence.retention.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

  final RetentionRule rule = RetentionRule.DEFAULT;

  @Test
  void footageUploadedTheSameDayIsDueThirtyOneDaysAfterItsRecordedStart() {
    Instant start = Instant.parse("2026-11-02T09:15:00Z");
    assertEquals(
        Instant.parse("2026-12-03T09:15:00Z"), rule.deletionDue(start, start.plusSeconds(3600)));
  }

  @Test
  void daysAreCalendarDaysInLondonSoTheClockChangeDoesNotMoveTheTimeOfDay() {
    // 09:15 BST on 10 October is 08:15 UTC; 31 days later is 09:15 GMT, 09:15 UTC.
    Instant start = Instant.parse("2026-10-10T08:15:00Z");
    assertEquals(Instant.parse("2026-11-10T09:15:00Z"), rule.deletionDue(start, start));
  }

  @Test
  void monthEndsCountDaysNotMonths() {
    Instant start = Instant.parse("2027-01-31T10:00:00Z");
    assertEquals(Instant.parse("2027-03-03T10:00:00Z"), rule.deletionDue(start, start));
  }

  @Test
  void footageThatArrivesLateIsKeptForTheReviewWindowAfterArrival() {
    Instant start = Instant.parse("2026-10-01T10:00:00Z");
    Instant arrived = Instant.parse("2026-10-29T16:00:00Z");
    assertEquals(Instant.parse("2026-11-05T16:00:00Z"), rule.deletionDue(start, arrived));
  }

  @Test
  void aLongerPeriodForACategoryMovesTheDueDate() {
    var complaints = new RetentionRule(Period.ofDays(180), Period.ofDays(7), rule.zone());
    Instant start = Instant.parse("2026-11-02T09:15:00Z");
    // 180 days on is 1 May, in summer time: 09:15 in London is 08:15 UTC.
    assertEquals(Instant.parse("2027-05-01T08:15:00Z"), complaints.deletionDue(start, start));
  }

  @Test
  void aPeriodMustBePositive() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetentionRule(Period.ZERO, Period.ofDays(7), rule.zone()));
  }

  @Test
  void aShorterPeriodNeverTakesAwayTheGraceAfterTheLatestHold() {
    var shorter = rule.withPeriod(Period.ofDays(10));
    Instant start = Instant.parse("2026-11-02T09:15:00Z");
    Instant released = Instant.parse("2026-11-20T12:00:00Z");
    assertEquals(Instant.parse("2026-11-12T09:15:00Z"), shorter.deletionDue(start, start, null));
    assertEquals(
        Instant.parse("2026-11-27T12:00:00Z"), shorter.deletionDue(start, start, released));
  }

  @Test
  void aLongerPeriodOutlastsAnOldHoldsGrace() {
    var longer = rule.withPeriod(Period.ofDays(90));
    Instant start = Instant.parse("2026-11-02T09:15:00Z");
    Instant released = Instant.parse("2026-11-20T12:00:00Z");
    assertEquals(Instant.parse("2027-01-31T09:15:00Z"), longer.deletionDue(start, start, released));
  }

  @Test
  void theReviewWindowStillCountsUnderACategorysPeriod() {
    var shorter = rule.withPeriod(Period.ofDays(1));
    Instant start = Instant.parse("2026-11-02T09:15:00Z");
    Instant arrived = Instant.parse("2026-11-02T18:00:00Z");
    assertEquals(Instant.parse("2026-11-09T18:00:00Z"), shorter.deletionDue(start, arrived, null));
  }
}
