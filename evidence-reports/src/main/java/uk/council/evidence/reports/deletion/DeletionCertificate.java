package uk.council.evidence.reports.deletion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import uk.council.evidence.reports.JsonText;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.SignedPdfs;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.ReportDescription;
import uk.council.evidence.retention.entity.DeletionRecord;
import uk.council.evidence.retention.entity.DeletionsInPeriod;

/**
 * The deletion certificate: every recording the retention sweep deleted in a period, with what the
 * council still knows of each, as a signed PDF.
 *
 * <p>It is the council's evidence that footage is not kept longer than its purpose needs
 * (Surveillance Camera Code principle 6; UK GDPR storage limitation), for the self-assessment,
 * internal audit and anyone who asks whether a recording still exists. Besides the list it states
 * its scope exactly (the period to the second, in UK time, the end excluded), the totals (how many,
 * how many bytes, how many on time and how many late), the rule each deletion applied, what
 * deletion removed and what it did not, who generated it and when, and which certificate signed it.
 * The totals and the period are attached as {@code figures.json}.
 *
 * <p>A certificate lists every deletion of its period or is not made: a partial list would certify
 * less than it appears to.
 *
 * <p>Safe for concurrent use; hold one instance.
 */
public final class DeletionCertificate {

  /** The report kind, in metadata and figures. */
  public static final String KIND = "deletion-certificate";

  /**
   * The most deletions one certificate lists, some 1,800 pages. A caller reads at most this many,
   * and asks for a shorter period when the period holds more.
   */
  public static final int MAX_RECORDS = 50_000;

  static final String FIGURES_FILE = "figures.json";

  private static final String TEMPLATE = "deletion-certificate";

  private final SignedPdfs pdfs;

  /**
   * @param pdfs how signed reports come out (shared with other reports)
   */
  public DeletionCertificate(SignedPdfs pdfs) {
    this.pdfs = pdfs;
  }

  /**
   * What to put in a certificate.
   *
   * @param heading the council, the period, and who asked for it when
   * @param deletions every deletion record of the period, by time of deletion and then recording id
   */
  public record Request(ReportHeading heading, DeletionsInPeriod deletions) {

    /**
     * @throws IllegalArgumentException if the list is incomplete or longer than {@link
     *     #MAX_RECORDS}, a deletion lies outside the period, or the order is not by time of
     *     deletion and recording id with each recording once: a certificate that misstates what it
     *     certifies is worse than none
     */
    public Request {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(deletions, "deletions");
      if (!deletions.complete()) {
        throw new IllegalArgumentException(
            "A certificate lists every deletion of its period: "
                + deletions.listed().size()
                + " of "
                + deletions.inPeriod()
                + " were given");
      }
      if (deletions.listed().size() > MAX_RECORDS) {
        throw new IllegalArgumentException(
            "A certificate lists at most "
                + MAX_RECORDS
                + " deletions, not "
                + deletions.listed().size());
      }
      DeletionRecord previous = null;
      for (DeletionRecord d : deletions.listed()) {
        if (!heading.period().contains(d.deletedAt())) {
          throw new IllegalArgumentException(
              "Recording "
                  + d.recordingId()
                  + " deleted at "
                  + d.deletedAt()
                  + " is outside the"
                  + " period");
        }
        if (previous != null
            && (d.deletedAt().isBefore(previous.deletedAt())
                || d.deletedAt().equals(previous.deletedAt())
                    && d.recordingId() <= previous.recordingId())) {
          throw new IllegalArgumentException(
              "Deletions must be in order of deletion and recording id; recording "
                  + d.recordingId()
                  + " is not");
        }
        previous = d;
      }
    }

    List<DeletionRecord> records() {
      return deletions.listed();
    }
  }

  /** The totals of a certificate, counted once and shown both on the page and as figures. */
  record Totals(long deleted, long bytes, long onTime, long late, Map<String, Long> rules) {

    static Totals of(List<DeletionRecord> records) {
      long bytes = 0;
      long late = 0;
      Map<String, Long> rules = new LinkedHashMap<>();
      for (DeletionRecord d : records) {
        bytes += d.sizeBytes();
        if (d.isLate()) {
          late++;
        }
        rules.merge(d.rule(), 1L, Long::sum);
      }
      return new Totals(records.size(), bytes, records.size() - late, late, rules);
    }

    /** The one rule every deletion applied, or null if they differ or there are none. */
    String sharedRule() {
      return rules.size() == 1 ? rules.keySet().iterator().next() : null;
    }
  }

  /**
   * Produces the signed certificate.
   *
   * @return the PDF, its download name and its SHA-256
   * @throws uk.council.evidence.reports.pdf.SigningKeyException if the signing certificate is not
   *     valid at the heading's generation time
   */
  public SignedReport produce(Request request) {
    // Before the seconds of filling a long certificate, not after.
    pdfs.signingKey().checkUsableAt(request.heading().generatedAt());
    Totals totals = Totals.of(request.records());
    Map<String, Object> parameters = parameters(request, totals);
    return pdfs.produce(
        TEMPLATE,
        parameters,
        new DeletionRecordRows(request.records(), request.heading().period().zone()),
        description(request.heading()),
        FIGURES_FILE,
        "The figures of this certificate: period, deletions, bytes, on time and late, and the"
            + " rules applied",
        figures(request, totals),
        request.heading().period().fileName(KIND));
  }

