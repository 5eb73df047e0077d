package uk.council.evidence.casework.entity;

import java.util.List;

/**
 * What the council recorded about a file someone holds, found by its SHA-256: the packages it was
 * disclosed in (or the package it is), and the exhibit it belongs to. Empty when the council never
 * disclosed those bytes, and nothing more: the page is public, and must not list what was disclosed
 * to someone who holds none of it, nor confirm a guessed file name.
 */
public record Verification(String sha256, List<Match> matches, boolean wholePackage) {

  /**
   * One disclosed file that matches.
   *
   * @param sourceReference the case's or request's reference, as the package named it
   * @param path where it is in its package
   * @param exhibitReference the exhibit it is or belongs to, or null for the package's lists
   */
  public record Match(
      DisclosurePackage disclosurePackage,
      String sourceReference,
      String path,
      String exhibitReference,
      DisclosureFile.Kind kind,
      String sha256) {}

  public boolean matched() {
    return !matches.isEmpty();
  }
}
