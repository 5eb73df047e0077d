package uk.council.evidence.request.entity;

/** What the data protection officer decided to do with a track. */
public enum TrackAction {
  BLUR("Blur"),
  KEEP("Keep visible (the requester)"),
  REMOVE("Not something to blur: leave out");

  private final String title;

  TrackAction(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
