package uk.council.evidence.casework.entity;

import jakarta.ejb.ApplicationException;

/**
 * The case does not exist, or this person may not see it. The two are not told apart, so that
 * nobody learns which cases exist by trying numbers.
 */
@ApplicationException(rollback = false)
public class CaseNotVisible extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CaseNotVisible(long id) {
    super("There is no case " + id + " that you may see.");
  }
}
