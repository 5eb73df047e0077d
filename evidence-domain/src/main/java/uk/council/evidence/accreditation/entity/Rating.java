package uk.council.evidence.accreditation.entity;

/** How well the council meets a principle, in the self-assessment's red, amber and green. */
public enum Rating {
  RED("Red", "not met: action needed"),
  AMBER("Amber", "partly met: improvements planned"),
  GREEN("Green", "met");

  private final String label;
  private final String meaning;

  Rating(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  public String label() {
    return label;
  }

  /** What the rating says, for the form's hint and the report's key. */
  public String meaning() {
    return meaning;
  }
}
