package uk.council.evidence.footage.entity;

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

/** A note on a recording: what someone wants others to know about it. Never edited or removed. */
@Entity
@Table(name = "recording_note")
public class RecordingNote {

  /** The longest note, in characters. */
  public static final int MAX_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recording_id", updatable = false)
  private long recordingId;

  @Column(updatable = false)
  private String author;

  @Column(updatable = false)
  private String body;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected RecordingNote() {}

  public RecordingNote(long recordingId, String author, String body, Instant createdAt) {
    this.recordingId = recordingId;
    this.author = author;
    this.body = check(body);
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
  }

  /** The note's text, trimmed: not empty and not too long. */
  public static String check(String body) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw new InvalidInput("note", "Enter the note.");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInput(
          "note",
          "The note must be " + MAX_LENGTH + " characters or fewer; it is " + text.length() + ".");
    }
    return text;
  }

  public Long getId() {
    return id;
  }

  public long getRecordingId() {
    return recordingId;
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
