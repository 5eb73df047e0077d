package uk.council.evidence.casework.entity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What was written into a package's ZIP, for the record: every file in it with its SHA-256 and
 * size, and the SHA-256 and size of the ZIP itself.
 *
 * @param files every file in the package, footage, continuity statements and the two lists
 * @param sha256 the ZIP's own SHA-256, the one the council gives the recipient
 * @param size the ZIP's size in bytes
 */
public record PackageContents(List<File> files, String sha256, long size) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public PackageContents {
    files = List.copyOf(files);
    if (!SHA256.matcher(sha256).matches() || size <= 0) {
      throw new IllegalArgumentException("A package needs its SHA-256 and size: " + sha256);
    }
  }

  /**
   * One file written into a package.
   *
   * @param path where it is in the package
   * @param exhibitId the exhibit it is or is about, or null (a request's footage, the lists)
   * @param recordingId the recording it is a copy of or is about, or null for the lists
   * @param clipId the clip it is, or null
   */
  public record File(
      String path,
      DisclosureFile.Kind kind,
      Long exhibitId,
      Long recordingId,
      Long clipId,
      String sha256,
      long size) {}
}
