/**
 * Casework: incidents taken further as cases, the recordings in them as exhibits, clips cut for
 * disclosure, and disclosure packages to the police and the CPS. An exhibit keeps its recording
 * with an evidence hold; a disclosure package is a ZIP whose every file is listed with its SHA-256
 * and whose continuity statements come from the audit log.
 *
 * <p>Built so far: the rules of case details, exhibit references and clip ranges. Cases, exhibits
 * and packages follow (issue 5).
 */
package uk.council.evidence.casework;
