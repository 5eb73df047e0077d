package uk.council.evidence.request.entity;

/** Why something is blurred or muted, as the disclosure statement gives it. */
public enum RedactionReason {
  THIRD_PARTY("Another person"),
  VEHICLE("A vehicle or its number plate"),
  SCREEN_OR_DOCUMENT("A screen or a document"),
  OTHER("Other");

  private final String title;

  RedactionReason(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
