package uk.council.evidence.footage.boundary;

import uk.council.evidence.footage.entity.UploadStatus;

/**
 * The answer to a step of a resumable upload: still under way (with how much has arrived), a chunk
 * refused because it did not start where the upload stands, or finished as a recording.
 *
 * @param status where the upload stands; null once finished
 * @param accepted false if the last chunk started at the wrong offset and was not read
 * @param upload the recording, once the whole file has arrived and been stored; else null
 */
public record ResumableUpload(UploadStatus status, boolean accepted, Upload upload) {

  static ResumableUpload underWay(UploadStatus status) {
    return new ResumableUpload(status, true, null);
  }

  static ResumableUpload conflict(UploadStatus status) {
    return new ResumableUpload(status, false, null);
  }

  static ResumableUpload finished(Upload upload) {
    return new ResumableUpload(null, true, upload);
  }

  public boolean isFinished() {
    return upload != null;
  }
}
