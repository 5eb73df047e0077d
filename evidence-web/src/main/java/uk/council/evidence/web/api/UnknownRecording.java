package uk.council.evidence.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** 404 as a problem detail: no recording with this id that this dock uploaded. */
class UnknownRecording extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  UnknownRecording(long id) {
    super(
        Response.status(Response.Status.NOT_FOUND)
            .type("application/problem+json")
            .entity(
                Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Not Found")
                    .add("status", 404)
                    .add("detail", "This dock uploaded no recording " + id + ".")
                    .build())
            .build());
  }
}
