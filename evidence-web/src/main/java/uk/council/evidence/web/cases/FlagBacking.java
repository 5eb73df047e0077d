package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.casework.boundary.Cases;
import uk.council.evidence.casework.entity.CaseNotVisible;
import uk.council.evidence.casework.entity.CaseType;
import uk.council.evidence.casework.entity.EvidenceCase;
import uk.council.evidence.casework.entity.Flagged;
import uk.council.evidence.footage.boundary.FootageLibrary;
import uk.council.evidence.footage.entity.FootageNotVisible;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;
import uk.council.evidence.web.shell.Posted;

/**
 * Flagging a recording as evidence: into a case already open, or a new one with its details, as an
 * exhibit with the producer's next reference unless another is typed. A refused form keeps
 * everything typed.
 */
@Named("flag")
@RequestScoped
public class FlagBacking {

  @Inject Cases cases;
  @Inject CurrentCaller callers;
  @Inject FootageLibrary library;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private Long recordingId;
  private Recording recording;
  private List<EvidenceCase> openCases;

  private String caseId;
  private final CaseDetailsForm details = new CaseDetailsForm();
  private String exhibitReference;
  private String exhibitDescription;

  /** Shows the form for a recording this person may see, filled in from the recording. */
  public void load() throws IOException {
    if (faces.isPostback()) {
      return;
    }
    if (getRecording() == null) {
      faces.getExternalContext().responseSendError(404, "There is no such recording you may see.");
      faces.responseComplete();
      return;
    }
    details.startAt(
        recording.getRecordedStart(),
        recording.getServiceArea().map(ServiceArea::getId).orElse(callers.get().areaId()));
  }

  public void flag() throws IOException {
    if (recordingId() == null) {
      messages.reject("flag", new InvalidInput("There is no recording to flag."));
      return;
    }
    Flagged flagged;
    try {
      Long chosen = caseId == null || caseId.isBlank() ? null : Long.valueOf(caseId);
      flagged =
          cases.flag(
              recordingId(),
              chosen,
              details.typed(),
              exhibitReference,
              exhibitDescription,
              ClientAddress.of(faces));
    } catch (InvalidInput e) {
      messages.reject("flag", e);
      return;
    } catch (NumberFormatException | CaseNotVisible e) {
      messages.reject("flag", new InvalidInput("caseId", "Choose a case from the list."));
      return;
    } catch (FootageNotVisible e) {
      messages.reject("flag", new InvalidInput(e.getMessage()));
      return;
    }
    messages.notice(
        (flagged.newCase() ? "Case " + flagged.evidenceCase().getReference() + " opened. " : "")
            + "The recording is exhibit "
            + flagged.exhibit().getReference()
            + " in case "
            + flagged.evidenceCase().getReference()
            + ", and an evidence hold keeps it.");
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(
        ext.getRequestContextPath() + "/cases/case.xhtml?id=" + flagged.evidenceCase().getId());
  }

  /** The recording being flagged; null if there is none this person may see. */
  public Recording getRecording() {
    if (recording == null && recordingId() != null) {
      try {
        recording = library.reopen(recordingId()).recording();
      } catch (FootageNotVisible e) {
        return null;
      }
    }
    return recording;
  }

  public String getRecorded() {
    return Formats.moment(getRecording().getRecordedStart());
  }

  public List<EvidenceCase> getOpenCases() {
    if (openCases == null) {
      openCases = cases.openCases();
    }
    return openCases;
  }

  /** The reference the exhibit gets if none is typed, in a new case. */
  public String getSuggestedReference() {
    return cases.suggestedReference(null).toString();
  }

  public CaseType[] getTypes() {
    return CaseType.values();
  }

  public List<ServiceArea> getAreas() {
    return cases.areas();
  }

  /** The recording's id: the page's parameter, or the form's hidden field when posted. */
  private Long recordingId() {
    if (recordingId == null) {
      recordingId = Posted.number(faces, "recordingId");
    }
    return recordingId;
  }

  public Long getRecordingId() {
    return recordingId();
  }

  public void setRecordingId(Long recordingId) {
    this.recordingId = recordingId;
  }

  public CaseDetailsForm getDetails() {
    return details;
  }

  public String getCaseId() {
    return caseId;
  }

  public void setCaseId(String caseId) {
    this.caseId = caseId;
  }

  public String getExhibitReference() {
    return exhibitReference;
  }

  public void setExhibitReference(String exhibitReference) {
    this.exhibitReference = exhibitReference;
  }

  public String getExhibitDescription() {
    return exhibitDescription;
  }

  public void setExhibitDescription(String exhibitDescription) {
    this.exhibitDescription = exhibitDescription;
  }
}
