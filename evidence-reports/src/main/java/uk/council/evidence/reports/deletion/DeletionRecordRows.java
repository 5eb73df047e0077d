package uk.council.evidence.reports.deletion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.council.evidence.reports.ListRows;
import uk.council.evidence.retention.entity.DeletionRecord;

/**
 * The deletion records as rows of the certificate's table, each field already in its printed form.
 *
 * <p>Read straight from the list rather than copied into maps first: a certificate can list tens of
 * thousands of deletions.
 */
final class DeletionRecordRows extends ListRows<DeletionRecord> {

  static final String UNATTRIBUTED = "Unattributed";
  static final String NONE = "—";

  private final ZoneId zone;
  private final DateTimeFormatter date;
  private final DateTimeFormatter time;

  DeletionRecordRows(List<DeletionRecord> records, ZoneId zone) {
    super(records);
    this.zone = zone;
    this.date = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK).withZone(zone);
    this.time = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK).withZone(zone);
  }

  @Override
  protected Object field(DeletionRecord d, String name) {
    return switch (name) {
      case "recording" -> Long.toString(d.recordingId());
      case "camera" -> d.cameraSerial();
      case "wearer" -> blank(d.wearer()) ? UNATTRIBUTED : d.wearer();
      case "area" -> blank(d.serviceArea()) ? NONE : d.serviceArea();
      case "recorded" -> recorded(d.recordedStart(), d.recordedEnd());
      case "size" -> String.format(Locale.UK, "%,d", d.sizeBytes());
      case "sha256" -> d.sha256();
      case "due" -> twoLines(d.dueAt());
      case "deleted" -> twoLines(d.deletedAt()) + (d.isLate() ? " late" : "");
      case "late" -> d.isLate();
      case "rule" -> "Rule: " + d.rule();
      default -> throw new IllegalArgumentException("No such field: " + name);
    };
  }

  /** The day, then the times; the end's day too when it is another day. */
  String recorded(Instant start, Instant end) {
    LocalDate startDay = LocalDate.ofInstant(start, zone);
    if (startDay.equals(LocalDate.ofInstant(end, zone))) {
      return date.format(start) + "\n" + time.format(start) + "–" + time.format(end);
    }
    return date.format(start) + " " + time.format(start) + " –\n" + twoLines(end);
  }

  private String twoLines(Instant instant) {
    return date.format(instant) + "\n" + time.format(instant);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
