package uk.council.evidence.request.entity;

/**
 * Police ranks in England and Wales, lowest first. A police request for personal data under DPA
 * 2018 Sch. 2 para 2 is usually authorised by an inspector or above (the forms police forces use,
 * and the ICO's guidance on sharing with the police, expect a senior officer's authority).
 */
public enum PoliceRank {
  CONSTABLE("Constable"),
  SERGEANT("Sergeant"),
  INSPECTOR("Inspector"),
  CHIEF_INSPECTOR("Chief Inspector"),
  SUPERINTENDENT("Superintendent"),
  CHIEF_SUPERINTENDENT("Chief Superintendent"),
  ASSISTANT_CHIEF_CONSTABLE("Assistant Chief Constable"),
  DEPUTY_CHIEF_CONSTABLE("Deputy Chief Constable"),
  CHIEF_CONSTABLE("Chief Constable");

  private final String title;

  PoliceRank(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public String getTitle() {
    return title;
  }

  /** Whether an officer of this rank may authorise a request: inspector or above. */
  public boolean mayAuthorise() {
    return compareTo(INSPECTOR) >= 0;
  }
}
