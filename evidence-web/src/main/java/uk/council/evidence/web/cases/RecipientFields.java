package uk.council.evidence.web.cases;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import uk.council.evidence.casework.entity.PackageBuild;
import uk.council.evidence.casework.entity.Recipient;
import uk.council.evidence.footage.entity.MediaFile;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.shell.Messages;

/**
 * What a form that builds a disclosure package asks about its recipient, a case's or a request's:
 * who it is for, the organisation and person, the lawful basis, the purpose and the last day it may
 * be downloaded; and sending a package's ZIP. The form's id is {@code package}.
 */
public abstract class RecipientFields {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

  @Inject protected FacesContext faces;
  @Inject protected Clock clock;
  @Inject protected Messages messages;

  private String recipientKind;
  private String organisation;
  private String officer;
  private String lawfulBasis;
  private String purpose;
  private String expires;

  /** The recipient as typed, for the boundary to check. */
  protected Recipient.Typed typed() {
    return new Recipient.Typed(recipientKind, organisation, officer, lawfulBasis, purpose, expires);
  }

  /**
   * Asks the boundary to build a package for the recipient typed and says so; a refusal shows on
   * the form with what was typed kept.
   *
   * @param queue asks the boundary, given the recipient typed
   * @param whenReady what the page says of the finished package
   * @return whether it was queued
   */
  protected boolean queue(Function<Recipient.Typed, PackageBuild> queue, String whenReady) {
    PackageBuild queued;
    try {
      queued = queue.apply(typed());
    } catch (InvalidInput e) {
      messages.reject("package", e);
      return false;
    }
    messages.notice(
        "Package "
            + queued.reference()
            + " for "
            + queued.recipient()
            + " is being built. It appears in the list of packages"
            + whenReady
            + " when it is ready.");
    return true;
  }

  /** Sends a package's ZIP as a download, and ends the page. */
  public static void send(FacesContext faces, MediaFile file) throws IOException {
    ExternalContext ext = faces.getExternalContext();
    ext.responseReset();
    ext.setResponseContentType("application/zip");
    ext.setResponseHeader("Content-Length", Long.toString(file.size()));
    ext.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + file.downloadName() + "\"");
    ext.setResponseHeader("Cache-Control", "no-store");
    Files.copy(file.path(), ext.getResponseOutputStream());
    faces.responseComplete();
  }

  public String getRecipientKind() {
    return recipientKind;
  }

  public void setRecipientKind(String recipientKind) {
    this.recipientKind = recipientKind;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }

  public String getLawfulBasis() {
    return lawfulBasis;
  }

  public void setLawfulBasis(String lawfulBasis) {
    this.lawfulBasis = lawfulBasis;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  /** The last day a package may be downloaded: four weeks ahead until someone types another. */
  public String getExpires() {
    if (expires == null
        && !faces.getExternalContext().getRequestParameterMap().containsKey("package")) {
      expires = DAY.format(clock.instant().atZone(CouncilTime.ZONE).toLocalDate().plusDays(28));
    }
    return expires;
  }

  public void setExpires(String expires) {
    this.expires = expires;
  }
}
