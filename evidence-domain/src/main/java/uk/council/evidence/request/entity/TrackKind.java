package uk.council.evidence.request.entity;

/** What a track follows: how it was found, and what the redaction statement calls it. */
public enum TrackKind {
  FACE("Face, found automatically"),
  PLATE("Number plate"),
  DRAWN("Drawn by hand");

  private final String title;

  TrackKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
