package uk.council.evidence.footage.entity;

import uk.council.evidence.platform.entity.InvalidInput;

/**
 * The bytes that arrived do not have the SHA-256 the dock declared: they were changed or cut short
 * on the way. Nothing was stored; the dock should send the file again.
 */
public class HashMismatch extends InvalidInput {

  private static final long serialVersionUID = 1L;

  private final StorageKey declared;
  private final StorageKey received;

  public HashMismatch(StorageKey declared, StorageKey received, long bytes) {
    super(
        "sha256",
        "The file did not arrive intact: the dock declared SHA-256 "
            + declared
            + " but the "
            + bytes
            + " bytes received hash to "
            + received
            + ". Nothing was stored; send the file again.");
    this.declared = declared;
    this.received = received;
  }

  public StorageKey declared() {
    return declared;
  }

  public StorageKey received() {
    return received;
  }
}
