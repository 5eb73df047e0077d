package uk.council.evidence.reports.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.audit.entity.ChainVerification;
import uk.council.evidence.reports.JsonText;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.ReportPeriod;
import uk.council.evidence.reports.SignedPdfs;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.ReportDescription;
import uk.council.evidence.reports.pdf.SigningKey;

/**
 * The audit log extract: every audit event of a period, with the state of the audit chain when the
 * extract was made, as a signed PDF.
 *
 * <p>It is what the council shows an auditor, the Surveillance Camera Commissioner's
 * self-assessment or a court to demonstrate who did what with the system and that the record of it
 * is complete and unaltered. So besides the events it states its own scope exactly (the period to
 * the second, in UK time, with its end excluded; how many events there were and whether all are
 * listed; whether their sequence numbers run without gaps), the result of verifying the whole hash
 * chain together with the head's sequence number and hash (which a later verification must still
 * reproduce), who generated it and when, and which certificate signed it. The same figures are
 * attached as {@code figures.json} for whoever wants to check them by machine.
 *
 * <p>Safe for concurrent use; hold one instance.
 */
public final class AuditLogExtract {

  /** The report kind, in metadata and figures. */
  public static final String KIND = "audit-log-extract";

  /**
   * The most events one extract lists. Past this the PDF runs to some 2,000 pages, which nobody
   * reads; a caller should fetch at most this many and pass the true total as well.
   */
  public static final int MAX_EVENTS = 50_000;

  /** The time zone the council works in, for {@link Request#zone()}. */
  public static final ZoneId UK_TIME = ReportPeriod.UK_TIME;

  /** The Government Security Classification marking printed at the top and foot of each page. */
  public static final String MARKING = ReportHeading.MARKING;

  static final String FIGURES_FILE = "figures.json";

  private static final String TEMPLATE = "audit-log-extract";

  private final SignedPdfs pdfs;

  /**
   * @param pdfs how signed reports come out (shared with other reports)
   */
  public AuditLogExtract(SignedPdfs pdfs) {
    this.pdfs = pdfs;
  }

  /**
   * What to put in an extract.
   *
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive
   * @param zone the time zone for printed times: {@link #UK_TIME}
   * @param councilName the council, as it is to appear on the extract
   * @param generatedBy the username of whoever asked for it
   * @param generatedAt when it was asked for; printed, and the signing time
   * @param events the events with {@code from <= occurredAt < to}, in sequence order, at most
   *     {@link #MAX_EVENTS}
   * @param eventsInPeriod how many events the period holds in all; more than {@code events.size()}
   *     if the list was cut short
   * @param chain the verification of the whole audit chain, made when the extract was asked for
   * @param filter which events of the period it lists, in words ("by alice, action
   *     FOOTAGE_PLAYED"), or null for every event
   */
  public record Request(
      Instant from,
      Instant to,
      ZoneId zone,
      String councilName,
      String generatedBy,
      Instant generatedAt,
      List<AuditEvent> events,
      long eventsInPeriod,
      ChainVerification chain,
      String filter) {

    /**
     * @throws IllegalArgumentException if the period is empty or backwards, an event lies outside
     *     it or out of sequence order, there are more than {@link #MAX_EVENTS} events or more than
     *     {@code eventsInPeriod}: an extract that misstates its own scope is worse than none
     */
    public Request {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(generatedAt, "generatedAt");
      Objects.requireNonNull(chain, "chain");
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException("The period must end after it starts");
      }
      if (councilName == null || councilName.isBlank()) {
        throw new IllegalArgumentException("The council's name is needed");
      }
      if (generatedBy == null || generatedBy.isBlank()) {
        throw new IllegalArgumentException("Who generated the extract is needed");
      }
      events = List.copyOf(events);
      if (events.size() > MAX_EVENTS) {
        throw new IllegalArgumentException(
            "An extract lists at most " + MAX_EVENTS + " events, not " + events.size());
      }
      if (eventsInPeriod < events.size()) {
        throw new IllegalArgumentException(
            "The period cannot hold fewer events ("
                + eventsInPeriod
                + ") than are listed ("
                + events.size()
                + ")");
      }
      long previousSeq = Long.MIN_VALUE;
      for (AuditEvent event : events) {
        Instant at = event.getOccurredAt();
        if (at.isBefore(from) || !at.isBefore(to)) {
          throw new IllegalArgumentException(
              "Event " + event.getSeq() + " at " + at + " is outside the period");
        }
        if (event.getSeq() <= previousSeq) {
          throw new IllegalArgumentException(
              "Events must be in sequence order; event " + event.getSeq() + " is not");
        }
        previousSeq = event.getSeq();
      }
    }

