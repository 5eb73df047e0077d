package uk.council.evidence.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The API's root, version 1. */
@ApplicationPath("api/v1")
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
