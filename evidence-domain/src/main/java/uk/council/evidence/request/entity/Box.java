package uk.council.evidence.request.entity;

/**
 * A rectangle on a recording's picture, in its pixels: {@code x} and {@code y} are the top left
 * corner. A box to blur, a face found, a box a data protection officer drew.
 */
public record Box(int x, int y, int width, int height) {

  public Box {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "A box needs a width and a height: " + width + "x" + height);
    }
  }

  public long area() {
    return (long) width * height;
  }

  public int right() {
    return x + width;
  }

  public int bottom() {
    return y + height;
  }

  /** The area this box and {@code other} share, in pixels; 0 if they do not meet. */
  public long overlap(Box other) {
    long w = Math.min(right(), other.right()) - Math.max(x, other.x);
    long h = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
    return w > 0 && h > 0 ? w * h : 0;
  }

  /** Intersection over union: 1 for the same box, 0 for boxes that do not meet. */
  public double iou(Box other) {
    long shared = overlap(other);
    return shared == 0 ? 0 : (double) shared / (area() + other.area() - shared);
  }

  /** How much of {@code other} this box covers, from 0 to 1. */
  public double covers(Box other) {
    return (double) overlap(other) / other.area();
  }

  /** The distance between the two boxes' centres, in pixels. */
  public double centreDistance(Box other) {
    return Math.hypot(
        (x + width / 2.0) - (other.x + other.width / 2.0),
        (y + height / 2.0) - (other.y + other.height / 2.0));
  }

  /**
   * The box grown by {@code fraction} of its width on the left and on the right and of its height
   * above and below, then kept within a picture of {@code frameWidth} by {@code frameHeight}.
   */
  public Box padded(double fraction, int frameWidth, int frameHeight) {
    int dx = (int) Math.ceil(width * fraction);
    int dy = (int) Math.ceil(height * fraction);
    return new Box(x - dx, y - dy, width + 2 * dx, height + 2 * dy).within(frameWidth, frameHeight);
  }

  /**
   * The part of this box within a picture of {@code frameWidth} by {@code frameHeight}.
   *
   * @throws IllegalArgumentException if none of it is
   */
  public Box within(int frameWidth, int frameHeight) {
    int left = Math.max(0, x);
    int top = Math.max(0, y);
    int r = Math.min(frameWidth, right());
    int b = Math.min(frameHeight, bottom());
    return new Box(left, top, r - left, b - top);
  }

  /** The box {@code f} of the way from this one to {@code to} (0: this, 1: {@code to}). */
  public Box towards(Box to, double f) {
    return new Box(
        (int) Math.round(x + (to.x - x) * f),
        (int) Math.round(y + (to.y - y) * f),
        Math.max(1, (int) Math.round(width + (to.width - width) * f)),
        Math.max(1, (int) Math.round(height + (to.height - height) * f)));
  }

  /** The box as the same part of a picture {@code scale} times as large. */
  public Box scaled(double scale) {
    return new Box(
        (int) Math.floor(x * scale),
        (int) Math.floor(y * scale),
        Math.max(1, (int) Math.ceil(width * scale)),
        Math.max(1, (int) Math.ceil(height * scale)));
  }
}
