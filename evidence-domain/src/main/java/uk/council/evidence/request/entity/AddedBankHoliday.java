package uk.council.evidence.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/** A one-off bank holiday an administrator added, announced after the published data. */
@Entity
@Table(name = "bank_holiday_added")
public class AddedBankHoliday {

  /** The longest name kept. */
  public static final int LONGEST_TITLE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(updatable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Division division;

  @Column(updatable = false)
  private String title;

  @Column(name = "added_by", updatable = false)
  private String addedBy;

  @Column(name = "added_at", updatable = false)
  private Instant addedAt;

  protected AddedBankHoliday() {}

  /**
   * @throws InvalidInput with every problem: no day, no part of the UK, no name or too long a one
   */
  public AddedBankHoliday(
      LocalDate day, Division division, String title, String addedBy, Instant now) {
    var check = new InputCheck();
    if (day == null) {
      check.add("day", "Enter the day of the bank holiday, as a date.");
    }
    if (division == null) {
      check.add("division", "Choose the part of the UK it is a bank holiday in.");
    }
    if (title == null || title.isBlank()) {
      check.add("title", "Enter the bank holiday's name, for example its occasion.");
    } else if (title.strip().length() > LONGEST_TITLE) {
      check.add("title", "Keep the name to " + LONGEST_TITLE + " characters.");
    }
    check.orThrow();
    this.day = day;
    this.division = division;
    this.title = title.strip();
    this.addedBy = addedBy;
    this.addedAt = now;
  }

  /** As the calendar counts it. */
  public BankHoliday holiday() {
    return new BankHoliday(day, division, title, BankHoliday.Source.ADDED);
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDay() {
    return day;
  }

  public Division getDivision() {
    return division;
  }

  public String getTitle() {
    return title;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
