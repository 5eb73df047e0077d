package uk.council.evidence.reports.disclosure;

import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.disclosure.ContinuityStatement.CustodyEvent;

/**
 * The custody events as rows of the statement's table, each field already in its printed form.
 *
 * <p>Read straight from the list rather than copied into maps first: a recording that has been
 * played often has thousands of events.
 */
final class CustodyEventRows implements JRDataSource {

  private final Iterator<CustodyEvent> events;
  private final DateTimeFormatter date;
  private final DateTimeFormatter time;
  private CustodyEvent current;

  CustodyEventRows(List<CustodyEvent> events, ReportPeriod period) {
    this.events = events.iterator();
    this.date = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK).withZone(period.zone());
    this.time = DateTimeFormatter.ofPattern("HH:mm:ss z", Locale.UK).withZone(period.zone());
  }

  @Override
  public boolean next() {
    if (!events.hasNext()) {
      current = null;
      return false;
    }
    current = events.next();
    return true;
  }

  @Override
  public Object getFieldValue(JRField field) {
    CustodyEvent e = current;
    return switch (field.getName()) {
      case "seq" -> Long.toString(e.seq());
      // The same form as ReportPeriod.time, over two lines to keep the column narrow.
      case "time" -> date.format(e.at()) + "\n" + time.format(e.at());
      case "actor" -> ContinuityStatement.printable(e.actor());
      case "action" -> ContinuityStatement.printable(e.action());
      case "details" -> ContinuityStatement.printable(e.details()).strip();
      case "hash" -> e.hash();
      default -> throw new IllegalArgumentException("No such field: " + field.getName());
    };
  }
}
