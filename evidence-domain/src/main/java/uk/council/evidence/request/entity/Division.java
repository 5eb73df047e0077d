package uk.council.evidence.request.entity;

/** The parts of the UK that GOV.UK publishes bank holidays for, named as GOV.UK names them. */
public enum Division {
  ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
  SCOTLAND("scotland", "Scotland"),
  NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

  private final String key;
  private final String title;

  Division(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /** GOV.UK's name for it in {@code bank-holidays.json}. */
  public String key() {
    return key;
  }

  public String title() {
    return title;
  }

  /** The division GOV.UK calls {@code key}. */
  public static Division ofKey(String key) {
    for (Division d : values()) {
      if (d.key.equals(key)) {
        return d;
      }
    }
    throw new IllegalArgumentException("Not a GOV.UK bank-holiday division: " + key);
  }
}
