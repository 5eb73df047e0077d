package uk.council.evidence.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A kind of footage with its own retention period, e.g. everyday footage (31 days) or footage of
 * someone who said they would complain (longer). Every recording belongs to one; new footage goes
 * into the default category. Only the period changes, and only through a previewed, confirmed
 * re-dating of the category's recordings.
 */
@Entity
@Table(name = "retention_category")
public class RetentionCategory {

  /** The longest period an administrator may set: ten years. */
  public static final int MAX_DAYS = 3650;

  @Id private String code;

  @Column(updatable = false)
  private String name;

  @Column(updatable = false)
  private String description;

  @Column(name = "period_days")
  private int periodDays;

  @Column(name = "is_default", updatable = false)
  private boolean isDefault;

  @Column(updatable = false)
  private int position;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Version private long version;

  protected RetentionCategory() {}

  /**
   * Checks a period an administrator typed: whole days, at least one, at most {@link #MAX_DAYS},
   * and not the period the category already has.
   */
  public int checkNewPeriod(String typed) {
    String text = typed == null ? "" : typed.strip();
    int days;
    try {
      days = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidInput(
          "periodDays", "Enter the period as a whole number of days, for example 31.");
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidInput(
          "periodDays", "Enter a period between 1 and " + MAX_DAYS + " days (ten years).");
    }
    if (days == periodDays) {
      throw new InvalidInput(
          "periodDays",
          name + " footage is already kept " + days + " days: enter a different period.");
    }
    return days;
  }

  /** Sets a period checked by {@link #checkNewPeriod}, by a named administrator. */
  public void changePeriod(int days, String by, Instant at) {
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidInput("periodDays", "Enter a period between 1 and " + MAX_DAYS + " days.");
    }
    this.periodDays = days;
    this.changedBy = by;
    this.changedAt = at;
  }

  /** This category's rule: the council's rule with this category's period. */
  public RetentionRule rule(RetentionRule council) {
    return council.withPeriod(Period.ofDays(periodDays));
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public int getPeriodDays() {
    return periodDays;
  }

  public boolean isDefault() {
    return isDefault;
  }

  public int getPosition() {
    return position;
  }

  public Optional<String> getChangedBy() {
    return Optional.ofNullable(changedBy);
  }

  public Optional<Instant> getChangedAt() {
    return Optional.ofNullable(changedAt);
  }

  public long getVersion() {
    return version;
  }
}
