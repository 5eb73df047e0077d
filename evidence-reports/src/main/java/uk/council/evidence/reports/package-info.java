/**
 * Reports: documents the council hands to auditors, regulators and courts, produced from the
 * evidence system's data as signed PDFs.
 *
 * <p>A report is made in two steps. A JasperReports design ({@code reports/*.jrxml}) lays the
 * content out and is filled and exported to PDF by {@link
 * uk.council.evidence.reports.ReportTemplates}; then {@link
 * uk.council.evidence.reports.pdf.PdfFinishing} adds metadata, attaches the figures as data and
 * signs the result. Each report, such as {@link uk.council.evidence.reports.audit.AuditLogExtract}
 * or {@link uk.council.evidence.reports.deletion.DeletionCertificate}, is one class that turns its
 * input into wording and figures and drives both steps, returning a {@link
 * uk.council.evidence.reports.SignedReport}. What every report says about its own provenance (the
 * council, the period in local time and UTC, who asked for it and when, which certificate signs it,
 * the protective marking, the file name) is worded once, by {@link
 * uk.council.evidence.reports.ReportHeading} and {@link uk.council.evidence.reports.ReportPeriod}.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>The use cases are CDI beans, so that a screen, an API and a timer produce a report or a
 *       package the same way: {@link uk.council.evidence.reports.ReportProduction} and {@link
 *       uk.council.evidence.reports.disclosure.PackageProduction}, with {@link
 *       uk.council.evidence.reports.ReportSigning} holding the configuration. They call the
 *       domain's boundaries, which ask the access policy and audit. Everything under them is plain
 *       Java (all immutable and thread-safe), tested with plain JUnit, without a container.
 *   <li>In the EAR the jar stays in the web module: classes in the EAR's {@code lib/} cannot see
 *       the EJB module's, and these beans use the domain's boundaries and entities.
 *   <li>Designs are in the JasperReports 7 format and compiled at run time, once each, because no
 *       JasperReports 7 Maven plugin is published on Maven Central. Compiling costs a second or
 *       two, filling milliseconds.
 *   <li>Designs only place text. Every sentence, number format and time-zone conversion is made in
 *       Java, where it can be tested and read, and the design holds no logic beyond "print when".
 *   <li>Text is set in DejaVu, from the {@code jasperreports-fonts} extension, which embeds the
 *       fonts: the PDF then shows the same characters on every reader, Welsh and Irish names
 *       included. Without the extension JasperReports falls back to the PDF base fonts, which are
 *       not embedded and lack many characters.
 *   <li>Filled pages beyond a few dozen go to a temporary swap file, so that a report of thousands
 *       of pages does not need them all in the heap.
 *   <li>The figures are written as JSON by a fifty-line writer of our own rather than JSON-P, which
 *       the server has but plain unit tests would have to bring.
 * </ul>
 */
package uk.council.evidence.reports;
