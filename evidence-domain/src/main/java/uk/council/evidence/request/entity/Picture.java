package uk.council.evidence.request.entity;

/**
 * One frame of a recording as pixels: {@code width × height} pixels, three bytes each (blue, green,
 * red), row by row from the top left.
 *
 * @param ms when the frame is shown, in milliseconds from the recording's start
 */
public record Picture(long ms, int width, int height, byte[] bgr) {

  public Picture {
    if (width <= 0 || height <= 0 || bgr.length != width * height * 3) {
      throw new IllegalArgumentException(
          "A picture of " + width + "x" + height + " needs " + width * height * 3 + " bytes");
    }
  }
}
