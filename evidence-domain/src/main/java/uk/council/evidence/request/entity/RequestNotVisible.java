package uk.council.evidence.request.entity;

import jakarta.ejb.ApplicationException;

/**
 * The request does not exist, or this person may not see it. The two are not told apart, so that
 * nobody learns which requests exist by trying numbers.
 */
@ApplicationException(rollback = false)
public class RequestNotVisible extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RequestNotVisible(long id) {
    super("There is no request " + id + " that you may see.");
  }
}
