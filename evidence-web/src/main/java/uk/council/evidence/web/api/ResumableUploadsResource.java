package uk.council.evidence.web.api;

import static uk.council.evidence.staff.entity.Role.Name.DOCK;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.council.evidence.footage.boundary.FootageIngest;
import uk.council.evidence.footage.boundary.ResumableUpload;
import uk.council.evidence.footage.entity.UploadStatus;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * Resumable uploads, for large files over connections that may drop, in the style of tus.io
 * (docs/dock-api.md): {@code POST} starts one (or finds the one under way for the same file),
 * {@code HEAD} says how many bytes have arrived, {@code PATCH} sends the next chunk at {@code
 * Upload-Offset}, and the chunk that completes the file makes the recording. {@code DELETE}
 * abandons an upload.
 */
@Path("dock/uploads")
@Tag(name = "Resumable uploads")
@RequestScoped
@RolesAllowed(DOCK)
public class ResumableUploadsResource {

  /** The content type of a chunk, as in tus. */
  static final String CHUNK = "application/offset+octet-stream";

  @Inject FootageIngest ingest;
  @Inject SecurityContext security;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a resumable upload, or find the one under way for the same file",
      description = "The upload id is the declared SHA-256; Upload-Offset says what has arrived.")
  @APIResponse(responseCode = "201", description = "Under way; continue at Upload-Offset")
  @APIResponse(responseCode = "200", description = "The file is already a recording")
  @APIResponse(responseCode = "413", description = "Upload-Length is over the maximum")
  @APIResponse(responseCode = "422", description = "Unknown camera, bad times or hash")
  @APIResponse(responseCode = "507", description = "Not enough free space for the file")
  public Response start(
      @BeanParam RecordingHeaders headers,
      @HeaderParam("Upload-Length") String length,
      @Context HttpServletRequest http,
      @Context UriInfo uri) {
    long size = RecordingUploadsResource.length(length);
    if (size <= 0) {
      throw new InvalidInput(
          "uploadLength", "Give the whole file's size in bytes in the Upload-Length header.");
    }
    ResumableUpload upload =
        ingest.startResumable(headers.request(size), dock(), http.getRemoteAddr());
    if (upload.isFinished()) {
      return RecordingUploadsResource.answer(upload.upload(), uri);
    }
    UploadStatus status = upload.status();
    return status(Response.status(Response.Status.CREATED), status)
        .location(uri.getAbsolutePathBuilder().path(status.uploadId()).build())
        .entity(describe(status))
        .build();
  }

  @HEAD
  @Path("{id}")
  @Operation(summary = "How many bytes of an upload have arrived (Upload-Offset)")
  @APIResponse(responseCode = "200", description = "Upload-Offset and Upload-Length")
  @APIResponse(responseCode = "404", description = "No such upload under way")
  public Response status(@PathParam("id") String id) {
    return status(Response.ok(), ingest.resumableStatus(id)).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes(CHUNK)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send the next chunk at Upload-Offset",
      description = "The chunk that completes the file finishes the upload as a recording.")
  @APIResponse(responseCode = "204", description = "Accepted; Upload-Offset is the new offset")
  @APIResponse(responseCode = "201", description = "The file is complete and is a recording")
  @APIResponse(responseCode = "409", description = "Wrong offset; continue at Upload-Offset")
  @APIResponse(responseCode = "413", description = "The chunk would pass Upload-Length")
  @APIResponse(responseCode = "422", description = "The whole file's SHA-256 does not match")
  @APIResponse(responseCode = "423", description = "Another request is writing this upload")
  public Response chunk(
      @PathParam("id") String id,
      @HeaderParam("Upload-Offset") String offset,
      @Context HttpServletRequest http,
      @Context UriInfo uri,
      InputStream body) {
    long at = RecordingUploadsResource.length(offset);
    if (at < 0) {
      throw new InvalidInput(
          "uploadOffset", "Give the offset this chunk starts at in the Upload-Offset header.");
    }
    ResumableUpload upload = ingest.appendChunk(id, at, body, dock(), http.getRemoteAddr());
    if (upload.isFinished()) {
      return RecordingUploadsResource.answer(upload.upload(), uri);
    }
    UploadStatus status = upload.status();
    if (!upload.accepted()) {
      var problem =
          Json.createObjectBuilder()
              .add("type", "about:blank")
              .add("title", "Conflict")
              .add("status", 409)
              .add(
                  "detail",
                  "This chunk starts at byte "
                      + at
                      + " but the server holds "
                      + status.received()
                      + "; send from there.")
              .add("uploadOffset", status.received())
              .build();
      return status(Response.status(Response.Status.CONFLICT), status)
          .type("application/problem+json")
          .entity(problem)
          .build();
    }
    return status(Response.noContent(), status).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Abandon an upload and remove what arrived")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "403", description = "Another dock started this upload")
  public Response abort(@PathParam("id") String id, @Context HttpServletRequest http) {
    ingest.abortResumable(id, dock(), http.getRemoteAddr());
    return Response.noContent().build();
  }

  private static Response.ResponseBuilder status(
      Response.ResponseBuilder response, UploadStatus status) {
    return response
        .header("Upload-Offset", status.received())
        .header("Upload-Length", status.declaredSize())
        .header("Cache-Control", "no-store");
  }

  private static jakarta.json.JsonObject describe(UploadStatus status) {
    return Json.createObjectBuilder()
        .add("uploadId", status.uploadId())
        .add("uploadOffset", status.received())
        .add("uploadLength", status.declaredSize())
        .build();
  }

  private String dock() {
    return security.getCallerPrincipal().getName().substring("dock:".length());
  }
}
