package uk.council.evidence.footage.control;

import uk.council.evidence.footage.entity.UploadStatus;

/**
 * The answer to one chunk of a resumable upload.
 *
 * @param accepted false if the chunk did not start where the upload stands, in which case nothing
 *     was read or changed and the dock continues from {@code upload.received()}
 * @param upload where the upload stands now
 */
public record ChunkReceipt(boolean accepted, UploadStatus upload) {}
