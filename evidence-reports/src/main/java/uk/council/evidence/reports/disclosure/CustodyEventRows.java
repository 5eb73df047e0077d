package uk.council.evidence.reports.disclosure;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.council.evidence.reports.ListRows;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.disclosure.ContinuityStatement.CustodyEvent;

/** The custody events as rows of the statement's table, each field already in its printed form. */
final class CustodyEventRows extends ListRows<CustodyEvent> {

  private final DateTimeFormatter date;
  private final DateTimeFormatter time;

  CustodyEventRows(List<CustodyEvent> events, ReportPeriod period) {
    super(events);
    this.date = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK).withZone(period.zone());
    this.time = DateTimeFormatter.ofPattern("HH:mm:ss z", Locale.UK).withZone(period.zone());
  }

  @Override
  protected Object field(CustodyEvent e, String name) {
    return switch (name) {
      case "seq" -> Long.toString(e.seq());
      // The same form as ReportPeriod.time, over two lines to keep the column narrow.
      case "time" -> date.format(e.at()) + "\n" + time.format(e.at());
      case "actor" -> ContinuityStatement.printable(e.actor());
      case "action" -> ContinuityStatement.printable(e.action());
      case "details" -> ContinuityStatement.printable(e.details()).strip();
      case "hash" -> e.hash();
      default -> throw new IllegalArgumentException("No such field: " + name);
    };
  }
}
