package uk.council.evidence.footage.entity;

import jakarta.ejb.ApplicationException;

/** A dock asked to cancel an upload another dock started: only that dock may. A 403. */
@ApplicationException(rollback = true)
public class NotYourUpload extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotYourUpload(String uploadId, String startedBy) {
    super(
        "Only the dock that started upload "
            + uploadId
            + " ("
            + startedBy
            + ") may cancel it; it may be continued from any dock.");
  }
}
