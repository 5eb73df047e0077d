/**
 * Disclosure packages: the ZIP that leaves the building for the police or the CPS. Every file in it
 * is listed in {@code manifest.json} and in {@code SHA256SUMS} (checkable offline with {@code
 * sha256sum -c}), and the package's own SHA-256 is known the moment it is written, so the council
 * can later say whether a package or a single file is one it disclosed.
 *
 * <p>Built so far: the package writer. The continuity statements and the casework around it follow
 * (issue 5).
 */
package uk.council.evidence.reports.disclosure;
