package uk.council.evidence.web.requests;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.council.evidence.request.boundary.Requests;
import uk.council.evidence.request.entity.RequestNotVisible;

/**
 * Sends a document that came with a request ({@code document?request=N&id=M}) to a data protection
 * officer, and a letter produced for it ({@code letter?request=N&id=M}) to whoever handles the
 * request, always as a download, never shown inline; the boundary audits it, and refuses (and
 * audits) anyone else, who gets 404.
 */
@WebServlet(urlPatterns = {"/requests/document", "/requests/letter"})
public class RequestDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Requests requests;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long requestId;
    long documentId;
    try {
      requestId = Long.parseLong(request.getParameter("request"));
      documentId = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String type;
    String name;
    long size;
    Path file;
    try {
      if (request.getServletPath().endsWith("/letter")) {
        Requests.OpenedLetter letter =
            requests.openLetter(requestId, documentId, request.getRemoteAddr());
        type = "application/pdf";
        name = letter.fileName();
        size = letter.letter().getSizeBytes();
        file = letter.file();
      } else {
        Requests.OpenedDocument opened =
            requests.openDocument(requestId, documentId, request.getRemoteAddr());
        type = opened.document().getMediaType();
        name = opened.document().getFileName();
        size = opened.document().getSizeBytes();
        file = opened.file();
      }
    } catch (RequestNotVisible e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBException e) {
      if (e.getCause() instanceof RequestNotVisible) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentType(type);
    response.setContentLengthLong(size);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    Files.copy(file, response.getOutputStream());
  }
}
