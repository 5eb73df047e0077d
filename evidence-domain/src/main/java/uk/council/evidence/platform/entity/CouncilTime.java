package uk.council.evidence.platform.entity;

import java.time.ZoneId;

/**
 * The council's clock on the wall: UK time, with British Summer Time. Dates people type and read (a
 * case's date, a report's days, a retention period's end) are in it; everything stored is UTC.
 */
public final class CouncilTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private CouncilTime() {}
}
