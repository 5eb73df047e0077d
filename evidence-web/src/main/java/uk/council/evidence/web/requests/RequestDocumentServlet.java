package uk.council.evidence.web.requests;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import uk.council.evidence.request.boundary.Requests;
import uk.council.evidence.request.entity.RequestNotVisible;

/**
 * Sends a document that came with a request ({@code document?request=N&id=M}) to a data protection
 * officer, always as a download, never shown inline; the boundary audits it, and refuses (and
 * audits) anyone else, who gets 404.
 */
@WebServlet(urlPatterns = "/requests/document")
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
    Requests.OpenedDocument opened;
    try {
      opened = requests.openDocument(requestId, documentId, request.getRemoteAddr());
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
    response.setContentType(opened.document().getMediaType());
    response.setContentLengthLong(opened.document().getSizeBytes());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + opened.document().getFileName() + "\"");
    Files.copy(opened.file(), response.getOutputStream());
  }
}
