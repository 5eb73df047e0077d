package uk.council.evidence.casework.entity;

/** What happened, in the words councils and the police use for body-worn video cases. */
public enum CaseType {
  ASSAULT_ON_STAFF("Assault on staff"),
  THREATS_OR_ABUSE("Threats or abuse"),
  FLY_TIPPING("Fly-tipping"),
  PARKING_DISPUTE("Parking dispute"),
  ANTI_SOCIAL_BEHAVIOUR("Anti-social behaviour"),
  OTHER("Other");

  private final String title;

  CaseType(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
