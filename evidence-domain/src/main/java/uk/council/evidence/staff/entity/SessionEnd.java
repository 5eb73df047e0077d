package uk.council.evidence.staff.entity;

/** Why a signed-in session ended. Stored by name: never rename a constant, only add. */
public enum SessionEnd {
  SIGNED_OUT("signed out"),
  ENDED_BY_PERSON("signed out by the person from another session"),
  IDLE("idle for longer than the limit"),
  LIFETIME("open for longer than the session lifetime"),
  ACCOUNT_DISABLED("account disabled"),
  PASSWORD_RESET("password reset"),
  REPLACED("signed in again in the same browser"),
  PASSWORD_CHANGED("password changed in another session"),
  LOCKED("locked after wrong passwords");

  private final String description;

  SessionEnd(String description) {
    this.description = description;
  }

  /** As the audit log and the person read it, e.g. "account disabled". */
  public String description() {
    return description;
  }
}
