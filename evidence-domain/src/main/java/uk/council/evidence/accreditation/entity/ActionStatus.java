package uk.council.evidence.accreditation.entity;

/** Where an action of the plan stands; done and dropped actions are closed. */
public enum ActionStatus {
  OPEN("Not started"),
  IN_PROGRESS("In progress"),
  DONE("Done"),
  DROPPED("Dropped");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean closed() {
    return this == DONE || this == DROPPED;
  }
}
