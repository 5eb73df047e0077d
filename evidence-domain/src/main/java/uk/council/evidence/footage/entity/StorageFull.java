package uk.council.evidence.footage.entity;

/**
 * The footage store ran out of space (or quota). What had been written of the upload was removed;
 * the dock can send it again once space has been freed.
 */
public class StorageFull extends StorageFailure {

  private static final long serialVersionUID = 1L;

  public StorageFull(String message, Throwable cause) {
    super(message, cause);
  }
}
