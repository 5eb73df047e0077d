package uk.council.evidence.reports.accreditation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.council.evidence.accreditation.entity.ReviewChart;
import uk.council.evidence.reports.ReportTemplates;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.DevelopmentKeys;
import uk.council.evidence.reports.pdf.PdfFinishing;
import uk.council.evidence.reports.pdf.SignedPdfs;

/** The annual review, produced, signed and read back as an auditor would. */
class AnnualReviewPdfTest {

  static final Instant PRODUCED_AT = Instant.parse("2026-12-07T10:15:00Z");

  static SignedReport report;
  static String text;

  @BeforeAll
  static void produceAReview() throws Exception {
    List<AnnualReviewPdf.Section> sections = new ArrayList<>();
    for (int n = 1; n <= 12; n++) {
      sections.add(
          n == 6
              ? new AnnualReviewPdf.Section(
                  6,
                  "Keep no more than needed",
                  "Footage is kept only as long as its purpose needs.",
                  List.of("How long is footage kept?", "Was any deleted late?"),
                  "Amber",
                  "Three were deleted late after an outage.",
                  "Unflagged footage is deleted 31 days after it was recorded.",
                  List.of("Deleted on time: 1,204", "Deleted late: 3"),
                  List.of("Alert when the sweep falls behind (Head of ICT, due 31 March 2027)"),
                  new ReviewChart(
                      "Recordings deleted on time and late",
                      List.of(
                          new ReviewChart.Bar("On time", 1204), new ReviewChart.Bar("Late", 3))))
              : new AnnualReviewPdf.Section(
                  n,
                  "Principle title " + n,
                  "Summary " + n,
                  List.of("Question " + n),
                  "Not rated",
                  "",
                  "",
                  List.of(),
                  List.of(),
                  null));
    }
    report =
        new AnnualReviewPdf(
                new uk.council.evidence.reports.SignedPdfs(
                    new ReportTemplates(), new PdfFinishing(DevelopmentKeys.key())))
            .produce(
                new AnnualReviewPdf.Review(
                    2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), sections, null),
                DevelopmentKeys.COUNCIL,
                "chris.evans",
                PRODUCED_AT);
    text = SignedPdfs.text(report.pdf());
    Path sample = Path.of(System.getProperty("basedir", "."), "target", "sample-annual-review.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, report.pdf());
  }

  @Test
  void itSaysWhatItIsAndWhatItIsNot() {
    String flat = text.replaceAll("\\s+", " ");
    for (String expected :
        List.of(
            DevelopmentKeys.COUNCIL,
            "Surveillance Camera Code of Practice: body-worn video self-assessment and annual"
                + " review",
            "Year 2026",
            "1 January 2026 to 31 December 2026",
            "Draft: 1 of 12 principles rated; not yet signed off.",
            "It is not a certification",
            "Produced by chris.evans")) {
      assertTrue(flat.contains(expected), expected + " in " + flat);
    }
    assertFalse(flat.contains("certified"), "it never claims a certification");
  }

  @Test
  void theSummaryComesFirstThenEachPrinciplesSection() {
    String flat = text.replaceAll("\\s+", " ");
    int summary = flat.indexOf("6. Keep no more than needed Amber");
    int section = flat.indexOf("Principle 6: Keep no more than needed");
    assertTrue(summary > 0 && section > summary, flat);
    for (String expected :
        List.of(
            "1. How long is footage kept? 2. Was any deleted late?",
            "• Deleted on time: 1,204 • Deleted late: 3",
            "Statement (rated Amber)",
            "Unflagged footage is deleted 31 days after it was recorded.",
            "Why this rating: Three were deleted late after an outage.",
            "• Alert when the sweep falls behind",
            "Chart: Recordings deleted on time and late",
            "Principle 12: Principle title 12")) {
      assertTrue(flat.indexOf(expected, section) > 0, expected + " in " + flat);
    }
  }

