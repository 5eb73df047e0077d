package uk.council.evidence.footage.boundary;

import uk.council.evidence.footage.entity.Recording;

/**
 * What an upload came to.
 *
 * @param recording the recording the bytes belong to
 * @param created false if the same bytes had been uploaded before (the upload was idempotent)
 */
public record Upload(Recording recording, boolean created) {}
