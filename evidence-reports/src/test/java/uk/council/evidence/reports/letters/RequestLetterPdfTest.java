package uk.council.evidence.reports.letters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.council.evidence.reports.ReportTemplates;
import uk.council.evidence.reports.SignedReport;
import uk.council.evidence.reports.pdf.DevelopmentKeys;
import uk.council.evidence.reports.pdf.PdfFinishing;
import uk.council.evidence.reports.pdf.SignedPdfs;
import uk.council.evidence.request.entity.Letter;
import uk.council.evidence.request.entity.LetterKind;

/** A letter to a requester, produced, signed and read back as the requester would. */
class RequestLetterPdfTest {

  static final Instant PRODUCED_AT = Instant.parse("2026-12-07T10:15:00Z");

  static Letter letter;
  static SignedReport report;
  static String text;

  @BeforeAll
  static void produceALetter() throws Exception {
    letter =
        new Letter(
            LetterKind.ACKNOWLEDGEMENT,
            "SAR-2026-0042",
            LocalDate.of(2026, 12, 7),
            List.of("Siân O’Brien", "1 High Street", "Anytown AB1 2CD"),
            "Your request for footage of yourself: SAR-2026-0042",
            List.of(
                "Thank you for your request, which we received on 5 December 2026.",
                "We will reply by 5 January 2027."));
    report =
        new RequestLetterPdf(
                new uk.council.evidence.reports.SignedPdfs(
                    new ReportTemplates(), new PdfFinishing(DevelopmentKeys.key())))
            .produce(letter, DevelopmentKeys.COUNCIL, "priya.shah", PRODUCED_AT);
    text = SignedPdfs.text(report.pdf());
    Path sample =
        Path.of(System.getProperty("basedir", "."), "target", "sample-request-letter.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, report.pdf());
  }

  @Test
  void theLetterSaysWhatItWasGivenInOrder() {
    String flat = text.replaceAll("\\s+", " ");
    for (String expected :
        List.of(
            DevelopmentKeys.COUNCIL,
            "Siân O’Brien",
            "Anytown AB1 2CD",
            "SAR-2026-0042",
            "7 December 2026",
            "Your request for footage of yourself",
            "Thank you for your request",
            "We will reply by 5 January 2027.",
            "Yours sincerely",
            "Data Protection Officer, " + DevelopmentKeys.COUNCIL,
            "Produced by priya.shah")) {
      assertTrue(flat.contains(expected), expected + " in " + flat);
    }
    assertTrue(flat.indexOf("Thank you") < flat.indexOf("We will reply"));
  }

  @Test
  void itIsSignedAndNamedByItsReference() throws Exception {
    assertTrue(report.fileName().startsWith("SAR-2026-0042-acknowledgement-"), report.fileName());
    assertTrue(SignedPdfs.signatureVerifies(report.pdf(), DevelopmentKeys.key().certificate()));
  }
}
