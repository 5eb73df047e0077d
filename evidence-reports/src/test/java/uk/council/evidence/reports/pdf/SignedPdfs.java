package uk.council.evidence.reports.pdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/** Reads signed PDFs the way a sceptical recipient would: text, attachments, signature. */
public final class SignedPdfs {

  private SignedPdfs() {}

  /** The text of every page, in reading order. */
  public static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  /** The embedded file of that name, with its file specification. */
  public static Optional<PDComplexFileSpecification> attachment(PDDocument document, String name)
      throws IOException {
    var names = document.getDocumentCatalog().getNames();
    if (names == null || names.getEmbeddedFiles() == null) {
      return Optional.empty();
    }
    PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
    Map<String, PDComplexFileSpecification> files = tree.getNames();
    return Optional.ofNullable(files == null ? null : files.get(name));
  }

  /**
   * Checks the document's only signature: adbe.pkcs7.detached over the whole file but its own
   * contents, SHA-256, made by {@code signer}, and cryptographically sound.
   *
   * @return whether the CMS signature verifies against the signed bytes
   */
  public static boolean signatureVerifies(byte[] pdf, X509Certificate signer) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      assertEquals(1, signatures.size(), "signatures");
      PDSignature signature = signatures.get(0);
      assertEquals("adbe.pkcs7.detached", signature.getSubFilter());
      int[] range = signature.getByteRange();
      assertEquals(0, range[0], "the signed range starts at the file's start");
      assertEquals(pdf.length, range[2] + range[3], "the signed range ends at the file's end");

      // /Contents is zero-padded to its reserved size: read exactly one DER object from it.
      ASN1Primitive der;
      try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
        der = in.readObject();
      }
      CMSSignedData cms =
          new CMSSignedData(
              new CMSProcessableByteArray(signature.getSignedContent(pdf)),
              ContentInfo.getInstance(der));
      SignerInformation information = cms.getSignerInfos().getSigners().iterator().next();
      assertEquals(NISTObjectIdentifiers.id_sha256.getId(), information.getDigestAlgOID());
      @SuppressWarnings("unchecked") // SignerId implements the raw Selector type
      Collection<X509CertificateHolder> matches =
          cms.getCertificates().getMatches(information.getSID());
      X509CertificateHolder certificate = matches.iterator().next();
      assertArrayEquals(signer.getEncoded(), certificate.getEncoded(), "the signing certificate");
      try {
        return information.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
      } catch (CMSException digestMismatch) {
        return false;
      }
    }
  }

  /**
   * What Poppler's {@code pdfsig} says about a file. Fails, rather than skips, when Poppler is not
   * installed: an independent reader's opinion of the signature is the point.
   */
  public static String pdfsig(Path pdf) throws Exception {
    Path executable =
        onPath("pdfsig")
            .orElseGet(
                () ->
                    fail(
                        "pdfsig (Poppler) is not installed, so the signature cannot be checked by"
                            + " an independent reader: install the Debian package poppler-utils"
                            + " (apt-get install poppler-utils)"));
    Process process =
        new ProcessBuilder(executable.toString(), pdf.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdfsig finished");
    return output;
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin";
    for (String directory : path.split(File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(directory, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
