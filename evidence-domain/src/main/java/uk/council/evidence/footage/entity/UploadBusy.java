package uk.council.evidence.footage.entity;

import jakarta.ejb.ApplicationException;

/**
 * Another request is writing to the same resumable upload, typically the dock's earlier attempt
 * whose connection has not yet timed out. The dock should wait and ask for the offset again.
 */
@ApplicationException(rollback = true)
public class UploadBusy extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UploadBusy(String uploadId) {
    super(
        "Upload "
            + uploadId
            + " is being written by another request; wait for it to finish or time out, then ask"
            + " for the offset again.");
  }
}
