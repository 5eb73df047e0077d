/**
 * Disclosure packages: the ZIP that leaves the building, for the police or the CPS from a case, or
 * for the data subject or a third party from a request. {@link
 * uk.council.evidence.reports.disclosure.PackageProduction} builds one (plan, write, record, with
 * no transaction held while files are copied) and {@link
 * uk.council.evidence.reports.disclosure.PackageWriter} writes it. Every file in it is listed in
 * {@code manifest.json} and in {@code SHA256SUMS} (checkable offline with {@code sha256sum -c}),
 * and the package's own SHA-256 is known the moment it is written, so the council can later say
 * whether a package or a single file is one it disclosed.
 *
 * <p>Each item in a package (a case's exhibit, or a recording found for a request) comes with a
 * {@link uk.council.evidence.reports.disclosure.ContinuityStatement}, a signed PDF that a court can
 * rely on for the continuity of the evidence. What such a reader needs decides what it says:
 *
 * <ul>
 *   <li>what the file is: the case and exhibit references (with the police crime reference and the
 *       CPS URN when there are any), or the request's reference and type, the recording it comes
 *       from (camera, wearer or that nobody wore it, service area, recorded times, length, size,
 *       the dock that uploaded it and when, and the SHA-256 of the original as uploaded), and the
 *       file disclosed: its path in the package, size and SHA-256, and for a clip its range in the
 *       recording ({@code 1:05} to {@code 1:35}), who cut it and when. For an original the
 *       statement says in words that the file's SHA-256 is the recording's; a request that calls a
 *       file the original when its hash or size differ is refused, as is one whose clip runs past
 *       the recording's end;
 *   <li>to whom and why: the package reference, the recipient, the lawful basis, the purpose and
 *       when the permission expires;
 *   <li>the chain of custody: every audit event about the recording, exhibit, clip and package in
 *       the period the heading names, in sequence order, each with its time, who, the action, the
 *       details in full and its hash in the audit chain. The list is never shortened: it runs over
 *       as many pages as it takes, a row never split across pages unless it is taller than one;
 *   <li>how the recipient checks it all: the commands that compute a file's SHA-256 ({@code
 *       sha256sum}, {@code shasum}, {@code Get-FileHash}) and check the whole package, {@code
 *       pdfsig} for the statement's signature, and why the chained audit hashes would show a later
 *       edit of the log;
 *   <li>provenance and handling, as every report: who generated it and when, which certificate
 *       signed it, OFFICIAL-SENSITIVE on every page, and the same data attached as {@code
 *       continuity.json}.
 * </ul>
 *
 * <p>The statement takes plain records, not the domain's entities, so that the casework boundary
 * decides what to read and this package only words and lays it out. The heading's period is the
 * span the chain of custody covers (usually from the recording's start to the statement's making),
 * printed as "Period covered"; every event must lie in it. Times are UK local time with the zone's
 * abbreviation, as in the other reports; clip times are written as {@link
 * uk.council.evidence.casework.entity.ClipRange#format} writes them, the form people type them in.
 * The statement is A4 portrait, unlike the landscape registers, because it is read as a document
 * (and printed for a bundle) rather than scanned as a table.
 */
package uk.council.evidence.reports.disclosure;
