package uk.council.evidence.web.staff;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.boundary.RoleGrants;
import uk.council.evidence.staff.entity.GrantView;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;

/**
 * Roles awaiting approval, on the compliance officer's and the DPO's home pages: approve or refuse
 * each (a refusal says why), and the decisions of the last 30 days.
 */
@Named("roleGrants")
@ViewScoped
public class RoleGrantsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient RoleGrants grants;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;

  /** Kept in the view, so that a button pressed acts on the row it was shown beside. */
  private List<Row> rows;

  private final Map<Long, String> reasons = new HashMap<>();

  public List<Row> getRows() {
    if (rows == null) {
      rows = grants.pendingAndRecent().stream().map(Row::of).toList();
    }
    return rows;
  }

  public long getPendingCount() {
    return getRows().stream().filter(r -> r.grant().isPending()).count();
  }

  public void approve(long grantId) throws IOException {
    try {
      GrantView g = grants.approve(grantId, reasons.get(grantId));
      messages.notice(g.role().title() + " for " + g.username() + " approved.");
    } catch (InvalidInput e) {
      reject(e);
      return;
    }
    again();
  }

  public void refuse(long grantId) throws IOException {
    try {
      GrantView g = grants.refuse(grantId, reasons.get(grantId));
      messages.notice(g.role().title() + " for " + g.username() + " refused.");
    } catch (InvalidInput e) {
      reject(e);
      return;
    }
    again();
  }

  /** A rule's message, for the whole list: the rows' reason fields have no single id to go by. */
  private void reject(InvalidInput e) {
    messages.reject("grants", new InvalidInput(e.getMessage()));
    rows = null;
  }

  private void again() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    String view = faces.getViewRoot().getViewId();
    ext.redirect(ext.getRequestContextPath() + view);
  }

  /** The reason or note typed for each request, by its id. */
  public Map<Long, String> getReasons() {
    return reasons;
  }

  /** One request as the table shows it. */
  public record Row(GrantView grant, String requestedAt, String decision, String decidedAt)
      implements Serializable {

    static Row of(GrantView g) {
      return new Row(
          g,
          Formats.dateTime(g.requestedAt()),
          g.decision() == null
              ? "Awaiting approval"
              : switch (g.decision()) {
                case APPROVED -> "Approved by " + g.decidedBy();
                case REFUSED -> "Refused by " + g.decidedBy();
                case WITHDRAWN -> "Withdrawn by " + g.decidedBy();
              },
          g.decidedAt() == null ? "" : Formats.dateTime(g.decidedAt()));
    }
  }
}
