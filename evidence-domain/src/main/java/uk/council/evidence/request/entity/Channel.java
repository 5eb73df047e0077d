package uk.council.evidence.request.entity;

/** How a request arrived. */
public enum Channel {
  LETTER("Letter"),
  EMAIL("E-mail"),
  WEB_FORM("The council's web form"),
  IN_PERSON("In person");

  private final String title;

  Channel(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
