package uk.council.evidence.casework.entity;

/** Who a disclosure package is for. */
public enum RecipientKind {
  POLICE("Police"),
  CPS("Crown Prosecution Service");

  private final String title;

  RecipientKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
