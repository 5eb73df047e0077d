package uk.council.evidence.request.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The UK's bank holidays, by division: GOV.UK's published data for the years it covers, rules for
 * the years it does not cover yet (GOV.UK publishes about two years ahead), and the one-off days an
 * administrator adds. Working days are counted on it: for subject access, England and Wales's; for
 * FOI, the whole UK's (a bank holiday in any part of the UK is not a working day, FOIA s.10(6)).
 */
public final class BankHolidays {

  /** The bank holidays of one year in every division, for a year the published data lacks. */
  @FunctionalInterface
  public interface Rules {
    List<BankHoliday> of(int year);
  }

  private final Map<LocalDate, List<BankHoliday>> published;
  private final Map<LocalDate, List<BankHoliday>> added;
  private final int firstPublishedYear;
  private final int lastPublishedYear;
  private final Rules rules;
  private final Map<Integer, Map<LocalDate, List<BankHoliday>>> calculated =
      new ConcurrentHashMap<>();

  /**
   * @param published GOV.UK's data; the years from its first to its last are taken from it alone
   * @param added one-off days an administrator added, for any year
   * @param rules for the years outside the published data
   * @throws IllegalArgumentException if nothing is published
   */
  public BankHolidays(
      Collection<BankHoliday> published, Collection<BankHoliday> added, Rules rules) {
    if (published.isEmpty()) {
      throw new IllegalArgumentException("No published bank holidays.");
    }
    this.published = byDate(published);
    this.added = byDate(added);
    this.firstPublishedYear = published.stream().mapToInt(h -> h.date().getYear()).min().orElse(0);
    this.lastPublishedYear = published.stream().mapToInt(h -> h.date().getYear()).max().orElse(0);
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The last year GOV.UK's data covers; later years come from the rules. */
  public int publishedTo() {
    return lastPublishedYear;
  }

  /** The first year GOV.UK's data covers. */
  public int publishedFrom() {
    return firstPublishedYear;
  }

  /** Every bank holiday on a day, in any division. */
  public List<BankHoliday> on(LocalDate day) {
    int year = day.getYear();
    Map<LocalDate, List<BankHoliday>> source =
        year >= firstPublishedYear && year <= lastPublishedYear
            ? published
            : calculated.computeIfAbsent(year, y -> byDate(rules.of(y)));
    List<BankHoliday> listed = source.getOrDefault(day, List.of());
    List<BankHoliday> more = added.getOrDefault(day, List.of());
    if (more.isEmpty()) {
      // Most days: nothing, or the listed holidays alone, without copying them.
      return listed;
    }
    List<BankHoliday> found = new ArrayList<>(listed);
    found.addAll(more);
    return found;
  }

  /** Whether the day is a bank holiday in the division. */
  public boolean isHoliday(LocalDate day, Division division) {
    return on(day).stream().anyMatch(h -> h.division() == division);
  }

  /** A weekday that is not a bank holiday in England and Wales: subject access counts these. */
  public boolean isWorkingDayInEngland(LocalDate day) {
    return !isWeekend(day) && !isHoliday(day, Division.ENGLAND_AND_WALES);
  }

  /**
   * A working day for FOI (FOIA s.10(6)): not a Saturday or Sunday, Christmas Day, Good Friday, or
   * a bank holiday in any part of the UK.
   */
  public boolean isFoiWorkingDay(LocalDate day) {
    return !isWeekend(day)
        && !(day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 25)
        && on(day).isEmpty();
  }

  /** The bank holidays on a day, one line per holiday however many divisions share it. */
  public List<BankHoliday> distinctOn(LocalDate day) {
    List<BankHoliday> on = on(day);
    if (on.size() < 2) {
      return on;
    }
    return on.stream()
        .collect(Collectors.toMap(BankHoliday::title, h -> h, (a, b) -> a))
        .values()
        .stream()
        .sorted(Comparator.comparing(BankHoliday::division))
        .toList();
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static Map<LocalDate, List<BankHoliday>> byDate(Collection<BankHoliday> holidays) {
    return holidays.stream()
        .collect(Collectors.groupingBy(BankHoliday::date, Collectors.toUnmodifiableList()));
  }
}
