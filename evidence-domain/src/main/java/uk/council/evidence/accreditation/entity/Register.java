package uk.council.evidence.accreditation.entity;

/** The registers the annual review draws on, each with the key its page is known by. */
public enum Register {
  DOCUMENTS("documents", "Governance documents"),
  PURPOSES("purposes", "Purposes of use"),
  AGREEMENTS("agreements", "Data-sharing agreements"),
  NOTICE_REVIEWS("notices", "Signage and notice reviews"),
  TRAINING("training", "Training");

  private final String key;
  private final String title;

  Register(String key, String title) {
    this.key = key;
    this.title = title;
  }

  public String key() {
    return key;
  }

  public String title() {
    return title;
  }
}
