package uk.council.evidence.reports.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.reports.ListRows;

/** The events as rows of the extract's table, each field already in its printed form. */
final class AuditEventRows extends ListRows<AuditEvent> {

  /** Details beyond this are cut in print; the full text stays in the log, under the hash. */
  static final int DETAILS_LIMIT = 2_000;

  static final int HASH_PREFIX = 12;

  private static final String NONE = "—";

  private final DateTimeFormatter time;

  AuditEventRows(List<AuditEvent> events, DateTimeFormatter time) {
    super(events);
    this.time = time;
  }

  @Override
  protected Object field(AuditEvent e, String name) {
    return switch (name) {
      case "seq" -> Long.toString(e.getSeq());
      case "time" -> time.format(e.getOccurredAt());
      case "actor" -> printable(e.getActor());
      case "action" -> e.getAction();
      case "target" -> target(e);
      case "source" -> blankAsNone(e.getSourceAddress());
      case "details" -> details(e.getDetails());
      case "hash" -> e.getHash().substring(0, Math.min(HASH_PREFIX, e.getHash().length()));
      default -> throw new IllegalArgumentException("No such field: " + name);
    };
  }

  private static String target(AuditEvent e) {
    String type = e.getTargetType();
    String id = e.getTargetId();
    if (isBlank(type) && isBlank(id)) {
      return NONE;
    }
    if (isBlank(id)) {
      return printable(type);
    }
    return isBlank(type) ? printable(id) : printable(type) + " " + printable(id);
  }

  static String details(String details) {
    if (isBlank(details)) {
      return "";
    }
    String text = printable(details.strip());
    if (text.length() <= DETAILS_LIMIT) {
      return text;
    }
    int cut = DETAILS_LIMIT;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut)
        + String.format(" … [%,d of %,d characters shown]", cut, text.length());
  }

  private static String blankAsNone(String text) {
    return isBlank(text) ? NONE : printable(text);
  }

  /**
   * Control characters other than line breaks and tabs would print as nothing or as boxes; they
   * show as the replacement character, so that the reader sees that something was there. Carriage
   * returns are line breaks.
   */
  static String printable(String text) {
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\n' && c != '\t';
      if (control && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(control ? '\uFFFD' : c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
