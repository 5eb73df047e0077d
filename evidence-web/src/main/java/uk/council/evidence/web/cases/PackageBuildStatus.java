package uk.council.evidence.web.cases;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import uk.council.evidence.access.entity.NotAllowed;
import uk.council.evidence.casework.boundary.PackageBuilds;
import uk.council.evidence.casework.entity.PackageBuild;
import uk.council.evidence.web.shell.Refusals;
import uk.council.evidence.web.shell.StatusJson;

/**
 * Where a package being built stands, as JSON, for the case's or the request's page to follow it
 * without reloading: status, percent and the sentence the page shows. Protected with the rest of
 * {@code /cases/*} and {@code /requests/*}; the boundary answers only about builds whose source the
 * caller may disclose from.
 */
@WebServlet({"/cases/package-build", "/requests/package-build"})
public class PackageBuildStatus extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PackageBuilds builds;
  @Inject transient PackageBuildStates states;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = StatusJson.id(request);
    PackageBuild build;
    try {
      build = id.isEmpty() ? null : builds.one(id.getAsLong()).orElse(null);
    } catch (NotAllowed e) {
      // The boundary has audited the refusal; the 403 page must not audit it again.
      request.setAttribute(Refusals.AUDITED, Boolean.TRUE);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (EJBAccessException e) {
      // Refused by the boundary's roles before it ran: the 403 page audits it.
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (build == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such package build.");
      return;
    }
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", build.status().name());
    state.put("percent", build.percent());
    state.put("state", states.state(build));
    StatusJson.send(response, state);
  }
}
