package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.council.evidence.casework.boundary.Cases;
import uk.council.evidence.casework.entity.EvidenceCase;
import uk.council.evidence.casework.entity.Exhibit;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.shell.Messages;

/**
 * The two forms that end evidence holds: removing an exhibit from the case, and closing the case.
 * Each needs a reason and a confirmation.
 */
@Named("caseClosing")
@RequestScoped
public class CaseClosingBacking {

  @Inject CaseBacking page;
  @Inject Cases cases;
  @Inject Messages messages;

  private Long exhibitId;
  private String removeReason;
  private boolean confirmRemove;
  private String closeReason;
  private boolean confirmClose;

  public void removeExhibit() throws IOException {
    if (exhibitId == null) {
      messages.reject("remove", new InvalidInput("exhibitId", "Choose the exhibit to remove."));
      return;
    }
    Exhibit removed;
    try {
      removed = cases.removeExhibit(exhibitId, removeReason, confirmRemove, page.address());
    } catch (InvalidInput e) {
      messages.reject("remove", e);
      return;
    }
    messages.notice(
        "Exhibit "
            + removed.getReference()
            + " removed from the case; its evidence hold is released.");
    page.reload();
  }

  public void close() throws IOException {
    EvidenceCase closed;
    try {
      closed = cases.close(page.caseId(), closeReason, confirmClose, page.address());
    } catch (InvalidInput e) {
      messages.reject("close", e);
      return;
    }
    messages.notice("Case " + closed.getReference() + " closed; its evidence holds are released.");
    page.reload();
  }

  public Long getExhibitId() {
    return exhibitId;
  }

  public void setExhibitId(Long exhibitId) {
    this.exhibitId = exhibitId;
  }

  public String getRemoveReason() {
    return removeReason;
  }

  public void setRemoveReason(String removeReason) {
    this.removeReason = removeReason;
  }

  public boolean isConfirmRemove() {
    return confirmRemove;
  }

  public void setConfirmRemove(boolean confirmRemove) {
    this.confirmRemove = confirmRemove;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public void setCloseReason(String closeReason) {
    this.closeReason = closeReason;
  }

  public boolean isConfirmClose() {
    return confirmClose;
  }

  public void setConfirmClose(boolean confirmClose) {
    this.confirmClose = confirmClose;
  }
}
