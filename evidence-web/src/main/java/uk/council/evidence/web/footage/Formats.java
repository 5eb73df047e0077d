package uk.council.evidence.web.footage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.Plural;

/**
 * How times, lengths and sizes of footage read on screen: UK time, plain English, dates the GOV.UK
 * way ("4 January 2027") as {@link CouncilTime} writes them everywhere.
 */
public final class Formats {

  /**
   * To the second: when footage was recorded and what happened to it is evidence, and two events in
   * the same minute must be told apart.
   */
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK).withZone(CouncilTime.ZONE);

  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK).withZone(CouncilTime.ZONE);

  private static final DateTimeFormatter WEEKDAY_AND_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME_OF_DAY =
      DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(CouncilTime.ZONE);

  private Formats() {}

  /** "4 January 2027". */
  public static String date(LocalDate day) {
    return day == null ? "" : CouncilTime.date(day);
  }

  /** "Monday 4 January 2027": a day that is a deadline, or a holiday. */
  public static String weekdayAndDate(LocalDate day) {
    return day == null ? "" : WEEKDAY_AND_DATE.format(day);
  }

  /** "4 January 2027": the UK day of a moment. */
  public static String date(Instant instant) {
    return instant == null ? "" : CouncilTime.date(instant);
  }

  /** "4 January 2027, 15:07". */
  public static String dateTime(Instant instant) {
    return instant == null ? "" : CouncilTime.dateTime(instant);
  }

  /** "4 January 2027, 15:07:09": when footage was recorded, an audit or custody event. */
  public static String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant);
  }

  /**
   * "3 January 2027": the last day of something that ends at the midnight {@code end}, such as a
   * package people may download until the end of the day they chose.
   */
  public static String lastDay(Instant end) {
    return CouncilTime.date(CouncilTime.lastDayBefore(end));
  }

  /** "Monday 23 November, 08:00": a time in the last few days, such as when a shift began. */
  public static String dayAndTime(Instant instant) {
    return DAY_AND_TIME.format(instant);
  }

  /** "14:05": a time later today, such as when a lock ends. */
  public static String timeOfDay(Instant instant) {
    return TIME_OF_DAY.format(instant);
  }

  /** 1:05:09 or 4:07. */
  public static String duration(Duration d) {
    long s = Math.round(d.toMillis() / 1000.0);
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }

  /** "Due in 12 days", "Due in 5 hours", "Overdue by 2 days". */
  public static String countdown(Instant due, Instant now) {
    Duration left = Duration.between(now, due);
    if (left.isNegative()) {
      return "Overdue by " + amount(left.negated());
    }
    return "Due in " + amount(left);
  }

  private static String amount(Duration d) {
    long days = d.toDays();
    if (days >= 1) {
      return Plural.of(days, "day");
    }
    long hours = d.toHours();
    if (hours >= 1) {
      return Plural.of(hours, "hour");
    }
    return Plural.of(Math.max(1, d.truncatedTo(ChronoUnit.MINUTES).toMinutes()), "minute");
  }

  /** 1.2 GB, 340 MB, 12 KB. */
  public static String size(long bytes) {
    if (bytes >= 1_000_000_000L) {
      return String.format("%.1f GB", bytes / 1e9);
    }
    if (bytes >= 1_000_000L) {
      return String.format("%.1f MB", bytes / 1e6);
    }
    return String.format("%d KB", Math.max(1, bytes / 1000));
  }
}