  /** The figures of the certificate as JSON, for machines; the PDF shows the same. */
  static String figures(Request r, Totals t) {
    List<DeletionRecord> records = r.records();
    Map<String, Object> figures = r.heading().figures(KIND, 1);
    figures.put("deleted", t.deleted());
    figures.put("totalBytes", t.bytes());
    figures.put("onTime", t.onTime());
    figures.put("late", t.late());
    figures.put("lateAfterSeconds", DeletionRecord.LATE_AFTER.toSeconds());
    figures.put("firstDeletedAt", records.isEmpty() ? null : records.get(0).deletedAt());
    figures.put(
        "lastDeletedAt", records.isEmpty() ? null : records.get(records.size() - 1).deletedAt());
    List<Map<String, Object>> rules = new ArrayList<>();
    t.rules()
        .forEach(
            (rule, count) -> {
              Map<String, Object> entry = new LinkedHashMap<>();
              entry.put("rule", rule);
              entry.put("deleted", count);
              rules.add(entry);
            });
    figures.put("rules", rules);
    return JsonText.write(figures);
  }

  private Map<String, Object> parameters(Request r, Totals t) {
    Map<String, Object> p =
        r.heading().parameters(pdfs.signingKey(), "rows are in the order of deletion.");
    p.put("DELETED_COUNT", count(t.deleted()));
    p.put("DELETED_TEXT", deletedText(t));
    p.put("TOTAL_SIZE", sizeText(t.bytes()));
    p.put("ON_TIME_TEXT", count(t.onTime()));
    p.put("LATE_TEXT", lateText(t));
    p.put("LATE", t.late() > 0);
    p.put("RULE_TEXT", ruleText(t));
    p.put("RULES_DIFFER", t.rules().size() > 1);
    p.put("LISTED_COUNT", r.records().size());
    p.put("STATEMENT_TEXT", STATEMENT);
    p.put("CHECKING_TEXT", CHECKING);
    p.put("END_TEXT", endText(t));
    return p;
  }

  private static final String STATEMENT =
      "Each recording listed was deleted by the retention sweep of BWV Evidence when it had fallen"
          + " due under the rule shown and had no active hold. Deleting it removed the original"
          + " video file and its thumbnail from the footage store, and the recording with its"
          + " notes, holds and fixity results from the database; what is listed here is all that"
          + " the system keeps of it. The SHA-256 is the fingerprint of the original file, so that"
          + " a copy can be recognised. Copies taken out of the system before deletion (downloads,"
          + " disclosures) and backups of the footage store are not covered by this certificate.";

  private static final String CHECKING =
      "This PDF is digitally signed: a PDF reader, or Poppler's pdfsig, shows whether it has been"
          + " changed since it was signed. The figures above are attached to it as "
          + FIGURES_FILE
          + ". Every deletion is also in the audit log, as a FOOTAGE_DELETED event for the"
          + " recording with the same camera, size, SHA-256 and due time: an audit log extract for"
          + " the same period lists them.";

  private static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  private static String deletedText(Totals t) {
    if (t.deleted() == 0) {
      return "None: no recordings were deleted in this period.";
    }
    return t.deleted() == 1
        ? "The one recording deleted in the period is listed below."
        : "All " + count(t.deleted()) + " recordings deleted in the period, in order of deletion.";
  }

  /** "1,234,567,890 bytes (1.2 GB)": exact, and readable. */
  static String sizeText(long bytes) {
    String exact = count(bytes) + (bytes == 1 ? " byte" : " bytes");
    if (bytes >= 1_000_000_000L) {
      return exact + String.format(Locale.UK, " (%.1f GB)", bytes / 1e9);
    }
    if (bytes >= 1_000_000L) {
      return exact + String.format(Locale.UK, " (%.1f MB)", bytes / 1e6);
    }
    return exact;
  }

  private static String lateText(Totals t) {
    return count(t.late())
        + ", that is, more than "
        + DeletionRecord.LATE_AFTER.toMinutes()
        + " minutes after falling due";
  }

  private static String ruleText(Totals t) {
    if (t.deleted() == 0) {
      return "None";
    }
    String shared = t.sharedRule();
    if (shared != null) {
      return (t.deleted() == 1 ? "The deletion" : "Every deletion") + " applied: " + shared;
    }
    return t.rules().size() + " different rules: each row gives its own, beneath it.";
  }

  private static String endText(Totals t) {
    if (t.deleted() == 0) {
      return "End of certificate. No recordings were deleted in this period.";
    }
    return "End of certificate. "
        + (t.deleted() == 1
            ? "The one recording deleted in the period is listed."
            : "All " + count(t.deleted()) + " recordings deleted in the period are listed.");
  }

  private static ReportDescription description(ReportHeading heading) {
    return heading.description(
        KIND,
        "Deletion certificate",
        "The recordings deleted by the BWV Evidence retention sweep "
            + heading.period().phrase()
            + ", with their sizes, SHA-256 fingerprints, due and deletion times.",
        List.of("deletion certificate", "retention"));
  }
}
