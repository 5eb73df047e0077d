/**
 * Casework: incidents taken further as cases, the recordings in them as exhibits, clips cut for
 * disclosure, and disclosure packages. An exhibit keeps its recording with an evidence hold; a
 * disclosure package is a ZIP whose every file is listed with its SHA-256 and whose continuity
 * statements come from the audit log. A package's source is a case (for the police or the CPS) or a
 * request (for the data subject or a third party); the request component, which sits above
 * casework, answers for its requests through {@link
 * uk.council.evidence.casework.entity.RequestFootage}.
 *
 * <p>A clip is a working copy of part of a recording, never a change to it: {@link
 * uk.council.evidence.casework.control.ClipCutter} copies the range into a new file without
 * re-encoding, so the pictures and sound in the clip are the camera's own encoded frames, not a new
 * encoding of them. The price is that a copy can begin only at a keyframe (cameras put one every
 * second or two), so a clip may begin a little before the requested start; the cut reports where it
 * really begins and ends, for the disclosure to state. The clip is stored by its own SHA-256 like
 * an original, and the same cut (with the same ffmpeg) gives the same bytes.
 *
 * <p>Boundaries, one per job: {@code Cases} (cases, exhibits, notes), {@code Clips} (derived
 * copies), {@code PackageBuilds} (asking for a package and following its build), {@code
 * PackageBuildWorker} (building them in the background, one at a time), {@code DisclosurePackages}
 * (the packages kept: download, revoke, expiry), {@code DisclosureLog} (the log and verification)
 * and the hourly {@code DisclosureHousekeeping}. The ZIP is written between the plan and the record
 * by {@code evidence-reports}, which has the report pipeline, through {@code PackageWriting}.
 */
package uk.council.evidence.casework;
