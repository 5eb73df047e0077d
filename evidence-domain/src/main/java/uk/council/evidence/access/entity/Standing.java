package uk.council.evidence.access.entity;

/**
 * How a person stands towards a recording, case or anything else the policy guards. A thing can be
 * both one's own and one's team's; anything else is {@link #OTHER}.
 */
public enum Standing {
  /** They wore the camera, or their footage is an exhibit in the case. */
  OWN("own"),
  /**
   * It belongs to their service area, or it is pooled footage with no wearer and no area yet, which
   * every supervisor may claim for their team.
   */
  TEAM("own service area"),
  /** Anyone else's, anywhere. */
  OTHER("other");

  private final String title;

  Standing(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
