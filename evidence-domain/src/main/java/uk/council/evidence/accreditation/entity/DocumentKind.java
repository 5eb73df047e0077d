package uk.council.evidence.accreditation.entity;

/** The kinds of governance document the review draws on. */
public enum DocumentKind {
  DPIA("Data protection impact assessment"),
  POLICY("Policy"),
  PROCEDURE("Procedure"),
  PRIVACY_NOTICE("Privacy notice");

  private final String title;

  DocumentKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
