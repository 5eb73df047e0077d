package uk.council.evidence.web.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import uk.council.evidence.accreditation.entity.ReviewJob;
import uk.council.evidence.reports.accreditation.AnnualReviews;
import uk.council.evidence.web.shell.StatusJson;

/**
 * Where one of the caller's background reviews stands, as JSON, for the self-assessment page to
 * follow it without reloading: status, step of steps, what it is doing, percent. Protected with the
 * rest of {@code /compliance/*}; the boundary answers only about the caller's own jobs.
 */
@WebServlet("/compliance/review-job")
public class ReviewJobStatus extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AnnualReviews reviews;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    OptionalLong id = StatusJson.id(request);
    ReviewJob job = id.isEmpty() ? null : reviews.job(id.getAsLong()).orElse(null);
    if (job == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such review of yours.");
      return;
    }
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", job.status().name());
    state.put("step", job.step());
    state.put("steps", job.steps());
    state.put("stage", job.stage());
    state.put("percent", job.percent());
    StatusJson.send(response, state);
  }
}
