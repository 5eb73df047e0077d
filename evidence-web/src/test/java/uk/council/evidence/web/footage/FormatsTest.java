package uk.council.evidence.web.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.CouncilTime;

class FormatsTest {

  private static final Instant AT = Instant.parse("2027-01-04T15:07:09Z");

  @Test
  void datesAndTimesReadTheGovUkWay() {
    assertEquals("4 January 2027", Formats.date(AT));
    assertEquals("4 January 2027", Formats.date(LocalDate.of(2027, 1, 4)));
    assertEquals("4 January 2027, 15:07", Formats.dateTime(AT));
    assertEquals("4 January 2027, 15:07:09", Formats.moment(AT));
    assertEquals("Monday 4 January, 15:07", Formats.dayAndTime(AT));
    assertEquals("", Formats.dateTime(null));
  }

  @Test
  void aPackageDownloadableToTheEndOfADayShowsThatDay() {
    Instant endOfThirdOfJanuary =
        LocalDate.of(2027, 1, 4).atStartOfDay(CouncilTime.ZONE).toInstant();
    assertEquals("3 January 2027", Formats.lastDay(endOfThirdOfJanuary));
  }

  @Test
  void countdownsCountInWords() {
    assertEquals("Due in 1 day", Formats.countdown(AT.plus(Duration.ofHours(30)), AT));
    assertEquals("Due in 5 hours", Formats.countdown(AT.plus(Duration.ofHours(5)), AT));
    assertEquals("Overdue by 1 minute", Formats.countdown(AT.minusSeconds(20), AT));
  }
}