  @Test
  void itIsSignedWithItsWordsAttached() throws Exception {
    assertTrue(report.fileName().startsWith("surveillance-camera-code-review-2026-"));
    assertTrue(SignedPdfs.signatureVerifies(report.pdf(), DevelopmentKeys.key().certificate()));
    String json = AnnualReviewPdf.json(review(), "c", "p", PRODUCED_AT);
    assertTrue(json.contains("\"principle\""), json);
    assertTrue(json.contains("\"signedOffBy\": \"Jo Bloggs, Head of Legal\""), json);
  }

  @Test
  void aSignedOffReviewSaysByWhomAndWhen() throws Exception {
    SignedReport signed =
        new AnnualReviewPdf(
                new uk.council.evidence.reports.SignedPdfs(
                    new ReportTemplates(), new PdfFinishing(DevelopmentKeys.key())))
            .produce(review(), DevelopmentKeys.COUNCIL, "chris.evans", PRODUCED_AT);
    String flat = SignedPdfs.text(signed.pdf()).replaceAll("\\s+", " ");
    assertTrue(
        flat.contains(
            "Signed off by Jo Bloggs, Head of Legal on 7 December 2026, with 1 of 1 principles"
                + " rated."),
        flat);
    assertFalse(flat.contains("Draft"), flat);
  }

  @Test
  void thePublicVersionSaysSoAndTheAnnexesFollowTheSections() throws Exception {
    var base = review();
    var withAnnexes =
        new AnnualReviewPdf.Review(
            base.year(),
            base.from(),
            base.to(),
            base.sections(),
            base.signedOffBy(),
            List.of(
                new AnnualReviewPdf.Annex(
                    "A", "Retention schedule", "How long footage is kept.", List.of("General: 31")),
                new AnnualReviewPdf.Annex("C", "Cross-walk", "Clauses.", List.of())),
            true);
    SignedReport published =
        new AnnualReviewPdf(
                new uk.council.evidence.reports.SignedPdfs(
                    new ReportTemplates(), new PdfFinishing(DevelopmentKeys.key())))
            .produce(withAnnexes, DevelopmentKeys.COUNCIL, "chris.evans", PRODUCED_AT);
    assertTrue(published.fileName().startsWith("surveillance-camera-code-review-2026-public-"));
    String flat = SignedPdfs.text(published.pdf()).replaceAll("\\s+", " ");
    assertTrue(flat.contains("self-assessment and annual review (public version)"), flat);
    assertTrue(flat.contains("figures leave out personal data"), flat);
    int section = flat.indexOf("Principle 1: t");
    int annex = flat.indexOf("Annex A: Retention schedule How long footage is kept. • General: 31");
    assertTrue(section > 0 && annex > section, flat);
    assertTrue(flat.indexOf("Annex C: Cross-walk Clauses. None.") > annex, flat);
    String json = AnnualReviewPdf.json(withAnnexes, "c", "p", PRODUCED_AT);
    assertTrue(json.contains("\"publicVersion\": true"), json);
    assertTrue(json.contains("\"annex\": \"A\""), json);

    String html = PublicReviewHtml.render(withAnnexes, "Anytown <Borough> Council", PRODUCED_AT);
    assertTrue(html.contains("<title>"), html);
    assertTrue(html.contains("Anytown &lt;Borough&gt; Council"), "escaped: " + html);
    assertTrue(html.contains("<h2 id=\"principle-1\">Principle 1: t</h2>"), html);
    assertTrue(html.contains("<h2 id=\"annex-A\">Annex A: Retention schedule</h2>"), html);
    assertTrue(html.contains("<th scope=\"col\">Rating</th>"), html);
    assertTrue(html.contains("Signed off by Jo Bloggs, Head of Legal."), html);
    assertFalse(html.contains("<script"), html);
  }

  private static AnnualReviewPdf.Review review() {
    return new AnnualReviewPdf.Review(
        2026,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31),
        List.of(
            new AnnualReviewPdf.Section(
                1, "t", "s", List.of("q"), "Green", "r", "st", List.of(), List.of(), null)),
        "Jo Bloggs, Head of Legal");
  }
}
