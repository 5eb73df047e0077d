package uk.council.evidence.audit.entity;

import jakarta.ejb.ApplicationException;

/** The caller may not read this thing's audit trail (or there is no such thing). */
@ApplicationException(rollback = false)
public class TrailNotVisible extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TrailNotVisible(String targetType, String targetId) {
    super("There is no " + targetType + " " + targetId + " whose history you may read.");
  }
}
