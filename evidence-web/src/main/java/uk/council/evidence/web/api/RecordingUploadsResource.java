package uk.council.evidence.web.api;

import static uk.council.evidence.staff.entity.Role.Name.DOCK;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.council.evidence.footage.boundary.FootageIngest;
import uk.council.evidence.footage.boundary.RecordingRegistry;
import uk.council.evidence.footage.boundary.Upload;
import uk.council.evidence.footage.entity.Recording;

/**
 * A dock uploads one MP4 per request, streamed, with what it knows in headers: {@code
 * Camera-Serial}, {@code Recorded-Start} and {@code Recorded-End} (ISO-8601 instants) and {@code
 * Content-SHA256} (hex). 201 with the new recording, or 200 with the existing one when the same
 * bytes came before. Errors are problem details (see {@link ProblemDetails}).
 */
@Path("dock/recordings")
@Tag(name = "Uploads")
@RequestScoped
@RolesAllowed(DOCK)
public class RecordingUploadsResource {

  @Inject FootageIngest ingest;
  @Inject RecordingRegistry registry;
  @Inject SecurityContext security;

  @POST
  @Consumes({"video/mp4", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Upload one MP4 in one request",
      description =
          "Streamed; hashed as it is written; compared with Content-SHA256; checked as MP4;"
              + " probed; stored read-only; then recorded and attributed.")
  @APIResponse(responseCode = "201", description = "Stored as a new recording")
  @APIResponse(responseCode = "200", description = "These bytes are already a recording")
  @APIResponse(responseCode = "401", description = "Missing, wrong or revoked credential")
  @APIResponse(responseCode = "413", description = "Larger than the server accepts")
  @APIResponse(responseCode = "415", description = "Not an MP4, cut short, or not playable")
  @APIResponse(
      responseCode = "422",
      description = "Unknown camera, bad recorded times, or SHA-256 mismatch; nothing stored")
  @APIResponse(responseCode = "507", description = "The store is full; nothing stored")
  public Response upload(
      @BeanParam RecordingHeaders headers,
      @HeaderParam("Content-Length") String length,
      @Context HttpServletRequest http,
      @Context UriInfo uri,
      InputStream body) {
    String dock = dock();
    Upload upload =
        ingest.receive(headers.request(length(length)), body, dock, http.getRemoteAddr());
    if (!upload.created() && !"100-continue".equalsIgnoreCase(http.getHeader("Expect"))) {
      // The server already has these bytes and did not read them. A dock that asked to continue
      // has not sent them; one that did not is sending them now, and answering before reading
      // them would break its connection.
      drain(body);
    }
    return answer(upload, uri);
  }

  /** A recording this dock uploaded, as the upload's answer described it. */
  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A recording this dock uploaded")
  @APIResponse(responseCode = "200", description = "The recording, as its upload described it")
  @APIResponse(responseCode = "404", description = "This dock uploaded no such recording")
  public Response recording(@PathParam("id") long id) {
    return registry
        .uploadedBy(id, dock())
        .map(r -> Response.ok(describe(r)).build())
        .orElseThrow(() -> new UnknownRecording(id));
  }

  private String dock() {
    return security.getCallerPrincipal().getName().substring("dock:".length());
  }

  /** 201 with a new recording, or 200 with the one these bytes already are. */
  static Response answer(Upload upload, UriInfo uri) {
    Recording r = upload.recording();
    var location =
        uri.getBaseUriBuilder().path("dock/recordings").path(r.getId().toString()).build();
    return Response.status(upload.created() ? Response.Status.CREATED : Response.Status.OK)
        .location(location)
        .type(MediaType.APPLICATION_JSON)
        .entity(describe(r))
        .build();
  }

  private static void drain(InputStream body) {
    try {
      body.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // The dock went away; it has its answer when it asks again.
    }
  }

  static JsonObject describe(Recording r) {
    var json =
        Json.createObjectBuilder()
            .add("id", r.getId())
            .add("sha256", r.getSha256())
            .add("sizeBytes", r.getSizeBytes())
            .add("camera", r.getCamera().getSerial())
            .add("recordedStart", r.getRecordedStart().toString())
            .add("recordedEnd", r.getRecordedEnd().toString())
            .add("attributed", r.isAttributed())
            .add("wearer", r.getWearer().map(w -> w.getUsername()).orElse(""))
            .add("deletionDue", r.getDeletionDueAt().toString());
    r.getMedia()
        .ifPresent(
            m ->
                json.add("durationMs", m.duration().toMillis())
                    .add("videoCodec", m.videoCodec())
                    .add("width", m.width())
                    .add("height", m.height()));
    return json.build();
  }

  static long length(String header) {
    try {
      return header == null ? -1 : Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
