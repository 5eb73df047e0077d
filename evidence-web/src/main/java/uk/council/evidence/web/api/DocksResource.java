package uk.council.evidence.web.api;

import static uk.council.evidence.staff.entity.Role.Name.DOCK;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The docks' side of the API. A dock checks its credential here when it is installed and after its
 * credential is reissued; uploads will join it under the same path.
 */
@Path("dock")
@Tag(name = "Docks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(DOCK)
public class DocksResource {

  @Inject SecurityContext security;

  /** Which dock the credential belongs to. */
  @GET
  @Path("whoami")
  @Operation(summary = "Which dock this credential belongs to: a dock calls it when installed")
  @APIResponse(responseCode = "200", description = "The dock's name")
  @APIResponse(responseCode = "401", description = "Missing, wrong or revoked credential")
  public JsonObject whoami() {
    String principal = security.getCallerPrincipal().getName();
    return Json.createObjectBuilder().add("dock", principal.substring("dock:".length())).build();
  }
}
