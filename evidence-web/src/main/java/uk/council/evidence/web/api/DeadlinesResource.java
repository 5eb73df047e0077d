package uk.council.evidence.web.api;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.CAMERA_USER;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.DPO;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.SUPERVISOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.boundary.RequestDeadlines;
import uk.council.evidence.request.entity.BankHoliday;
import uk.council.evidence.request.entity.DeadlineKind;

/**
 * The deadline calculator for other systems: {@code GET deadlines?kind=FOI&received=2026-11-02}
 * gives the day the reply is due and the bank holidays the count stepped over. Bad input is a 422
 * problem document naming each field.
 */
@Path("deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadlinesResource {

  @Inject RequestDeadlines deadlines;

  @GET
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
  public JsonObject calculate(
      @QueryParam("kind") String kind, @QueryParam("received") String received) {
    var check = new InputCheck();
    DeadlineKind chosen =
        check.value(
            () -> {
              try {
                return DeadlineKind.valueOf(kind == null ? "" : kind);
              } catch (IllegalArgumentException e) {
                throw new InvalidInput(
                    "kind",
                    "kind must be one of " + java.util.Arrays.toString(DeadlineKind.values()));
              }
            });
    LocalDate day =
        check.value(
            () -> {
              try {
                return LocalDate.parse(received == null ? "" : received);
              } catch (DateTimeParseException e) {
                throw new InvalidInput("received", "received must be a date such as 2026-11-02.");
              }
            });
    check.orThrow();
    RequestDeadlines.Answer answer = deadlines.calculate(chosen, day);
    JsonArrayBuilder skipped = Json.createArrayBuilder();
    for (BankHoliday h : answer.deadline().skipped()) {
      skipped.add(
          Json.createObjectBuilder()
              .add("date", h.date().toString())
              .add("title", h.title())
              .add("division", h.division().key()));
    }
    return Json.createObjectBuilder()
        .add("kind", chosen.name())
        .add("received", day.toString())
        .add("due", answer.deadline().due().toString())
        .add("rule", chosen.rule())
        .add("skipped", skipped)
        .add("holidaysPublishedTo", answer.holidaysPublishedTo())
        .build();
  }
}
