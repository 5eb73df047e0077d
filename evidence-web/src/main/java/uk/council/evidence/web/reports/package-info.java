/**
 * Reports in the portal: the signing key from configuration, the compiled templates held for the
 * application's lifetime, and the downloads, each audited with the file's SHA-256.
 */
package uk.council.evidence.web.reports;
