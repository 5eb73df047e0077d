package uk.council.evidence.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A copy of GOV.UK's bank-holidays.json an administrator loaded; the latest one is used. */
@Entity
@Table(name = "bank_holiday_file")
public class BankHolidayFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String sha256;

  @Column(name = "published_to", updatable = false)
  private int publishedTo;

  @Column(updatable = false)
  private String body;

  @Column(name = "loaded_by", updatable = false)
  private String loadedBy;

  @Column(name = "loaded_at", updatable = false)
  private Instant loadedAt;

  protected BankHolidayFile() {}

  public BankHolidayFile(
      String sha256, int publishedTo, String body, String loadedBy, Instant loadedAt) {
    this.sha256 = sha256;
    this.publishedTo = publishedTo;
    this.body = body;
    this.loadedBy = loadedBy;
    this.loadedAt = loadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getSha256() {
    return sha256;
  }

  public int getPublishedTo() {
    return publishedTo;
  }

  public String getBody() {
    return body;
  }

  public String getLoadedBy() {
    return loadedBy;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }
}
