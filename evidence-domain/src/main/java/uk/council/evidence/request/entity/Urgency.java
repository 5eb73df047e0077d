package uk.council.evidence.request.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How urgent an open request is, for the queue's red, amber and green: overdue, due within {@link
 * #RED_DAYS} days, within {@link #AMBER_DAYS}, or later; a stopped clock is neither.
 */
public enum Urgency {
  OVERDUE("Overdue", "red"),
  RED("Due very soon", "red"),
  AMBER("Due soon", "orange"),
  GREEN("In time", "green"),
  PAUSED("Clock stopped", "grey"),
  WAITING("Waiting for identity", "grey"),
  CLOSED("Closed", "grey");

  /** Days left at or below which a request is red. */
  public static final int RED_DAYS = 3;

  /** Days left at or below which a request is amber. */
  public static final int AMBER_DAYS = 7;

  private final String title;
  private final String colour;

  Urgency(String title, String colour) {
    this.title = title;
    this.colour = colour;
  }

  public String title() {
    return title;
  }

  public String getTitle() {
    return title;
  }

  /** The GOV.UK tag colour that shows it. */
  public String getColour() {
    return colour;
  }

  /** The urgency of an open request whose clock stands so on {@code today}. */
  public static Urgency of(Deadline deadline, LocalDate today) {
    return of(deadline.state(), deadline.due(), today);
  }

  /**
   * The urgency of an open request whose clock is in {@code state}, due on {@code due} if running.
   */
  public static Urgency of(Deadline.State state, LocalDate due, LocalDate today) {
    return switch (state) {
      case PAUSED -> PAUSED;
      case WAITING -> WAITING;
      case RUNNING -> due(due, today);
    };
  }

  /**
   * The urgency of something due on {@code due}: a reply, a complaint's acknowledgement, a review.
   */
  public static Urgency due(LocalDate due, LocalDate today) {
    long left = ChronoUnit.DAYS.between(today, due);
    return left < 0 ? OVERDUE : left <= RED_DAYS ? RED : left <= AMBER_DAYS ? AMBER : GREEN;
  }
}
