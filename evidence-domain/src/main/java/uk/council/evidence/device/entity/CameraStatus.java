package uk.council.evidence.device.entity;

/** Where a camera is in its life. */
public enum CameraStatus {
  IN_SERVICE("In service"),
  REPAIR("Away for repair"),
  RETIRED("Retired");

  private final String title;

  CameraStatus(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
