package uk.council.evidence.web.footage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import uk.council.evidence.footage.boundary.FixityCheck;
import uk.council.evidence.footage.entity.FixityReport;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.web.shell.Messages;

/** The latest fixity results, for compliance officers and administrators. */
@Named("fixity")
@RequestScoped
public class FixityBacking {

  /** How many originals "Check now" reads at most. */
  static final int CHECK_NOW = 200;

  @Inject FixityCheck check;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private FixityReport report;

  public FixityReport getReport() {
    if (report == null) {
      report = check.report(25);
    }
    return report;
  }

  public String time(Instant instant) {
    return instant == null ? "Not yet" : Formats.dateTime(instant);
  }

  public void checkNow() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    var run = check.checkNow(CHECK_NOW, ((HttpServletRequest) ext.getRequest()).getRemoteAddr());
    if (!run.ran()) {
      messages.notice("Another server is checking now; its results will appear here.");
    } else {
      messages.notice(
          Plural.of(run.checked(), "original")
              + " checked, "
              + Plural.of(run.failed(), "failure")
              + ".");
    }
    ext.redirect(ext.getRequestContextPath() + "/integrity/fixity.xhtml");
  }
}
