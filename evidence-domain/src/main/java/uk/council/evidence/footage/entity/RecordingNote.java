package uk.council.evidence.footage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.council.evidence.platform.entity.Note;

/** A note on a recording: what someone wants others to know about it. Never edited or removed. */
@Entity
@Table(name = "recording_note")
public class RecordingNote extends Note {

  /** The longest note, in characters. */
  public static final int MAX_LENGTH = 4000;

  @Column(name = "recording_id", updatable = false)
  private long recordingId;

  protected RecordingNote() {}

  public RecordingNote(long recordingId, String author, String body, Instant createdAt) {
    super(author, body, MAX_LENGTH, createdAt);
    this.recordingId = recordingId;
  }

  /** The note's text, trimmed: not empty and not too long. */
  public static String check(String body) {
    return check(body, MAX_LENGTH);
  }

  public long getRecordingId() {
    return recordingId;
  }
}
