package uk.council.evidence.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CouncilTimeTest {

  @Test
  void datesReadTheGovUkWayInUkTime() {
    assertEquals("4 January 2027", CouncilTime.date(LocalDate.of(2027, 1, 4)));
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    assertEquals("1 July 2026", CouncilTime.date(Instant.parse("2026-06-30T23:30:00Z")));
    assertEquals(
        "4 January 2027, 15:07", CouncilTime.dateTime(Instant.parse("2027-01-04T15:07:09Z")));
    assertEquals("1 July 2026, 00:30", CouncilTime.dateTime(Instant.parse("2026-06-30T23:30:00Z")));
  }

  @Test
  void somethingThatEndsAtMidnightLastsUntilTheDayBefore() {
    Instant midnight = LocalDate.of(2027, 1, 4).atStartOfDay(CouncilTime.ZONE).toInstant();
    assertEquals(LocalDate.of(2027, 1, 3), CouncilTime.lastDayBefore(midnight));
    Instant summerMidnight = LocalDate.of(2026, 7, 1).atStartOfDay(CouncilTime.ZONE).toInstant();
    assertEquals(LocalDate.of(2026, 6, 30), CouncilTime.lastDayBefore(summerMidnight));
  }
}
