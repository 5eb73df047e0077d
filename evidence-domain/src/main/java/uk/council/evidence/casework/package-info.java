/**
 * Casework: incidents taken further as cases, the recordings in them as exhibits, clips cut for
 * disclosure, and disclosure packages to the police and the CPS. An exhibit keeps its recording
 * with an evidence hold; a disclosure package is a ZIP whose every file is listed with its SHA-256
 * and whose continuity statements come from the audit log.
 *
 * <p>A clip is a working copy of part of a recording, never a change to it: {@link
 * uk.council.evidence.casework.control.ClipCutter} copies the range into a new file without
 * re-encoding, so the pictures and sound in the clip are the camera's own encoded frames, not a new
 * encoding of them. The price is that a copy can begin only at a keyframe (cameras put one every
 * second or two), so a clip may begin a little before the requested start; the cut reports where it
 * really begins and ends, for the disclosure to state. The clip is stored by its own SHA-256 like
 * an original, and the same cut (with the same ffmpeg) gives the same bytes.
 *
 * <p>Built so far: the rules of case details, exhibit references and clip ranges, and cutting a
 * clip. Cases, exhibits, which recording each clip came from, and packages follow (issue 5).
 */
package uk.council.evidence.casework;
