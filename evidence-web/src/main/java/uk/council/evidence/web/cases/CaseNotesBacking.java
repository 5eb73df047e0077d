package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.council.evidence.casework.boundary.Cases;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.shell.Messages;

/** The form that adds a note to a case; notes cannot be changed once added. */
@Named("caseNotes")
@RequestScoped
public class CaseNotesBacking {

  @Inject CaseBacking page;
  @Inject Cases cases;
  @Inject Messages messages;

  private String note;

  public void addNote() throws IOException {
    try {
      cases.addNote(page.caseId(), note, page.address());
    } catch (InvalidInput e) {
      messages.reject("notes", e);
      return;
    }
    messages.notice("Note added.");
    page.reload();
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
