package uk.council.evidence.casework.entity;

/** Where a case stands. Closing it releases its exhibits' evidence holds, after confirmation. */
public enum CaseStatus {
  OPEN("Open"),
  WITH_POLICE("With the police"),
  WITH_CPS("With the CPS"),
  CLOSED("Closed");

  private final String title;

  CaseStatus(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
