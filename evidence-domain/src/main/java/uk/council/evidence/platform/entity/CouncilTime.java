package uk.council.evidence.platform.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The council's clock on the wall: UK time, with British Summer Time. Dates people type and read (a
 * case's date, a report's days, a retention period's end) are in it; everything stored is UTC.
 */
public final class CouncilTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZONE);

  /** A moment as it goes into a file name people download, e.g. {@code 20261123-091500}. */
  public static String fileStamp(Instant at) {
    return FILE_STAMP.format(at);
  }

  private CouncilTime() {}
}
