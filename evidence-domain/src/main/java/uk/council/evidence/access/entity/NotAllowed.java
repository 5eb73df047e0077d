package uk.council.evidence.access.entity;

import jakarta.ejb.ApplicationException;

/** The access policy refuses the caller this action: a 403 for the person, never a 500. */
@ApplicationException(rollback = true)
public class NotAllowed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotAllowed(Action action) {
    super("You may not " + action.title() + ".");
  }
}
