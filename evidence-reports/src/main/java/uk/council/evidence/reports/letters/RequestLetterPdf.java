package uk.council.evidence.reports.letters;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.reports.JsonText;
import uk.council.evidence.reports.ListRows;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.SignedPdfs;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.ReportDescription;
import uk.council.evidence.request.entity.Letter;

/**
 * A letter to a requester as a signed PDF: the council's heading, the recipient, the reference and
 * date, the paragraphs of the {@link Letter} and the data protection officer's signature, signed
 * with the council's certificate so that a copy can be shown to be the one sent. The letter's words
 * are attached as {@code letter.json}.
 */
public final class RequestLetterPdf {

  /** The report kind, in metadata and data. */
  public static final String KIND = "request-letter";

  private static final String TEMPLATE = "request-letter";

  private final SignedPdfs pdfs;

  public RequestLetterPdf(SignedPdfs pdfs) {
    this.pdfs = pdfs;
  }

  /**
   * Produces the signed letter.
   *
   * @param councilName the council, as it heads the letter
   * @param producedBy who produced it
   * @param producedAt when; the signing time
   */
  public SignedReport produce(
      Letter letter, String councilName, String producedBy, Instant producedAt) {
    pdfs.signingKey().checkUsableAt(producedAt);
    Map<String, Object> p = new HashMap<>();
    p.put("COUNCIL_NAME", councilName);
    p.put("MARKING", ReportHeading.MARKING);
    p.put("RECIPIENT", String.join("\n", letter.to()));
    p.put("REFERENCE", letter.reference());
    p.put("DATE_TEXT", CouncilTime.date(letter.date()));
    p.put("SUBJECT", letter.subject());
    p.put("SIGNATURE_TEXT", "Data Protection Officer, " + councilName);
    p.put("SIGNED_TEXT", pdfs.signingKey().producedAndSigned(producedBy, producedAt));
    p.put("FOOTER_TEXT", councilName + " · " + letter.reference() + " · " + letter.kind().title());
    String name =
        letter.reference()
            + "-"
            + letter.kind().name().toLowerCase(Locale.ROOT)
            + "-"
            + CouncilTime.fileStamp(producedAt)
            + ".pdf";
    Instant dayStart =
        letter.date().atTime(LocalTime.MIDNIGHT).atZone(CouncilTime.ZONE).toInstant();
    return pdfs.produce(
        TEMPLATE,
        p,
        new Paragraphs(letter.paragraphs()),
        new ReportDescription(
            KIND,
            letter.kind().title() + ": " + letter.reference() + ", " + councilName,
            producedBy,
            letter.subject(),
            List.of(letter.reference(), "request letter", letter.kind().title(), councilName),
            councilName,
            dayStart,
            dayStart.plus(java.time.Duration.ofDays(1)),
            producedAt,
            "Letter to a requester, as sent by " + councilName),
        "letter.json",
        "The words of this letter: its reference, date, recipient, subject and paragraphs",
        json(letter, councilName, producedBy, producedAt),
        name);
  }

  static String json(Letter letter, String councilName, String producedBy, Instant producedAt) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("kind", KIND);
    data.put("formatVersion", 1);
    data.put("council", councilName);
    data.put("letter", letter.kind().name());
    data.put("reference", letter.reference());
    data.put("date", DateTimeFormatter.ISO_LOCAL_DATE.format(letter.date()));
    data.put("to", letter.to());
    data.put("subject", letter.subject());
    data.put("paragraphs", letter.paragraphs());
    data.put("producedBy", producedBy);
    data.put("producedAt", producedAt);
    return JsonText.write(data);
  }

  /** The paragraphs, a row each. */
  static final class Paragraphs extends ListRows<String> {
    Paragraphs(List<String> paragraphs) {
      super(paragraphs);
    }

    @Override
    protected Object field(String row, String name) {
      return row;
    }
  }
}
