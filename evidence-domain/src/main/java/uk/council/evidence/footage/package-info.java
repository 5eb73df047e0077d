/**
 * Footage: recordings as they arrive from docks, and the bytes behind them.
 *
 * <h2>Storage layout</h2>
 *
 * <p>{@link uk.council.evidence.footage.control.FootageStore} keeps everything under one configured
 * root ({@code evidence.storage.root}), which must be a single filesystem so that every move into
 * place is an atomic rename:
 *
 * <pre>
 * originals/ab/cd/abcd…(64 hex).mp4   the recordings, read-only, never modified
 * thumbnails/ab/cd/abcd….jpg          derived, may be replaced
 * clips/ab/cd/abcd….mp4               clips cut from originals for disclosure, read-only, named by
 *                                     their own SHA-256
 * incoming/&lt;server&gt;/            one-request uploads and work files (clips being cut) while
 *                                     they are checked
 * partial/&lt;sha256&gt;.part, .properties  resumable uploads between their requests
 * </pre>
 *
 * <p>Originals are <em>content-addressed</em>: the file name is the SHA-256 of the bytes, which is
 * also the recording's storage key. The same bytes are therefore stored once, re-uploading after a
 * lost response finds them already there, and a fixity check needs nothing but the file and its
 * name. The two levels of two hexadecimal characters give 65,536 leaf directories, filled evenly
 * because SHA-256 is uniform: a million recordings are about 15 files per directory, a hundred
 * million about 1,500, where one flat directory would slow every lookup, listing and backup.
 *
 * <p>Every upload is written to a temporary file while it is hashed in the same pass (64 KiB
 * blocks, so memory stays flat for any file size), checked (declared SHA-256, {@linkplain
 * uk.council.evidence.footage.control.Mp4Signature MP4 structure}, probe, thumbnail), flushed to
 * disk, made read-only and renamed into {@code originals/}; only then is the recording committed to
 * the database. A failure at any step removes the temporary file. A server stopped part-way leaves
 * at most a file in {@code incoming/}, removed at start-up by {@code cleanIncoming}; if it stopped
 * after the rename but before the database commit, the original exists without a recording, and the
 * dock's retry of the same bytes completes the recording against it.
 *
 * <p>A clip is a new file, never a change to its original: ffmpeg copies part of the original into
 * a work file in {@code incoming/} (reading the original, which is read-only, and never writing to
 * it), the work file is hashed, flushed, made read-only and renamed into {@code clips/} exactly as
 * an upload becomes an original. The copy is made without re-encoding, so the clip's pictures and
 * sound are the camera's own encoded frames; the price is that a clip can begin only at a keyframe,
 * at or before the requested start, and {@link uk.council.evidence.footage.control.MediaTools#cut}
 * reports where in the recording the clip really begins and ends. Picture and sound tracks are
 * copied, data tracks (timecode, telemetry) are not, and no timecode is written: the original's
 * would be wrong for a clip that starts later. The same cut of the same original with the same
 * ffmpeg gives the same bytes (ffmpeg runs with its bit-exact flags and copies the camera's
 * creation time rather than writing the time of the cut), so a clip is content-addressed like an
 * original and cutting it again finds it already stored; another ffmpeg version may lay the file
 * out differently and so store a second, equally valid clip.
 *
 * <h2>Resumable uploads</h2>
 *
 * <p>Modelled on tus.io (creation, offset, termination), so a dock that lost its connection sends
 * only what did not arrive. {@link uk.council.evidence.footage.control.PartialUploads} does the
 * storage side:
 *
 * <ol>
 *   <li><b>Start</b>: the dock declares the file's SHA-256 and size (and the camera serial and
 *       recorded times, kept as details). The upload id is the declared SHA-256, so starting again
 *       after the dock forgot its id returns the same upload and how much of it has arrived.
 *   <li><b>Status</b>: the offset, i.e. the bytes held. The dock asks after any failure.
 *   <li><b>Append</b> a chunk at an offset: accepted only if the offset is the bytes held;
 *       otherwise nothing changes and the answer carries the offset to continue from. A chunk cut
 *       off by a lost connection keeps what arrived. A chunk that would pass the declared size is
 *       dropped whole.
 *   <li><b>Finish</b>, once all bytes are held: the SHA-256 is compared with the declaration (a
 *       mismatch removes the upload; the dock starts over), and the file becomes a staged upload
 *       that goes through the same checks and commit as a one-request upload.
 *   <li><b>Abort</b> removes an upload; uploads idle for days are removed by {@code
 *       cleanAbandoned}.
 * </ol>
 *
 * <p>The running SHA-256 is kept in memory between chunks. A digest's state cannot be saved, so
 * after a restart the part file is read once to rebuild it; a resumption costs one read of what had
 * arrived.
 */
package uk.council.evidence.footage;
