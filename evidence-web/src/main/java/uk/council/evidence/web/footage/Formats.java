package uk.council.evidence.web.footage;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.Plural;

/** How times, lengths and sizes of footage read on screen: UK time, plain English. */
public final class Formats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss").withZone(CouncilTime.ZONE);

  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm").withZone(CouncilTime.ZONE);

  private static final DateTimeFormatter TIME_OF_DAY =
      DateTimeFormatter.ofPattern("HH:mm").withZone(CouncilTime.ZONE);

  private Formats() {}

  public static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** "Mon 23 Nov 08:00": a time in the last few days, such as when a shift began. */
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
