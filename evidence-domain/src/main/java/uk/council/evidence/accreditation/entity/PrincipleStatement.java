package uk.council.evidence.accreditation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * What the compliance officer wrote about one principle in one review year, and the rating given.
 * Never changed once written: saving again writes a new one, so the year's history stays, and the
 * latest is the year's current statement.
 */
@Entity
@Table(name = "principle_statement")
public class PrincipleStatement {

  /** The longest statement, in characters. */
  public static final int MAX_STATEMENT = 10_000;

  /** The longest reason for a rating, in characters. */
  public static final int MAX_REASON = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "review_year", updatable = false)
  private int reviewYear;

  @Column(updatable = false)
  private String edition;

  @Column(updatable = false)
  private int principle;

  @Column(updatable = false)
  private String statement;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Rating rating;

  @Column(name = "rating_reason", updatable = false)
  private String ratingReason;

  @Column(name = "ico_reference", updatable = false)
  private String icoReference;

  @Column(name = "bs8593_reference", updatable = false)
  private String bs8593Reference;

  @Column(name = "figures_internal", updatable = false)
  private boolean figuresInternal;

  @Column(name = "written_by", updatable = false)
  private String writtenBy;

  @Column(name = "written_at", updatable = false)
  private Instant writtenAt;

  protected PrincipleStatement() {}

  /**
   * A statement as written.
   *
   * @param rating the rating's name as the form sent it
   * @throws InvalidInput naming every field that is missing or too long
   */
  public PrincipleStatement(
      ReviewYear year,
      Principle principle,
      String statement,
      String rating,
      String reason,
      String by,
      Instant now) {
    this(year, principle, statement, rating, reason, StatementDetails.NONE, by, now);
  }

  /**
   * A statement as written, with its cross-references (as typed: checked here) and whether its
   * figures are published.
   *
   * @param rating the rating's name as the form sent it
   * @throws InvalidInput naming every field that is missing or too long
   */
  public PrincipleStatement(
      ReviewYear year,
      Principle principle,
      String statement,
      String rating,
      String reason,
      StatementDetails details,
      String by,
      Instant now) {
    var check = new InputCheck();
    String text = statement == null ? "" : statement.strip();
    if (text.isEmpty() || text.length() > MAX_STATEMENT) {
      check.add(
          "statement",
          "Write how the council meets this principle, in up to " + MAX_STATEMENT + " characters.");
    }
    Rating chosen = null;
    try {
      chosen = rating == null || rating.isBlank() ? null : Rating.valueOf(rating);
    } catch (IllegalArgumentException e) {
      // Said below.
    }
    if (chosen == null) {
      check.add("rating", "Choose red, amber or green.");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      check.add(
          "reason", "Say why the rating is what it is, in up to " + MAX_REASON + " characters.");
    }
    StatementDetails checked =
        check.value(
            () ->
                StatementDetails.typed(details.ico(), details.bs8593(), details.figuresInternal()));
    check.orThrow();
    this.reviewYear = year.year();
    this.edition = principle.edition();
    this.principle = principle.number();
    this.statement = text;
    this.rating = chosen;
    this.ratingReason = why;
    this.icoReference = checked.ico();
    this.bs8593Reference = checked.bs8593();
    this.figuresInternal = checked.figuresInternal();
    this.writtenBy = by;
    this.writtenAt = now;
  }

  public Long getId() {
    return id;
  }

  public int getReviewYear() {
    return reviewYear;
  }

  public int getPrinciple() {
    return principle;
  }

  public String getStatement() {
    return statement;
  }

  public Rating getRating() {
    return rating;
  }

  public String getRatingReason() {
    return ratingReason;
  }

  /** Its cross-references and whether its figures are published. */
  public StatementDetails getDetails() {
    return new StatementDetails(icoReference, bs8593Reference, figuresInternal);
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
