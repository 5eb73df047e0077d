package uk.council.evidence.web.requests;

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
import uk.council.evidence.web.shell.PrivateFiles;

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
    PrivateFiles.send(response, RequestNotVisible.class, () -> send(request, response));
  }

  private void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long requestId = PrivateFiles.id(request, "request");
    long documentId = PrivateFiles.id(request, "id");
    String type;
    String name;
    long size;
    Path file;
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
    response.setContentType(type);
    response.setContentLengthLong(size);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    Files.copy(file, response.getOutputStream());
  }
}
