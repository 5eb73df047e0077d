package uk.council.evidence.reports.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.council.evidence.accreditation.entity.ReviewChart;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.reports.JsonText;
import uk.council.evidence.reports.ListRows;
import uk.council.evidence.reports.ReportHeading;
import uk.council.evidence.reports.SignedPdfs;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.ReportDescription;

/**
 * The Surveillance Camera Code self-assessment and annual review as a signed PDF: a front page
 * saying what it is (the council's own assessment, never a certification) and for which year, the
 * summary table of the twelve ratings, then a section per principle with its questions, what the
 * system counted, the statement and rating, and the actions. The review's words and figures are
 * attached as {@code review.json}.
 */
public final class AnnualReviewPdf {

  /** The report kind, in metadata and data. */
  public static final String KIND = "annual-review";

  static final String TITLE =
      "Surveillance Camera Code of Practice: body-worn video self-assessment and annual review";

  private static final String TEMPLATE = "annual-review";

  private final SignedPdfs pdfs;

  public AnnualReviewPdf(SignedPdfs pdfs) {
    this.pdfs = pdfs;
  }

  /**
   * What the review says.
   *
   * @param from the first day of the year reviewed
   * @param to the last day
   * @param sections the twelve principles, in order
   * @param signedOffBy the responsible officer signing it off, or null for a draft
   * @param annexes what follows the sections, in order
   * @param publicVersion whether this is the version for the council's website: the same ratings,
   *     statements and actions, the figures without personal data or those kept internal
   */
  public record Review(
      int year,
      LocalDate from,
      LocalDate to,
      List<Section> sections,
      String signedOffBy,
      List<Annex> annexes,
      boolean publicVersion) {
    public Review {
      sections = List.copyOf(sections);
      annexes = List.copyOf(annexes);
      if (sections.isEmpty()) {
        throw new IllegalArgumentException("A review has a section for each principle");
      }
    }

    /** The full review without annexes. */
    public Review(int year, LocalDate from, LocalDate to, List<Section> sections, String by) {
      this(year, from, to, sections, by, List.of(), false);
    }

    /** The title, saying which version it is. */
    public String title() {
      return publicVersion ? TITLE + " (public version)" : TITLE;
    }
  }

  /**
   * An annex: its title, a paragraph saying what it is, and its lines.
   *
   * @param letter A, B, C...
   */
  public record Annex(String letter, String title, String intro, List<String> lines) {
    public Annex {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One principle's section, every text as printed.
   *
   * @param rating "Red", "Amber", "Green" or "Not rated"
   * @param figures what the system counted, a line each; empty if nothing speaks to the principle
   * @param actions the actions on its plan, a line each
   * @param chart a chart of its figures, or null for none
   */
  public record Section(
      int number,
      String title,
      String summary,
      List<String> questions,
      String rating,
      String reason,
      String statement,
      List<String> figures,
      List<String> actions,
      ReviewChart chart) {
    public Section {
      Objects.requireNonNull(title, "title");
      questions = List.copyOf(questions);
      figures = List.copyOf(figures);
      actions = List.copyOf(actions);
    }
  }

  /**
   * Produces the signed review.
   *
   * @param councilName the council, as it heads the review
   * @param producedBy who produced it
   * @param producedAt when; the signing time
   */
  public SignedReport produce(
      Review review, String councilName, String producedBy, Instant producedAt) {
    pdfs.signingKey().checkUsableAt(producedAt);
    Map<String, Object> p = new HashMap<>();
    p.put("COUNCIL_NAME", councilName);
    p.put("MARKING", ReportHeading.MARKING);
    p.put("TITLE_TEXT", review.title());
    p.put("YEAR_TEXT", "Year " + review.year());
    p.put(
        "SCOPE_TEXT",
        "The council's use of body-worn video, assessed against the twelve guiding principles of"
            + " the Surveillance Camera Code of Practice (June 2013, amended November 2021), to"
            + " which it must have regard under the Protection of Freedoms Act 2012, s.33. Period: "
            + CouncilTime.date(review.from())
            + " to "
            + CouncilTime.date(review.to())
            + ". The figures were counted by BWV Evidence from its records when this document was"
            + " produced.");
    long rated = review.sections().stream().filter(s -> !s.rating().equals("Not rated")).count();
    p.put(
        "STATUS_TEXT",
        review.signedOffBy() == null
            ? "Draft: "
                + rated
                + " of "
                + review.sections().size()
                + " principles rated; not yet signed off."
            : "Signed off by "
                + review.signedOffBy()
                + " on "
                + CouncilTime.date(producedAt)
                + ", with "
                + rated
                + " of "
                + review.sections().size()
                + " principles rated. The figures are as they were that day.");
    p.put(
        "NOT_A_CERTIFICATE",
        (review.publicVersion()
                ? "This public version gives every rating, statement and action; its figures leave"
                    + " out personal data and those the council keeps internal. "
                : "")
            + "This is the council's own self-assessment. It is not a certification: the Surveillance"
            + " Camera Commissioner's third-party certification scheme closed in November 2025, and"
            + " no one outside the council has checked this document.");
    p.put(
        "GENERATED_TEXT",
        pdfs.signingKey().producedAndSigned(producedBy, producedAt)
            + " The words and figures are attached as review.json.");
    p.put(
        "FOOTER_TEXT",
        "Surveillance Camera Code review "
            + review.year()
            + (review.publicVersion() ? ", public version" : ""));
    Instant start = review.from().atStartOfDay(CouncilTime.ZONE).toInstant();
    Instant end = review.to().plusDays(1).atStartOfDay(CouncilTime.ZONE).toInstant();
    List<Row> rows = new ArrayList<>();
    review.sections().forEach(s -> rows.add(new Row("summary", s)));
    review.sections().forEach(s -> rows.add(new Row("section", s)));
    review.annexes().forEach(a -> rows.add(Row.annex(a)));
    return pdfs.produce(
        TEMPLATE,
        p,
        new Rows(rows),
        new ReportDescription(
            KIND,
            review.title() + ", " + review.year() + ", " + councilName,
            producedBy,
            "The council's self-assessment of body-worn video against the Surveillance Camera"
                + " Code of Practice, "
                + review.year(),
            List.of("Surveillance Camera Code", "self-assessment", "annual review", councilName),
            councilName,
            start,
            end,
            producedAt,
            "Self-assessment as produced by " + councilName),
        "review.json",
        "The words and figures of this review: each principle's rating, statement, figures and"
            + " actions",
        json(review, councilName, producedBy, producedAt),
        "surveillance-camera-code-review-"
            + review.year()
            + (review.publicVersion() ? "-public-" : "-")
            + CouncilTime.fileStamp(producedAt)
            + ".pdf");
  }

  static String json(Review review, String councilName, String producedBy, Instant producedAt) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("kind", KIND);
    data.put("formatVersion", 1);
    data.put("council", councilName);
    data.put("year", review.year());
    data.put("from", review.from().toString());
    data.put("to", review.to().toString());
    data.put("signedOffBy", review.signedOffBy());
    data.put("publicVersion", review.publicVersion());
    List<Map<String, Object>> principles = new ArrayList<>();
    for (Section s : review.sections()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("principle", s.number());
      one.put("title", s.title());
      one.put("rating", s.rating());
      one.put("reason", s.reason());
      one.put("statement", s.statement());
      one.put("figures", s.figures());
      one.put("actions", s.actions());
      principles.add(one);
    }
    data.put("principles", principles);
    List<Map<String, Object>> annexes = new ArrayList<>();
    for (Annex a : review.annexes()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("annex", a.letter());
      one.put("title", a.title());
      one.put("lines", a.lines());
      annexes.add(one);
    }
    data.put("annexes", annexes);
    data.put("producedBy", producedBy);
    data.put("producedAt", producedAt);
    return JsonText.write(data);
  }

