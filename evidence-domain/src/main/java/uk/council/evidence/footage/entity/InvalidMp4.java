package uk.council.evidence.footage.entity;

import uk.council.evidence.platform.entity.InvalidInput;

/**
 * The file is not a complete MP4 (ISO base media file): not one at all, or one cut short. The
 * message says which box is wrong and where.
 */
public class InvalidMp4 extends InvalidInput {

  private static final long serialVersionUID = 1L;

  public InvalidMp4(String message) {
    super("file", message);
  }
}
