package uk.council.evidence.footage.entity;

import uk.council.evidence.platform.entity.InvalidInput;

/**
 * No resumable upload with this id is in progress: it was never started, it was finished or
 * abandoned, or it was removed after a failed hash check. The dock starts a new one.
 */
public class UnknownUpload extends InvalidInput {

  private static final long serialVersionUID = 1L;

  public UnknownUpload(String uploadId) {
    super(
        "uploadId",
        "No upload "
            + (uploadId == null || uploadId.length() > 80 ? "with that id" : "'" + uploadId + "'")
            + " is in progress; start a new upload.");
  }
}