  /** A principle in one of the two parts (the summary table, or its section), or an annex. */
  record Row(String part, Section section, Annex annex) {
    Row(String part, Section section) {
      this(part, section, null);
    }

    static Row annex(Annex annex) {
      return new Row("annex", null, annex);
    }
  }

  /** A chart's bars, for its dataset. */
  static final class Bars extends ListRows<ReviewChart.Bar> {
    Bars(List<ReviewChart.Bar> bars) {
      super(bars);
    }

    @Override
    protected Object field(ReviewChart.Bar bar, String name) {
      return switch (name) {
        case "label" -> bar.label();
        case "value" -> bar.value();
        default -> throw new IllegalArgumentException("No field " + name);
      };
    }
  }

  static final class Rows extends ListRows<Row> {
    Rows(List<Row> rows) {
      super(rows);
    }

    @Override
    protected Object field(Row row, String name) {
      if (row.annex() != null) {
        Annex a = row.annex();
        return switch (name) {
          case "part" -> row.part();
          case "number" -> a.letter();
          case "title" -> a.title();
          case "summary" -> a.intro();
          case "figures" -> a.lines().isEmpty() ? "None." : bulleted(a.lines());
          case "chart", "chartTitle" -> null;
          default -> "";
        };
      }
      Section s = row.section();
      return switch (name) {
        case "part" -> row.part();
        case "number" -> Integer.toString(s.number());
        case "title" -> s.title();
        case "summary" -> s.summary();
        case "questions" -> numbered(s.questions());
        case "rating" -> s.rating();
        case "reason" -> s.reason();
        case "statement" -> s.statement();
        case "figures" ->
            s.figures().isEmpty()
                ? "Nothing the system records speaks to this principle directly."
                : bulleted(s.figures());
        case "actions" -> s.actions().isEmpty() ? "None." : bulleted(s.actions());
        case "chartTitle" -> s.chart() == null ? null : s.chart().title();
        case "chart" -> s.chart() == null ? null : new Bars(s.chart().bars());
        default -> throw new IllegalArgumentException("No field " + name);
      };
    }

    private static String numbered(List<String> lines) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(lines.get(i));
      }
      return text.toString();
    }

    private static String bulleted(List<String> lines) {
      return "• " + String.join("\n• ", lines);
    }
  }
}
