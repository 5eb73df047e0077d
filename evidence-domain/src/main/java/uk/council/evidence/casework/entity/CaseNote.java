package uk.council.evidence.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.council.evidence.platform.entity.Note;

/** A note on a case: a call from the police, a decision, a date. Never edited or removed. */
@Entity
@Table(name = "case_note")
public class CaseNote extends Note {

  /** The longest note, in characters. */
  public static final int MAX_LENGTH = 2000;

  @Column(name = "case_id", updatable = false)
  private long caseId;

  protected CaseNote() {}

  public CaseNote(long caseId, String author, String body, Instant now) {
    super(author, body, MAX_LENGTH, now);
    this.caseId = caseId;
  }

  public long getCaseId() {
    return caseId;
  }
}
