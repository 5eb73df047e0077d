package uk.council.evidence.request.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.entity.BankHoliday;
import uk.council.evidence.request.entity.BankHolidays;
import uk.council.evidence.request.entity.Division;

class BankHolidayDataTest {

  static final List<BankHoliday> SHIPPED = BankHolidayData.shipped();

  @Test
  void theSnapshotHasEveryDivisionFrom2019To2027() {
    BankHolidays calendar = BankHolidayData.calendar(SHIPPED, List.of());
    assertEquals(2019, calendar.publishedFrom());
    assertEquals(2027, calendar.publishedTo());
    for (Division d : Division.values()) {
      assertTrue(SHIPPED.stream().anyMatch(h -> h.division() == d), d.title());
    }
  }

  @Test
  void theOneOffDaysAreHolidaysEverywhere() {
    BankHolidays calendar = BankHolidayData.calendar(SHIPPED, List.of());
    for (Division d : Division.values()) {
      assertTrue(calendar.isHoliday(LocalDate.of(2022, 9, 19), d), "the state funeral");
      assertTrue(calendar.isHoliday(LocalDate.of(2023, 5, 8), d), "the coronation");
      assertTrue(calendar.isHoliday(LocalDate.of(2022, 6, 3), d), "the platinum jubilee");
    }
  }

  @Test
  void someHolidaysBelongToOnePartOfTheUkOnly() {
    BankHolidays calendar = BankHolidayData.calendar(SHIPPED, List.of());
    LocalDate standrews = LocalDate.of(2026, 11, 30);
    assertTrue(calendar.isHoliday(standrews, Division.SCOTLAND));
    assertFalse(calendar.isHoliday(standrews, Division.ENGLAND_AND_WALES));
    LocalDate boyne = LocalDate.of(2026, 7, 13);
    assertTrue(calendar.isHoliday(boyne, Division.NORTHERN_IRELAND));
    assertFalse(calendar.isHoliday(boyne, Division.SCOTLAND));
    LocalDate easterMonday = LocalDate.of(2026, 4, 6);
    assertTrue(calendar.isHoliday(easterMonday, Division.ENGLAND_AND_WALES));
    assertFalse(calendar.isHoliday(easterMonday, Division.SCOTLAND));
  }

  /**
   * Where GOV.UK has published, the rules used for later years give the same days, but for the days
   * announced after the snapshot was taken, which an administrator adds (or loads a newer file).
   */
  @Test
  void theRulesForLaterYearsAgreeWithEveryPublishedYear() {
    // Scotland's one-off bank holiday for the 2026 football World Cup, announced in November 2025.
    Set<LocalDate> announcedSince = Set.of(LocalDate.of(2026, 6, 15));
    for (int year = 2019; year <= 2027; year++) {
      for (Division d : Division.values()) {
        int y = year;
        Set<LocalDate> published = dates(SHIPPED, y, d);
        Set<LocalDate> calculated = dates(BankHolidayData.calculated(y), y, d);
        calculated.removeAll(announcedSince);
        assertEquals(published, calculated, d.title() + " " + y);
      }
    }
  }

  @Test
  void yearsAfterTheSnapshotComeFromTheRules() {
    BankHolidays calendar = BankHolidayData.calendar(SHIPPED, List.of());
    LocalDate christmas2028 = LocalDate.of(2028, 12, 25);
    assertTrue(calendar.isHoliday(christmas2028, Division.ENGLAND_AND_WALES));
    assertEquals(BankHoliday.Source.CALCULATED, calendar.on(christmas2028).get(0).source());
    assertTrue(calendar.isHoliday(LocalDate.of(2028, 4, 14), Division.ENGLAND_AND_WALES), "GF");
  }

  @Test
  void anAdministratorsOneOffDayCountsInAnyYear() {
    var funeral =
        new BankHoliday(
            LocalDate.of(2027, 6, 7),
            Division.ENGLAND_AND_WALES,
            "A one-off bank holiday",
            BankHoliday.Source.ADDED);
    BankHolidays calendar = BankHolidayData.calendar(SHIPPED, List.of(funeral));
    assertTrue(calendar.isHoliday(LocalDate.of(2027, 6, 7), Division.ENGLAND_AND_WALES));
    assertFalse(calendar.isWorkingDayInEngland(LocalDate.of(2027, 6, 7)));
    assertFalse(calendar.isFoiWorkingDay(LocalDate.of(2027, 6, 7)));
  }

  @Test
  void aFileThatIsNotGovUksDataIsRefusedSayingWhy() {
    var notJson = assertThrows(InvalidInput.class, () -> read("<html>"));
    assertTrue(notJson.getMessage().contains("not JSON"), notJson.getMessage());
    var missing =
        assertThrows(
            InvalidInput.class,
            () ->
                read(
                    "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": []}}"));
    assertTrue(missing.getMessage().contains("Scotland is missing"), missing.getMessage());
    String noDate =
        "{\"england-and-wales\": {\"events\": [{\"title\": \"Christmas Day\"}]},"
            + " \"scotland\": {\"events\": []}, \"northern-ireland\": {\"events\": []}}";
    var bad = assertThrows(InvalidInput.class, () -> read(noDate));
    assertTrue(bad.getMessage().contains("no date or title"), bad.getMessage());
  }

  private static List<BankHoliday> read(String json) {
    return BankHolidayData.published(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static Set<LocalDate> dates(List<BankHoliday> holidays, int year, Division d) {
    return holidays.stream()
        .filter(h -> h.division() == d && h.date().getYear() == year)
        .map(BankHoliday::date)
        .collect(Collectors.toCollection(java.util.HashSet::new));
  }
}
