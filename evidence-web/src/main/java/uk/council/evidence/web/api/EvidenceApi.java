package uk.council.evidence.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's root, version 1. Its OpenAPI description is served by the server at {@code /openapi}
 * (MicroProfile OpenAPI), built from the annotations on the resources.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "BWV Evidence dock API",
            version = "1",
            description =
                "Docks upload body-worn camera footage: one MP4 per request, or resumably in"
                    + " chunks. Every request carries the dock's credential with HTTP Basic."
                    + " Errors are RFC 9457 problem details. See docs/dock-api.md."),
    security = @SecurityRequirement(name = "dockCredential"),
    components =
        @Components(
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = "dockCredential",
                    type = SecuritySchemeType.HTTP,
                    scheme = "basic",
                    description = "The dock's name and the secret issued for it")))
@DeclareRoles({
  "CAMERA_USER",
  "SUPERVISOR",
  "EVIDENCE_OFFICER",
  "DPO",
  "COMPLIANCE_OFFICER",
  "ADMIN"
})
public class EvidenceApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // Jersey enforces @RolesAllowed on resources only with this feature switched on.
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}
