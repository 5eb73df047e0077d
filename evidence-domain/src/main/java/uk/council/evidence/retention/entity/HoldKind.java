package uk.council.evidence.retention.entity;

import java.time.Period;

/**
 * Why footage must be kept. Who may say so is the access policy's: a "keep for review" is {@code
 * HOLD_FOR_REVIEW}, every other kind {@code HOLD}.
 */
public enum HoldKind {
  EVIDENCE("Evidence", false),
  SUBJECT_ACCESS("Subject access request", false),
  FOI("Freedom of information request", false),
  THIRD_PARTY("Third-party request (police, insurer, solicitor)", false),
  COMPLAINT("Complaint", false),
  LEGAL("Legal hold", false),
  /** A supervisor's short "keep for review", which lapses by itself. */
  REVIEW("Keep for review", true);

  /** How long a "keep for review" hold lasts unless released sooner. */
  public static final Period REVIEW_PERIOD = Period.ofDays(14);

  private final String title;
  private final boolean lapses;

  HoldKind(String title, boolean lapses) {
    this.title = title;
    this.lapses = lapses;
  }

  public String title() {
    return title;
  }

  /** Whether the hold ends by itself (after {@link #REVIEW_PERIOD}). */
  public boolean lapses() {
    return lapses;
  }

  public String getTitle() {
    return title;
  }

  public String getName() {
    return name();
  }
}
