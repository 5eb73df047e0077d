package uk.council.evidence.request.entity;

/** How a reply was sent. */
public enum Delivery {
  POST("By post"),
  EMAIL("By e-mail"),
  SECURE_DOWNLOAD("As a secure download"),
  IN_PERSON("Handed over in person");

  private final String title;

  Delivery(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public String getTitle() {
    return title;
  }
}
