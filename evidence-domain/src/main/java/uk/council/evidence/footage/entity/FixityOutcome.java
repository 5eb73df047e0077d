package uk.council.evidence.footage.entity;

/** What re-hashing a stored original found. */
public enum FixityOutcome {
  /** The file is there and its SHA-256 is the one recorded when it arrived. */
  INTACT,
  /** The file is there but its bytes are not the ones that arrived. */
  ALTERED,
  /** The file is not there. */
  MISSING;

  public boolean failed() {
    return this != INTACT;
  }
}
