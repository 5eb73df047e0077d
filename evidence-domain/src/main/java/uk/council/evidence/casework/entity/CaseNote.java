package uk.council.evidence.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import uk.council.evidence.platform.entity.InvalidInput;

/** A note on a case: a call from the police, a decision, a date. Never edited or removed. */
@Entity
@Table(name = "case_note")
public class CaseNote {

  /** The longest note, in characters. */
  public static final int MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", updatable = false)
  private long caseId;

  @Column(updatable = false)
  private String author;

  @Column(updatable = false)
  private String body;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected CaseNote() {}

  public CaseNote(long caseId, String author, String body, Instant now) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw new InvalidInput("note", "Enter the note.");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInput(
          "note",
          "The note must be " + MAX_LENGTH + " characters or fewer; it is " + text.length() + ".");
    }
    this.caseId = caseId;
    this.author = author;
    this.body = text;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }
}