    /** Whether fewer events are listed than the period holds. */
    public boolean truncated() {
      return eventsInPeriod > events.size();
    }

    ReportHeading heading() {
      return new ReportHeading(
          councilName, new ReportPeriod(from, to, zone), generatedBy, generatedAt);
    }
  }

  /**
   * Produces the signed extract.
   *
   * @return the PDF, its download name and its SHA-256
   * @throws uk.council.evidence.reports.pdf.SigningKeyException if the signing certificate is not
   *     valid at {@code request.generatedAt()}
   */
  public SignedReport produce(Request request) {
    // Before the seconds of filling a long extract, not after.
    pdfs.signingKey().checkUsableAt(request.generatedAt());
    Wording wording = new Wording(request, pdfs.signingKey());
    return pdfs.produce(
        TEMPLATE,
        wording.parameters(),
        new AuditEventRows(request.events(), wording.eventTime),
        wording.description(),
        FIGURES_FILE,
        "The figures of this extract: period, counts by action, truncation and the audit chain"
            + " verification",
        figures(request),
        wording.fileName());
  }

  /** The figures of the extract as JSON, for machines; the PDF shows the same. */
  static String figures(Request r) {
    Map<String, Object> sequence = new LinkedHashMap<>();
    if (!r.events().isEmpty()) {
      long first = r.events().get(0).getSeq();
      long last = r.events().get(r.events().size() - 1).getSeq();
      sequence.put("first", first);
      sequence.put("last", last);
      sequence.put("missing", last - first + 1 - r.events().size());
    }

    Map<String, Object> byAction = new LinkedHashMap<>();
    countsByAction(r.events()).forEach(byAction::put);

    ChainVerification c = r.chain();
    Map<String, Object> chain = new LinkedHashMap<>();
    chain.put("intact", c.intact());
    chain.put("eventsChecked", c.eventsChecked());
    chain.put("lastGoodSeq", c.lastGoodSeq());
    chain.put("lastGoodHash", c.lastGoodHash());
    if (c.firstBreak() == null) {
      chain.put("firstBreak", null);
    } else {
      Map<String, Object> firstBreak = new LinkedHashMap<>();
      firstBreak.put("seq", c.firstBreak().seq());
      firstBreak.put("problem", c.firstBreak().problem());
      chain.put("firstBreak", firstBreak);
    }
    chain.put("summary", c.summary());

    Map<String, Object> figures = r.heading().figures(KIND, 1);
    figures.put("filter", r.filter());
    figures.put("total", r.eventsInPeriod());
    figures.put("listed", r.events().size());
    figures.put("truncated", r.truncated());
    figures.put("sequence", sequence.isEmpty() ? null : sequence);
    figures.put("countsByAction", byAction);
    figures.put("countsByActionCover", r.truncated() ? "listed events only" : "all events");
    figures.put("chainVerification", chain);
    return JsonText.write(figures);
  }

  /** Counts per action, most frequent first, then by name. */
  static Map<String, Long> countsByAction(List<AuditEvent> events) {
    Map<String, Long> counts = new TreeMap<>();
    for (AuditEvent event : events) {
      counts.merge(event.getAction(), 1L, Long::sum);
    }
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Long> ordered = new LinkedHashMap<>();
    entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /** Every sentence and formatted value of one extract. */
  private static final class Wording {
    private final Request r;
    private final ReportHeading heading;
    private final SigningKey key;
    private final DateTimeFormatter eventTime;

    Wording(Request r, SigningKey key) {
      this.r = r;
      this.heading = r.heading();
      this.key = key;
      this.eventTime =
          DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.UK).withZone(r.zone());
    }

    Map<String, Object> parameters() {
      Map<String, Object> p =
          heading.parameters(key, "the sequence number gives the order of events.");
      int listed = r.events().size();
      p.put("EVENTS_IN_PERIOD", String.format(Locale.UK, "%,d", r.eventsInPeriod()));
      p.put("LISTED_TEXT", listedText());
      p.put("TRUNCATED", r.truncated());
      p.put("SEQUENCE_TEXT", sequenceText());
      p.put("CHAIN_TEXT", r.chain().summary() + " Checked when this extract was generated.");
      p.put("CHAIN_INTACT", r.chain().intact());
      p.put("CHAIN_HEAD_LABEL", r.chain().intact() ? "Chain head" : "Last intact event");
      p.put(
          "CHAIN_HEAD_TEXT",
          r.chain().lastGoodSeq() == 0
              ? "None: the audit log was empty"
              : "Event " + r.chain().lastGoodSeq());
      p.put("CHAIN_HEAD_HASH", r.chain().lastGoodHash());
      p.put(
          "BY_ACTION_TITLE",
          r.truncated() ? "Events by action (listed events only)" : "Events by action");
      p.put("BY_ACTION", byActionRows());
      p.put("LISTED_COUNT", listed);
      p.put("CHECKING_TEXT", checkingText());
      p.put("END_TEXT", endText());
      return p;
    }

    private String listedText() {
      return r.filter() == null
          ? countText()
          : "Only the events " + r.filter() + ". " + countText();
    }

    private String countText() {
      int listed = r.events().size();
      if (r.eventsInPeriod() == 0) {
        return "None: no events were recorded in this period.";
      }
      if (r.truncated()) {
        return String.format(
            Locale.UK,
            "Only the first %,d of the %,d events, oldest first. Extract a shorter period for"
                + " the rest.",
            listed,
            r.eventsInPeriod());
      }
      return listed == 1
          ? "The one event in the period."
          : String.format(Locale.UK, "All %,d events, oldest first.", listed);
    }

    private String sequenceText() {
      List<AuditEvent> events = r.events();
      if (events.isEmpty()) {
        return "None";
      }
      long first = events.get(0).getSeq();
      long last = events.get(events.size() - 1).getSeq();
      long missing = last - first + 1 - events.size();
      String range = first == last ? "Event " + first : first + " to " + last;
      if (missing == 0) {
        return events.size() == 1 ? range : range + ", with no gaps";
      }
      if (r.filter() != null) {
        return String.format(
            Locale.UK,
            "%s; the %,d between that do not match the filter are not in this extract",
            range,
            missing);
      }
      return String.format(
          Locale.UK,
          "%s, of which %,d %s not in this extract",
          range,
          missing,
          missing == 1 ? "is" : "are");
    }

    /** One row per action, and a total row (the list's last, so that it closes the table). */
    private JRMapCollectionDataSource byActionRows() {
      List<Map<String, ?>> rows = new ArrayList<>();
      countsByAction(r.events())
          .forEach((action, count) -> rows.add(byActionRow(action, count, false)));
      rows.add(byActionRow("Total", r.events().size(), true));
      return new JRMapCollectionDataSource(rows);
    }

    private static Map<String, ?> byActionRow(String action, long count, boolean total) {
      return Map.of(
          "action", action, "count", String.format(Locale.UK, "%,d", count), "total", total);
    }

    private String checkingText() {
      return "This PDF is digitally signed: a PDF reader shows whether it has been changed since"
          + " it was signed. The figures above are attached to it as "
          + FIGURES_FILE
          + ". Each event's hash (its first "
          + AuditEventRows.HASH_PREFIX
          + " characters are shown below) links it to the event before it, so that an event"
          + " cannot be changed, removed or inserted unnoticed. To show that the audit log has not"
          + " been altered since this extract was made, verify the audit chain again: the event"
          + " named above must still have the hash shown, and the chain must still be intact up"
          + " to it.";
    }

    private String endText() {
      int listed = r.events().size();
      if (listed == 0) {
        return "No audit events were recorded in this period.";
      }
      if (r.truncated()) {
        return String.format(
            Locale.UK,
            "End of extract. The first %,d of the %,d events in the period are listed; the rest"
                + " are not.",
            listed,
            r.eventsInPeriod());
      }
      return String.format(
          Locale.UK,
          "End of extract. All %,d %s in the period %s listed.",
          listed,
          listed == 1 ? "event" : "events",
          listed == 1 ? "is" : "are");
    }

    ReportDescription description() {
      return heading.description(
          KIND,
          "Audit log extract",
          "The events recorded in the BWV Evidence audit log "
              + heading.period().phrase()
              + ", with the verification of the audit chain.",
          List.of("audit log", "audit log extract"));
    }

    /** e.g. {@code audit-log-extract-2026-10-01-to-2026-10-31.pdf}, last day included. */
    String fileName() {
      return heading.period().fileName(KIND);
    }
  }
}
