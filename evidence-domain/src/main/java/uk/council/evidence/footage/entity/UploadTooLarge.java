package uk.council.evidence.footage.entity;

import java.util.Locale;
import uk.council.evidence.platform.entity.InvalidInput;

/** An upload larger than the configured maximum, or larger than the size the dock declared. */
public class UploadTooLarge extends InvalidInput {

  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  public UploadTooLarge(String message, long limitBytes) {
    super("file", message);
    this.limitBytes = limitBytes;
  }

  /** The limit that was passed, in bytes. */
  public long limitBytes() {
    return limitBytes;
  }

  /** For messages: "4.0 GiB (4294967296 bytes)". */
  public static String describe(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s (%d bytes)", value, units[unit], bytes);
  }
}
