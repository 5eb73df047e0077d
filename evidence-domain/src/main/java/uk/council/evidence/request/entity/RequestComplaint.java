package uk.council.evidence.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A complaint about how a request was handled (DPA 2018 s.164A): acknowledged within {@link
 * Complaint#DAYS_TO_ACKNOWLEDGE} days of the day it arrived. A complaint may come after the request
 * is closed; until it is acknowledged it is on the queue with its own due date.
 */
@Entity
@Table(name = "request_complaint")
public class RequestComplaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", updatable = false)
  private long requestId;

  @Column(name = "received_on", updatable = false)
  private LocalDate receivedOn;

  @Column(updatable = false)
  private String about;

  @Column(name = "acknowledged_on")
  private LocalDate acknowledgedOn;

  @Column(name = "logged_by", updatable = false)
  private String loggedBy;

  @Column(name = "logged_at", updatable = false)
  private Instant loggedAt;

  protected RequestComplaint() {}

  /**
   * A complaint as logged.
   *
   * @throws InvalidInput if the day is missing, in the future or before the request arrived, or
   *     nothing says what it is about
   */
  public RequestComplaint(
      FootageRequest request,
      LocalDate received,
      String about,
      String by,
      Instant now,
      LocalDate today) {
    var check = new InputCheck();
    check.run(() -> Received.check(received, today));
    if (received != null && received.isBefore(request.getReceivedOn())) {
      check.add(
          "received",
          "The request itself arrived on "
              + CouncilTime.date(request.getReceivedOn())
              + ": a complaint about it comes later.");
    }
    String text = about == null ? "" : about.strip();
    if (text.isEmpty() || text.length() > 2000) {
      check.add("about", "Say what the complaint is about, in up to 2000 characters.");
    }
    check.orThrow();
    this.requestId = request.getId();
    this.receivedOn = received;
    this.about = text;
    this.loggedBy = by;
    this.loggedAt = now;
  }

  /** The day it must be acknowledged by. */
  public LocalDate getAcknowledgeBy() {
    return Complaint.acknowledgeBy(receivedOn);
  }

  /**
   * Records the acknowledgement sent on {@code day}.
   *
   * @throws InvalidInput if acknowledged already, or the day is before the complaint or after today
   */
  public void acknowledge(LocalDate day, LocalDate today) {
    if (acknowledgedOn != null) {
      throw new InvalidInput(
          "acknowledged", "It was acknowledged on " + CouncilTime.date(acknowledgedOn) + ".");
    }
    if (day == null) {
      throw new InvalidInput("acknowledged", "Enter the day it was acknowledged, as a date.");
    }
    if (day.isBefore(receivedOn)) {
      throw new InvalidInput(
          "acknowledged",
          "The complaint arrived on " + CouncilTime.date(receivedOn) + ": not before that.");
    }
    if (day.isAfter(today)) {
      throw new InvalidInput("acknowledged", "The day cannot be in the future.");
    }
    this.acknowledgedOn = day;
  }

  public boolean isAcknowledged() {
    return acknowledgedOn != null;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public String getAbout() {
    return about;
  }

  public LocalDate getAcknowledgedOn() {
    return acknowledgedOn;
  }

  public String getLoggedBy() {
    return loggedBy;
  }
}
