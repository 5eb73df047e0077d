package uk.council.evidence.request.entity;

/** The letters a request's page produces. */
public enum LetterKind {
  ACKNOWLEDGEMENT("Acknowledgement"),
  CLARIFICATION("Request for clarification"),
  EXTENSION("Extension"),
  REPLY("Reply");

  private final String title;

  LetterKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public String getTitle() {
    return title;
  }
}
