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
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.StaffProfile;

/** Who the caller is: lets a client check its session before doing anything else. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

  @Inject SecurityContext security;
  @Inject StaffAccounts accounts;

  @GET
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
  public JsonObject current() {
    String username = security.getCallerPrincipal().getName();
    StaffProfile profile = accounts.profile(username).orElseThrow();
    JsonArrayBuilder roles = Json.createArrayBuilder();
    profile.roles().stream().sorted().forEach(r -> roles.add(r.name()));
    return Json.createObjectBuilder()
        .add("username", profile.username())
        .add("name", profile.displayName())
        .add("roles", roles)
        .build();
  }
}
