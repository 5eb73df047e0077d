package uk.council.evidence.footage.entity;

import jakarta.ejb.ApplicationException;

/**
 * The footage store could not do its part for a reason that is the server's, not the uploader's: a
 * read-only or missing mount, a permission, a failing disk. Nothing half-stored is left behind.
 */
// An application exception, so that the boundary's caller sees this type, not an EJBException.
@ApplicationException(rollback = true)
public class StorageFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StorageFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
