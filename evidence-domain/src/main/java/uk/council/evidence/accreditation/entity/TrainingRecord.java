package uk.council.evidence.accreditation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A course a member of staff completed, and until when it counts (none: it does not expire). Never
 * changed: a refresher is a new record.
 */
@Entity
@Table(name = "training_record")
public class TrainingRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private String username;

  @Column(updatable = false)
  private String course;

  @Column(name = "completed_on", updatable = false)
  private LocalDate completedOn;

  @Column(name = "expires_on", updatable = false)
  private LocalDate expiresOn;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  protected TrainingRecord() {}

  /** A course completed, as its form or a line of a file gave it, every field as typed. */
  public record Form(String username, String course, String completed, String expires) {}

  /**
   * A record as typed or read from a file; whether the username is a staff account is for the
   * caller, who knows the accounts.
   *
   * @throws InvalidInput naming every field that is missing, too long or not a date, a completion
   *     in the future, and an expiry not after the completion
   */
  public TrainingRecord(Form form, String by, Instant now, LocalDate today) {
    var check = new InputCheck();
    String who =
        Typed.text(
            check, "username", form.username(), 64, "Enter the person's username in BWV Evidence.");
    String what =
        Typed.text(check, "course", form.course(), 200, "Enter the course, up to 200 characters.");
    LocalDate done = check.day("completed", form.completed(), true, "the day it was completed");
    LocalDate until = check.day("expires", form.expires(), false, "the day it expires");
    Typed.notFuture(check, "completed", done, today, "it was completed");
    Typed.after(check, "expires", until, done, "It expires after the day it was completed.");
    check.orThrow();
    this.username = who;
    this.course = what;
    this.completedOn = done;
    this.expiresOn = until;
    this.recordedBy = by;
    this.recordedAt = now;
  }

  /** Whether it still counts on {@code day}. */
  public boolean currentOn(LocalDate day) {
    return !completedOn.isAfter(day) && (expiresOn == null || expiresOn.isAfter(day));
  }

  /** Whether this and {@code other} record the same course taken on the same day by one person. */
  public boolean sameAs(TrainingRecord other) {
    return username.equals(other.username)
        && course.equals(other.course)
        && completedOn.equals(other.completedOn);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getCourse() {
    return course;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public Optional<LocalDate> getExpiresOn() {
    return Optional.ofNullable(expiresOn);
  }
}
