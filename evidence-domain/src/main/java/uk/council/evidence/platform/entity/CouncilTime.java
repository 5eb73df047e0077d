package uk.council.evidence.platform.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The council's clock on the wall: UK time, with British Summer Time. Dates people type and read (a
 * case's date, a report's days, a retention period's end) are in it; everything stored is UTC.
 *
 * <p>Dates read the GOV.UK way, "4 January 2027", and times on the 24-hour clock, "4 January 2027,
 * 15:07": the pages and the messages of the domain use these, so a date reads the same everywhere.
 */
public final class CouncilTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZONE);

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZONE);

  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZONE);

  /** A moment as it goes into a file name people download, e.g. {@code 20261123-091500}. */
  public static String fileStamp(Instant at) {
    return FILE_STAMP.format(at);
  }

  /** "4 January 2027". */
  public static String date(LocalDate day) {
    return DATE.format(day);
  }

  /** "4 January 2027": the UK day of a moment. */
  public static String date(Instant at) {
    return DATE.format(at);
  }

  /** "4 January 2027, 15:07", UK time. */
  public static String dateTime(Instant at) {
    return DATE_TIME.format(at);
  }

  /**
   * The last UK day before {@code end}: for something that lasts to the end of a day (a package
   * that may be downloaded until midnight), the day people chose and should read, not the midnight.
   */
  public static LocalDate lastDayBefore(Instant end) {
    return end.minusNanos(1).atZone(ZONE).toLocalDate();
  }

  private CouncilTime() {}
}
