package uk.council.evidence.footage.entity;

import jakarta.ejb.ApplicationException;

/**
 * The recording does not exist, or this person may not see it (or its pictures). The two are not
 * told apart, so that nobody learns which recordings exist by trying numbers.
 */
@ApplicationException(rollback = false)
public class FootageNotVisible extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FootageNotVisible(long id) {
    super("There is no recording " + id + " that you may see.");
  }
}
