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
import uk.council.evidence.request.boundary.RequestDeadlines;
import uk.council.evidence.request.entity.BankHoliday;

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
    RequestDeadlines.Answer answer = deadlines.calculate(kind, received);
    JsonArrayBuilder skipped = Json.createArrayBuilder();
    for (BankHoliday h : answer.deadline().skipped()) {
      skipped.add(
          Json.createObjectBuilder()
              .add("date", h.date().toString())
              .add("title", h.title())
              .add("division", h.division().key()));
    }
    return Json.createObjectBuilder()
        .add("kind", answer.kind().name())
        .add("received", answer.received().toString())
        .add("due", answer.deadline().due().toString())
        .add("rule", answer.kind().rule())
        .add("skipped", skipped)
        .add("holidaysPublishedTo", answer.holidaysPublishedTo())
        .build();
  }
}
