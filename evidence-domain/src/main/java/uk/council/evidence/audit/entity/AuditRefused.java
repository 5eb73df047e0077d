package uk.council.evidence.audit.entity;

import jakarta.ejb.ApplicationException;

/** The caller may not read this part of the audit log (or there is no such thing). */
@ApplicationException(rollback = false)
public class AuditRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AuditRefused(String message) {
    super(message);
  }

  /** A refusal of one thing's trail. */
  public static AuditRefused trail(String targetType, String targetId) {
    return new AuditRefused(
        "There is no " + targetType + " " + targetId + " whose history you may read.");
  }

  /** A refusal of the whole log. */
  public static AuditRefused wholeLog() {
    return new AuditRefused("You may not read the audit log.");
  }
}
