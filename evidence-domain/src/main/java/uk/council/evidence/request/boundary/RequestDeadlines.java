package uk.council.evidence.request.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.CAMERA_USER;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.DPO;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.SUPERVISOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.control.HolidayCalendar;
import uk.council.evidence.request.entity.Deadline;
import uk.council.evidence.request.entity.DeadlineKind;

/**
 * The deadline calculator: for a kind of request and the day it arrived, the day the reply is due
 * and the bank holidays the count stepped over. Open to all staff (it says nothing about anyone);
 * the page is the data protection officer's.
 */
@Stateless
@RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
public class RequestDeadlines {

  /** A calculated deadline, and the last year the published bank holidays cover. */
  public record Answer(
      DeadlineKind kind, LocalDate received, Deadline deadline, int holidaysPublishedTo) {}

  @Inject Clock clock;
  @Inject HolidayCalendar calendar;

  /**
   * The deadline for a kind and a day as typed (the kind's name, an ISO date such as {@code
   * 2026-11-02}), from a form or a query string.
   *
   * @throws InvalidInput naming each field that is missing or not one of the choices, or a day
   *     after today
   */
  public Answer calculate(String kind, String received) {
    var check = new InputCheck();
    DeadlineKind chosen = check.value(() -> kindOf(kind));
    LocalDate day = check.day("received", received, true, "the day it arrived");
    check.orThrow();
    return calculate(chosen, day);
  }

  /**
   * @throws InvalidInput if {@code received} is missing or after today in the council's time zone
   */
  public Answer calculate(DeadlineKind kind, LocalDate received) {
    var holidays = calendar.current();
    LocalDate today = LocalDate.now(clock.withZone(CouncilTime.ZONE));
    return new Answer(kind, received, kind.from(received, today, holidays), holidays.publishedTo());
  }

  private static DeadlineKind kindOf(String text) {
    try {
      return DeadlineKind.valueOf(text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("kind", "Choose the kind of request.");
    }
  }
}
