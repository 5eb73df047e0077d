package uk.council.evidence.web.registers;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.council.evidence.accreditation.boundary.Arrangements;
import uk.council.evidence.accreditation.entity.SharingAgreement;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;

/**
 * The register of data-sharing agreements: with whom footage is shared as a matter of routine, for
 * what and for how long.
 */
@Named("agreements")
@ViewScoped
public class AgreementsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Arrangements arrangements;
  @Inject transient Messages messages;
  @Inject transient FacesContext faces;
  @Inject transient Clock clock;

  private transient List<SharingAgreement> all;
  private String partner;
  private String purpose;
  private String reference;
  private String signedBy;
  private String startsOn;
  private String endsOn;

  public List<SharingAgreement> getAll() {
    if (all == null) {
      all = arrangements.agreements();
    }
    return all;
  }

  public void add() {
    try {
      SharingAgreement added =
          arrangements.addAgreement(
              new SharingAgreement.Form(partner, purpose, reference, signedBy, startsOn, endsOn),
              ClientAddress.of(faces));
      messages.noticeHere("The agreement with " + added.getPartner() + " is recorded.");
      partner = null;
      purpose = null;
      reference = null;
      signedBy = null;
      startsOn = null;
      endsOn = null;
      all = null;
    } catch (InvalidInput e) {
      messages.reject("agreement", e);
    }
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(CouncilTime.ZONE));
  }

  /** Where an agreement stands today: not yet in force, in force, or ended. */
  public String standing(SharingAgreement agreement) {
    LocalDate today = today();
    if (agreement.inForceOn(today)) {
      return "In force";
    }
    return agreement.getStartsOn().isAfter(today) ? "Not yet in force" : "Ended";
  }

  public String getPartner() {
    return partner;
  }

  public void setPartner(String partner) {
    this.partner = partner;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public void setSignedBy(String signedBy) {
    this.signedBy = signedBy;
  }

  public String getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(String startsOn) {
    this.startsOn = startsOn;
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String endsOn) {
    this.endsOn = endsOn;
  }
}
