package uk.council.evidence.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.footage.entity.InvalidMp4;
import uk.council.evidence.footage.entity.NotYourUpload;
import uk.council.evidence.footage.entity.StorageFailure;
import uk.council.evidence.footage.entity.StorageFull;
import uk.council.evidence.footage.entity.UnknownUpload;
import uk.council.evidence.footage.entity.UnplayableVideo;
import uk.council.evidence.footage.entity.UploadBusy;
import uk.council.evidence.footage.entity.UploadInterrupted;
import uk.council.evidence.footage.entity.UploadTooLarge;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * Errors as problem details (RFC 9457), each with a sentence that says what was wrong and, where
 * the input was at fault, which part: {@code errors} lists every problem with its field.
 */
@Provider
public class ProblemDetails implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(ProblemDetails.class.getName());

  @Override
  public Response toResponse(RuntimeException e) {
    if (e instanceof InvalidInput invalid) {
      int status =
          invalid instanceof UploadTooLarge
              ? 413
              : invalid instanceof InvalidMp4 || invalid instanceof UnplayableVideo
                  ? 415
                  : invalid instanceof UnknownUpload ? 404 : 422;
      JsonArrayBuilder errors = Json.createArrayBuilder();
      invalid
          .problems()
          .forEach(
              p ->
                  errors.add(
                      Json.createObjectBuilder()
                          .add("field", p.field() == null ? "" : p.field())
                          .add("detail", p.message())));
      return problem(status, invalid.getMessage(), errors);
    }
    if (e instanceof UploadBusy) {
      return problem(
          423, "Another request is sending to this upload now; wait for it, then retry.", null);
    }
    if (e instanceof UploadInterrupted) {
      return problem(400, "The body ended early; ask for the offset and send the rest.", null);
    }
    if (e instanceof StorageFull) {
      return problem(507, "The server has no room to store this file now; try again later.", null);
    }
    if (e instanceof StorageFailure) {
      return problem(500, "The server could not store the file; nothing was kept.", null);
    }
    if (e instanceof NotYourUpload) {
      return problem(403, e.getMessage(), null);
    }
    if (e instanceof EJBAccessException) {
      return problem(403, "This credential may not do that.", null);
    }
    if (e instanceof jakarta.ws.rs.WebApplicationException web) {
      return web.getResponse();
    }
    LOG.log(Level.SEVERE, "Unexpected failure in the API", e);
    return problem(500, "Something went wrong on the server; nothing was kept.", null);
  }

  /**
   * The reason phrase of a status (RFC 9110), the problem's title and the status line's text. Fixed
   * here: the JAX-RS enum names no 422, 423 or 507, and a runtime left to itself writes "CUSTOM" or
   * "Error" for them.
   */
  static String title(int status) {
    return switch (status) {
      case 401 -> "Unauthorized";
      case 409 -> "Conflict";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 400 -> "Bad Request";
      case 423 -> "Locked";
      case 422 -> "Unprocessable Content";
      case 507 -> "Insufficient Storage";
      default -> "Internal Server Error";
    };
  }

  private static Response problem(int status, String detail, JsonArrayBuilder errors) {
    var body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title(status))
            .add("status", status)
            .add("detail", detail);
    if (errors != null) {
      body.add("errors", errors);
    }
    return Response.status(status, title(status))
        .type("application/problem+json")
        .entity(body.build())
        .build();
  }
}
