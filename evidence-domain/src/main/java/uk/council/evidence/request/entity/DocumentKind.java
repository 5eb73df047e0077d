package uk.council.evidence.request.entity;

/** What a document that came with a request is. */
public enum DocumentKind {
  LETTER("The request itself"),
  IDENTITY("Proof of identity"),
  AUTHORITY("A third party's authority"),
  OTHER("Something else");

  private final String title;

  DocumentKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public String getTitle() {
    return title;
  }
}
