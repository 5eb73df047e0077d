/**
 * Finishing a report's PDF: metadata, attached data and a digital signature, with Apache PDFBox and
 * Bouncy Castle.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>PDFBox finishes the document rather than JasperReports' exporter, so that attachments,
 *       metadata and the signature are done one way for every report, whatever laid it out. The PDF
 *       is changed and saved in full first and then signed as an incremental update, so that the
 *       signature's byte range covers everything but the signature itself.
 *   <li>The signature is {@code adbe.pkcs7.detached}: a CMS SignedData (SHA-256, RSA or ECDSA) with
 *       the signer's certificate chain, which Adobe Reader, Poppler's {@code pdfsig} and the common
 *       validation tools check. The signing time in the CMS attributes and in the signature
 *       dictionary is the report's generation time, a claim by the server's clock: no time-stamp
 *       authority is configured. An RFC 3161 time-stamp could be added later, as a document
 *       time-stamp in a further incremental update, without touching this signature.
 *   <li>Bouncy Castle is used through its JCA builders with the Java runtime's own providers; it is
 *       never registered as a global security provider, which in an application server would affect
 *       every other application.
 *   <li>Metadata is written both as XMP and as the document information dictionary, with the same
 *       values, because PDF readers differ in which they show. The report's kind and period are
 *       custom properties in both (namespace {@link
 *       uk.council.evidence.reports.pdf.PdfFinishing#XMP_NAMESPACE}), so that a document store can
 *       index them.
 *   <li>Attached figures are embedded files listed in the catalogue's {@code /EmbeddedFiles} and
 *       associated with the document ({@code /AF}, relationship {@code /Data}), as PDF 2.0 and
 *       PDF/A-3 describe data behind the visible content.
 *   <li>The signing key comes from a PKCS#12 keystore. Each way it can be unusable has its own
 *       one-sentence message naming the file, because the person who reads it is an administrator
 *       at start-up, not a developer with a stack trace. For installations without a certificate
 *       from the council's authority, {@link
 *       uk.council.evidence.reports.pdf.SigningKey#createDevelopmentKeystore} makes a self-signed
 *       one whose subject says it is not for real evidence.
 * </ul>
 */
package uk.council.evidence.reports.pdf;
