package uk.council.evidence.accreditation.entity;

/** What a review of signs, badges, the privacy notice or announcements found. */
public enum NoticeOutcome {
  ADEQUATE("Adequate"),
  CHANGES_NEEDED("Changes needed");

  private final String title;

  NoticeOutcome(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
