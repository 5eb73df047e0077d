package uk.council.evidence.reports.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Turns the PDF a report design produced into the document the council hands out: metadata that
 * says what it is, the report's figures attached as data, and a digital signature over all of it.
 *
 * <p>The signature is {@code adbe.pkcs7.detached} (a CMS SignedData over the document's byte range,
 * SHA-256), which every PDF reader checks, with the signing certificate and its chain embedded. The
 * metadata is written twice, as XMP and as the document information dictionary, because readers
 * differ in which they show, and the two must agree. Everything is changed and saved before
 * signing, and the signature is then added as an incremental update, so that the signed byte range
 * covers the finished document.
 *
 * <p>Immutable and safe for concurrent use.
 */
public final class PdfFinishing {

  /** The XMP namespace of the report's own properties (kind and period). */
  public static final String XMP_NAMESPACE = "urn:uk-council:bwv-evidence:report:1#";

  /** The prefix the XMP properties of {@link #XMP_NAMESPACE} are written with. */
  public static final String XMP_PREFIX = "bwv";

  /** The application that made the document (xmp:CreatorTool, Creator). */
  public static final String CREATOR_TOOL = "BWV Evidence";

  /** The software that wrote the PDF (pdf:Producer, Producer). */
  public static final String PRODUCER = "BWV Evidence reports (JasperReports, Apache PDFBox)";

  // Room for the CMS structure around the certificates: signature value (512 bytes for RSA-4096),
  // signed attributes, algorithm identifiers; hex-encoded in the file, which PDFBox accounts for.
  private static final int SIGNATURE_OVERHEAD = 4096;

  private final SigningKey key;

