package uk.council.evidence.casework.entity;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the ZIP of a planned package: each item's footage, hashed as it is copied in and checked
 * against the SHA-256 the council recorded for it, its signed continuity statement, the manifest
 * and the checksums. The report pipeline, above casework, implements it ({@code evidence-reports});
 * until it is deployed no package is built.
 */
public interface PackageWriting {

  /**
   * Writes the package to {@code work} and forces it to disk.
   *
   * @param producedBy the username of whoever asked for it, as the statements name them
   * @param progress told how much footage has been copied in, of how much, now and then
   * @return every file written with its SHA-256, and the ZIP's own
   * @throws IllegalStateException saying why, if it cannot be written: a stored file no longer
   *     matches its SHA-256, the signing key or the report templates are missing; what was written
   *     must then be thrown away
   */
  PackageContents write(PackagePlan plan, Path work, String producedBy, Progress progress)
      throws IOException;

  /** How far a package is. */
  @FunctionalInterface
  interface Progress {
    void at(long doneBytes, long ofBytes);
  }
}
