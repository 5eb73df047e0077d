package uk.council.evidence.request.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * The clock of a subject access request (UK GDPR Art. 12(3), and the ICO's guidance on it).
 *
 * <ul>
 *   <li>A month: from the day of receipt to the corresponding calendar day of the next month, or
 *       that month's last day where it has no such day (31 January: 28 or 29 February).
 *   <li>A deadline on a Saturday, Sunday or bank holiday in England and Wales moves to the next
 *       working day.
 *   <li>Late start: where the council needs proof of identity (or, rarely, a fee), the month starts
 *       on the day it arrives; until then there is no deadline.
 *   <li>Extension by two further months for complex or numerous requests: three months from the
 *       start, with a reason, decided while the first month runs.
 *   <li>Stopping the clock (Art. 12A, in force from 5 February 2026): while the council waits for
 *       clarification it reasonably needs, the clock stands still; the deadline moves by the days
 *       it was stopped.
 * </ul>
 *
 * Immutable: each change returns a new clock, checked.
 *
 * @param received the day the request arrived (may be a weekend or bank holiday)
 * @param identityNeeded whether the month waits for proof of identity
 * @param identityArrived the day it arrived; null until then
 * @param extendedBecause the reason for the extension; null if not extended
 * @param pauses the times the clock stood still, oldest first
 */
public record SubjectAccessClock(
    LocalDate received,
    boolean identityNeeded,
    LocalDate identityArrived,
    String extendedBecause,
    List<Pause> pauses) {

  public SubjectAccessClock {
    Objects.requireNonNull(received, "received");
    pauses = List.copyOf(pauses);
    Pause.checkApart(pauses);
    if (identityArrived != null && identityArrived.isBefore(received)) {
      throw new InvalidInput(
          "identityArrived",
          "Proof of identity cannot arrive before the request did, on "
              + CouncilTime.date(received)
              + ".");
    }
  }

  /**
   * A request received on a day, checked against today.
   *
   * @throws InvalidInput if the day is in the future
   */
  public static SubjectAccessClock receivedOn(LocalDate received, LocalDate today) {
    Received.check(received, today);
    return new SubjectAccessClock(received, false, null, null, List.of());
  }

  /** The month waits for proof of identity. */
  public SubjectAccessClock waitForIdentity() {
    return new SubjectAccessClock(received, true, null, extendedBecause, pauses);
  }

  /** The proof of identity arrived on {@code day}: the month starts. */
  public SubjectAccessClock identityArrivedOn(LocalDate day, LocalDate today) {
    if (!identityNeeded) {
      throw new InvalidInput("identityArrived", "This request was not waiting for identity.");
    }
    Received.check(day, today);
    return new SubjectAccessClock(received, true, day, extendedBecause, pauses);
  }

  /** The day the month starts; null while it waits for identity. */
  public LocalDate start() {
    return identityNeeded ? identityArrived : received;
  }

  /**
   * Stops the clock from {@code day}, asking the requester for clarification.
   *
   * @throws InvalidInput if the clock has not started, is stopped already, or the day is before the
   *     start or after today
   */
  public SubjectAccessClock pause(LocalDate day, String asked, LocalDate today) {
    if (start() == null) {
      throw new InvalidInput(
          "from", "The clock has not started: the request waits for proof of identity.");
    }
    if (day.isBefore(start())) {
      throw new InvalidInput(
          "from",
          "The clock started on " + CouncilTime.date(start()) + ": it cannot stop before that.");
    }
    Received.check(day, today);
    return new SubjectAccessClock(
        received,
        identityNeeded,
        identityArrived,
        extendedBecause,
        Pause.with(pauses, new Pause(day, null, asked)));
  }

  /** Restarts the clock on the day the clarification arrived. */
  public SubjectAccessClock resume(LocalDate day, LocalDate today) {
    List<Pause> ended = Pause.ending(pauses, day, "The clock is running.");
    Received.check(day, today);
    return new SubjectAccessClock(
        received, identityNeeded, identityArrived, extendedBecause, ended);
  }

  /**
   * Extends the deadline to three months from the start.
   *
   * @throws InvalidInput if there is no reason, the clock has not started, it is extended already,
   *     or the first month has run out
   */
  public SubjectAccessClock extend(String reason, LocalDate today, BankHolidays holidays) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput(
          "reason", "Say why the request is complex or numerous enough to need longer.");
    }
    if (extendedBecause != null) {
      throw new InvalidInput("reason", "The deadline is extended already.");
    }
    Deadline first = deadline(holidays);
    if (start() == null) {
      throw new InvalidInput(
          "reason", "The clock has not started: the request waits for proof of identity.");
    }
    if (first.isRunning() && today.isAfter(first.due())) {
      throw new InvalidInput(
          "reason",
          "The first month ended on "
              + CouncilTime.date(first.due())
              + ": an extension is decided while it runs.");
    }
    return new SubjectAccessClock(
        received, identityNeeded, identityArrived, reason.strip(), pauses);
  }

  public boolean isExtended() {
    return extendedBecause != null;
  }

  /** Where the clock stands. */
  public Deadline deadline(BankHolidays holidays) {
    LocalDate start = start();
    if (start == null) {
      return Deadline.waiting(received);
    }
    LocalDate end = start.plusMonths(isExtended() ? 3 : 1);
    long stopped = pauses.stream().mapToLong(Pause::days).sum();
    LocalDate moved = end.plusDays(stopped);
    var open = Pause.open(pauses);
    if (open.isPresent()) {
      return Deadline.paused(
          open.get().from(), Math.max(0, ChronoUnit.DAYS.between(open.get().from(), moved)));
    }
    List<BankHoliday> skipped = new ArrayList<>();
    LocalDate due = moved;
    while (!holidays.isWorkingDayInEngland(due)) {
      holidays.on(due).stream()
          .filter(h -> h.division() == Division.ENGLAND_AND_WALES)
          .forEach(skipped::add);
      due = due.plusDays(1);
    }
    return Deadline.running(due, skipped);
  }
}
