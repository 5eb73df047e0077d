package uk.council.evidence.request.entity;

/** What the data protection officer made of a recording found for a request. */
public enum Verdict {
  UNDECIDED("Not yet decided"),
  MATCHING("Shows what was asked for"),
  NOT_MATCHING("Does not show it");

  private final String title;

  Verdict(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public String getTitle() {
    return title;
  }
}
