package uk.council.evidence.reports.pdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The finishing step on its own, with any PDF: the report designs are not involved. */
class PdfFinishingTest {

  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  static SigningKey key;
  static PdfFinishing finishing;

  @BeforeAll
  static void useTheDevelopmentKey() {
    key = DevelopmentKeys.key();
    finishing = new PdfFinishing(key);
  }

  static byte[] blankPdf() throws Exception {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage(PDRectangle.A4));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  static ReportDescription describedAt(Instant createdAt) {
    return new ReportDescription(
        "test-report",
        "A test report",
        "tester",
        "Nothing in particular.",
        List.of("test"),
        "Test Council",
        NOW.minus(Duration.ofDays(1)),
        NOW,
        createdAt,
        "Testing");
  }

  @Test
  void aFinishedPdfCarriesItsAttachmentsAndASoundSignature() throws Exception {
    byte[] data = "{\"n\": 1}\n".getBytes(UTF_8);
    byte[] csv = "a,b\n1,2\n".getBytes(UTF_8);
    byte[] pdf =
        finishing.finish(
            blankPdf(),
            describedAt(NOW),
            List.of(
                new ReportAttachment("data.json", "application/json", "Data", data),
                new ReportAttachment("rows.csv", "text/csv", "Rows", csv)));

    assertTrue(SignedPdfs.signatureVerifies(pdf, key.certificate()));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDEmbeddedFile json =
          SignedPdfs.attachment(document, "data.json").orElseThrow().getEmbeddedFile();
      assertArrayEquals(data, json.toByteArray());
      assertEquals("application/json", json.getSubtype());
      assertEquals(
          "text/csv",
          SignedPdfs.attachment(document, "rows.csv").orElseThrow().getEmbeddedFile().getSubtype());
      assertEquals("A test report", document.getDocumentInformation().getTitle());
      assertEquals(
          "test-report", document.getDocumentInformation().getCustomMetadataValue("ReportKind"));
    }
  }

  @Test
  void aCertificateThatHasExpiredByTheReportsTimeSignsNothing() {
    Instant afterExpiry = key.notAfter().plus(Duration.ofDays(1));
    SigningKeyException e =
        assertThrows(
            SigningKeyException.class,
            () -> finishing.finish(blankPdf(), describedAt(afterExpiry), List.of()));
    assertTrue(e.getMessage().contains("expired on"), e.getMessage());
  }

  @Test
  void somethingThatIsNotAPdfIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> finishing.finish("not a pdf".getBytes(UTF_8), describedAt(NOW), List.of()));
  }

  @Test
  void twoAttachmentsWithOneNameAreRefused() {
    ReportAttachment one = new ReportAttachment("a.json", "application/json", "A", new byte[] {1});
    assertThrows(
        IllegalArgumentException.class,
        () -> finishing.finish(blankPdf(), describedAt(NOW), List.of(one, one)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReportAttachment("../a.json", "application/json", "A", new byte[] {1}));
  }
}
