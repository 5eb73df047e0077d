package uk.council.evidence.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A note someone wrote on something (a recording, a case): who, when and what. Never edited or
 * removed. Each component keeps its notes in its own table, with its own subclass saying what they
 * are about.
 */
@MappedSuperclass
public abstract class Note {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String author;

  @Column(updatable = false)
  private String body;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected Note() {}

  protected Note(String author, String body, int maxLength, Instant createdAt) {
    this.author = author;
    this.body = check(body, maxLength);
    this.createdAt = createdAt;
  }

  /** The note's text, trimmed: not empty and at most {@code maxLength} characters. */
  public static String check(String body, int maxLength) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw new InvalidInput("note", "Enter the note.");
    }
    if (text.length() > maxLength) {
      throw new InvalidInput(
          "note",
          "The note must be " + maxLength + " characters or fewer; it is " + text.length() + ".");
    }
    return text;
  }

  public Long getId() {
    return id;
  }

  public String getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
