package uk.council.evidence.accreditation.entity;

/** What a review of openness (principle 3) looked at. */
public enum NoticeSubject {
  SIGNAGE("Signs and camera badges"),
  PRIVACY_NOTICE("Privacy notice"),
  ANNOUNCEMENT("What wearers say when they start recording");

  private final String title;

  NoticeSubject(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
