package uk.council.evidence.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import uk.council.evidence.platform.entity.CouncilTime;

/**
 * The period a report covers, and the words every report uses for it: a headline, the exact bounds
 * in local time and in UTC, the file name to offer and the period in the figures.
 *
 * <p>The end is exclusive, so that consecutive periods neither overlap nor leave a gap; a period of
 * whole days is named by its first and last day, as people ask for it.
 *
 * @param from the start, inclusive
 * @param to the end, exclusive
 * @param zone the time zone for printed times, usually {@link #UK_TIME}
 */
public record ReportPeriod(Instant from, Instant to, ZoneId zone) {

  /** The time zone the council works in. */
  public static final ZoneId UK_TIME = CouncilTime.ZONE;

  private static final String LONG_DATE = "d MMMM yyyy";

  private static final DateTimeFormatter ZONED =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss z", Locale.UK);

  /**
   * @throws IllegalArgumentException if the period is empty or backwards
   */
  public ReportPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(zone, "zone");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("The period must end after it starts");
    }
  }

  /** The whole days {@code first} to {@code last}, both included, in {@code zone}. */
  public static ReportPeriod ofDays(LocalDate first, LocalDate last, ZoneId zone) {
    return new ReportPeriod(
        first.atStartOfDay(zone).toInstant(),
        last.plusDays(1).atStartOfDay(zone).toInstant(),
        zone);
  }

  /** Whether {@code instant} lies in the period. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && instant.isBefore(to);
  }

  /** Whether the period starts and ends at midnight, local time, which it usually does. */
  public boolean wholeDays() {
    return start().toLocalTime().equals(LocalTime.MIDNIGHT)
        && end().toLocalTime().equals(LocalTime.MIDNIGHT);
  }

  /** "1 October 2026 to 31 October 2026", "Tuesday 1 December 2026", or times to the minute. */
  public String headline() {
    if (wholeDays()) {
      DateTimeFormatter date = DateTimeFormatter.ofPattern(LONG_DATE, Locale.UK);
      LocalDate lastDay = end().toLocalDate().minusDays(1);
      return start().toLocalDate().equals(lastDay)
          ? DateTimeFormatter.ofPattern("EEEE " + LONG_DATE, Locale.UK).format(lastDay)
          : date.format(start()) + " to " + date.format(lastDay);
    }
    DateTimeFormatter minutes = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);
    return minutes.format(start()) + " to " + minutes.format(end());
  }

  /** The exact bounds as a sentence: "From … up to, but not including, … (UTC: … to …)". */
  public String text() {
    return "From "
        + ZONED.format(start())
        + " up to, but not including, "
        + ZONED.format(end())
        + " (UTC: "
        + from
        + " to "
        + to
        + ")";
  }

  /** {@link #text()} to follow other words: "from … up to, but not including, …". */
  public String phrase() {
    return "f" + text().substring(1);
  }

  /** A time in the period's zone, with the zone's abbreviation: "23/11/2026 17:30:05 GMT". */
  public String time(Instant instant) {
    return ZONED.format(instant.atZone(zone));
  }

  /**
   * What the times printed mean, ending with what orders rows during the hour that repeats when the
   * clocks go back.
   *
   * @param order e.g. "the sequence number gives the order of events."
   */
  public String timesText(String order) {
    if (zone.getId().equals(UK_TIME.getId())) {
      return "UK local time: GMT in winter, BST (GMT+1) in summer. When the clocks go back an"
          + " hour repeats; "
          + order;
    }
    return "Local time in " + zone.getId() + ".";
  }

  /**
   * A download name: {@code <kind>-2026-10-01-to-2026-10-31.pdf} for whole days (last day
   * included), {@code <kind>-2026-10-01T0930-to-2026-10-01T1700.pdf} otherwise.
   */
  public String fileName(String kind) {
    if (wholeDays()) {
      return kind
          + "-"
          + start().toLocalDate()
          + "-to-"
          + end().toLocalDate().minusDays(1)
          + ".pdf";
    }
    DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm", Locale.UK);
    return kind + "-" + stamp.format(start()) + "-to-" + stamp.format(end()) + ".pdf";
  }

  /** The period as a report's figures give it. */
  public Map<String, Object> figures() {
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("from", from);
    period.put("to", to);
    period.put("toIsExclusive", true);
    period.put("timeZone", zone.getId());
    return period;
  }

  private ZonedDateTime start() {
    return from.atZone(zone);
  }

  private ZonedDateTime end() {
    return to.atZone(zone);
  }
}
