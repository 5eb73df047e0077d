package uk.council.evidence.accreditation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * An action of the plan: what will be done about a principle, by whom and by when. It is raised in
 * a review year and stays on every later year's plan until it is done or dropped.
 */
@Entity
@Table(name = "review_action")
public class ReviewAction {

  /** The longest action, in characters. */
  public static final int MAX_ACTION = 2_000;

  /** The longest owner, in characters. */
  public static final int MAX_OWNER = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "raised_in", updatable = false)
  private int raisedIn;

  @Column(updatable = false)
  private String edition;

  @Column(updatable = false)
  private int principle;

  @Column(updatable = false)
  private String action;

  @Column(updatable = false)
  private String owner;

  @Column(name = "due_on", updatable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private ActionStatus status;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "raised_by", updatable = false)
  private String raisedBy;

  @Column(name = "raised_at", updatable = false)
  private Instant raisedAt;

  @Version private long version;

  protected ReviewAction() {}

  /**
   * An action as raised, not started.
   *
   * @param due the due day as typed, e.g. 2027-03-31
   * @throws InvalidInput naming every field that is missing, too long or not a date
   */
  public ReviewAction(
      ReviewYear year,
      Principle principle,
      String action,
      String owner,
      String due,
      String by,
      Instant now) {
    var check = new InputCheck();
    String what = action == null ? "" : action.strip();
    if (what.isEmpty() || what.length() > MAX_ACTION) {
      check.add("action", "Say what will be done, in up to " + MAX_ACTION + " characters.");
    }
    String who = owner == null ? "" : owner.strip();
    if (who.isEmpty() || who.length() > MAX_OWNER) {
      check.add(
          "owner",
          "Name who will do it (a person or a post), in up to " + MAX_OWNER + " characters.");
    }
    LocalDate day = check.day("due", due, true, "the day it is due");
    check.orThrow();
    this.raisedIn = year.year();
    this.edition = principle.edition();
    this.principle = principle.number();
    this.action = what;
    this.owner = who;
    this.dueOn = day;
    this.status = ActionStatus.OPEN;
    this.raisedBy = by;
    this.raisedAt = now;
  }

  /**
   * Moves the action on; closing it (done or dropped) records the day, opening it again clears it.
   *
   * @throws InvalidInput if the status is not one of the four
   */
  public void changeStatus(String chosen, LocalDate today) {
    ActionStatus next;
    try {
      next = ActionStatus.valueOf(chosen == null ? "" : chosen);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("status", "Choose where the action stands.");
    }
    status = next;
    closedOn = next.closed() ? (closedOn == null ? today : closedOn) : null;
  }

  /** Whether it is still open and past its due day. */
  public boolean overdue(LocalDate today) {
    return !status.closed() && dueOn.isBefore(today);
  }

  public Long getId() {
    return id;
  }

  public int getRaisedIn() {
    return raisedIn;
  }

  public int getPrinciple() {
    return principle;
  }

  public String getAction() {
    return action;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public Optional<LocalDate> getClosedOn() {
    return Optional.ofNullable(closedOn);
  }
}
