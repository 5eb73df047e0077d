package uk.council.evidence.footage.entity;

import uk.council.evidence.platform.entity.InvalidInput;

/**
 * The file is a well-formed MP4 but not a video anyone could play: ffprobe cannot read it, or it
 * holds no video stream.
 */
public class UnplayableVideo extends InvalidInput {

  private static final long serialVersionUID = 1L;

  public UnplayableVideo(String message) {
    super("file", message);
  }
}
