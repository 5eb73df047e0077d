package uk.council.evidence.request.entity;

/**
 * Who is asking. A third-party request names which kind of third party; the police's are shared
 * with evidence officers.
 */
public enum RequesterKind {
  PERSON("Member of the public"),
  POLICE("Police"),
  INSURER("Insurer"),
  SOLICITOR("Solicitor"),
  OTHER("Other organisation");

  private final String title;

  RequesterKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public String getTitle() {
    return title;
  }

  /** Whether a request of this kind may come from this kind of requester. */
  public boolean mayMake(RequestKind kind) {
    return switch (kind) {
      case SUBJECT_ACCESS -> this == PERSON || this == SOLICITOR;
      case FOI -> true;
      case THIRD_PARTY -> this != PERSON;
    };
  }
}