  /**
   * @param key the key that signs every report finished by this instance
   */
  public PdfFinishing(SigningKey key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  /** The key that signs; for showing which certificate is in use. */
  public SigningKey signingKey() {
    return key;
  }

  /**
   * Adds metadata and attachments to a PDF and signs it.
   *
   * @param pdf the PDF as a report design produced it
   * @param description what to say about it, and when it was made (the signing time)
   * @param attachments files to embed, in order
   * @return the signed PDF
   * @throws SigningKeyException if the certificate is not valid at {@code description.createdAt()}
   * @throws IllegalArgumentException if {@code pdf} is not a PDF
   */
  public byte[] finish(
      byte[] pdf, ReportDescription description, List<ReportAttachment> attachments) {
    key.checkUsableAt(description.createdAt());
    try {
      return sign(prepare(pdf, description, attachments), description);
    } catch (IOException e) {
      throw new UncheckedIOException("The report could not be finished: " + e.getMessage(), e);
    }
  }

  private static byte[] prepare(
      byte[] pdf, ReportDescription description, List<ReportAttachment> attachments)
      throws IOException {
    PDDocument document;
    try {
      document = Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a PDF: " + e.getMessage(), e);
    }
    try (document) {
      describe(document, description);
      attach(document, attachments, description.createdAt());
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
      document.save(out);
      return out.toByteArray();
    }
  }

  private static void describe(PDDocument document, ReportDescription d) throws IOException {
    Calendar created = calendar(d.createdAt());
    String keywords = String.join("; ", d.keywords());

    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(d.title());
    info.setAuthor(d.author());
    info.setSubject(d.subject());
    info.setKeywords(keywords);
    info.setCreator(CREATOR_TOOL);
    info.setProducer(PRODUCER);
    info.setCreationDate(created);
    info.setModificationDate(created);
    for (Map.Entry<String, String> property : ownProperties(d).entrySet()) {
      info.setCustomMetadataValue(property.getKey(), property.getValue());
    }

    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(d.title());
    dc.addCreator(d.author());
    dc.setDescription(d.subject());
    dc.addPublisher(d.organisation());
    dc.setFormat("application/pdf");
    for (String keyword : d.keywords()) {
      dc.addSubject(keyword);
    }
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreateDate(created);
    basic.setModifyDate(created);
    basic.setMetadataDate(created);
    basic.setCreatorTool(CREATOR_TOOL);
    AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
    adobe.setProducer(PRODUCER);
    adobe.setKeywords(keywords);
    XMPSchema own = new XMPSchema(xmp, XMP_NAMESPACE, XMP_PREFIX);
    for (Map.Entry<String, String> property : ownProperties(d).entrySet()) {
      own.setTextPropertyValue(property.getKey(), property.getValue());
    }
    xmp.addSchema(own);

    ByteArrayOutputStream serialised = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, serialised, true);
    } catch (TransformerException e) {
      throw new IOException("Cannot write the XMP metadata", e);
    }
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(serialised.toByteArray());
    document.getDocumentCatalog().setMetadata(metadata);
  }

  /** The report's own properties, the same in XMP and in the information dictionary. */
  private static Map<String, String> ownProperties(ReportDescription d) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("ReportKind", d.kind());
    properties.put("PeriodStart", d.periodStart().toString());
    properties.put("PeriodEnd", d.periodEnd().toString());
    return properties;
  }

  private static void attach(
      PDDocument document, List<ReportAttachment> attachments, Instant createdAt)
      throws IOException {
    if (attachments.isEmpty()) {
      return;
    }
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    Calendar created = calendar(createdAt);
    Map<String, PDComplexFileSpecification> byName = new LinkedHashMap<>();
    COSArray associated = new COSArray();
    for (ReportAttachment attachment : attachments) {
      PDEmbeddedFile file =
          new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.content()));
      file.setSubtype(attachment.mediaType());
      file.setSize(attachment.content().length);
      file.setCreationDate(created);
      file.setModDate(created);
      file.setCheckSum(md5(attachment.content()));

      PDComplexFileSpecification specification = new PDComplexFileSpecification();
      specification.setFile(attachment.fileName());
      specification.setFileUnicode(attachment.fileName());
      specification.setFileDescription(attachment.description());
      specification.setEmbeddedFile(file);
      specification.setEmbeddedFileUnicode(file);
      specification.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
      if (byName.put(attachment.fileName(), specification) != null) {
        throw new IllegalArgumentException("Two attachments are called " + attachment.fileName());
      }
      associated.add(specification);
    }

    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(byName);
    PDDocumentNameDictionary names = catalog.getNames();
    if (names == null) {
      names = new PDDocumentNameDictionary(catalog);
    }
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);
    catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
  }

  /** The embedded file's /CheckSum is by definition MD5: for damage, not for security. */
  private static String md5(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has MD5", e);
    }
  }

  private byte[] sign(byte[] prepared, ReportDescription description) throws IOException {
    try (PDDocument document = Loader.loadPDF(prepared);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
      signature.setName(key.commonName());
      signature.setLocation(description.organisation());
      signature.setReason(description.signingReason());
      signature.setSignDate(calendar(description.createdAt()));
      options.setPreferredSignatureSize(
          Math.max(SignatureOptions.DEFAULT_SIGNATURE_SIZE, chainLength() + SIGNATURE_OVERHEAD));
      document.addSignature(signature, content -> cms(content, description.createdAt()), options);
      ByteArrayOutputStream out = new ByteArrayOutputStream(prepared.length + 32 * 1024);
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  private int chainLength() {
    int length = 0;
    for (X509Certificate certificate : key.chain()) {
      try {
        length += certificate.getEncoded().length;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Cannot encode the signing certificate", e);
      }
    }
    return length;
  }

  /**
   * The detached CMS signature of the document's signed byte range. The signing-time attribute is
   * the report's generation time, the same as the signature dictionary's, rather than whatever the
   * clock says a few milliseconds later.
   */
  private byte[] cms(InputStream content, Instant signedAt) throws IOException {
    try {
      AttributeTable signingTime =
          new AttributeTable(
              new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signedAt)))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingTime))
              .build(
                  new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey()),
                  key.certificate()));
      generator.addCertificates(new JcaCertStore(key.chain()));
      CMSSignedData signed =
          generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
      return signed.getEncoded(ASN1Encoding.DER);
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("The report could not be signed: " + e.getMessage(), e);
    }
  }

  private static Calendar calendar(Instant instant) {
    return GregorianCalendar.from(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
