package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import uk.council.evidence.casework.boundary.Disclosures;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.ExhibitView;
import uk.council.evidence.casework.entity.LawfulBasis;
import uk.council.evidence.casework.entity.Recipient;
import uk.council.evidence.casework.entity.RecipientKind;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.reports.disclosure.PackageNotBuilt;
import uk.council.evidence.reports.disclosure.PackageProduction;
import uk.council.evidence.web.shell.Messages;

/**
 * The form that builds a disclosure package of a case's exhibits, as originals or clips, for the
 * police or the CPS. The package is built by {@code evidence-reports}; this form only reads what
 * was chosen and typed, and shows the answer.
 */
@Named("packageForm")
@RequestScoped
public class PackageFormBacking {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

  @Inject CaseBacking page;
  @Inject PackageProduction production;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private String recipientKind;
  private String organisation;
  private String officer;
  private String lawfulBasis;
  private String purpose;
  private String expires;

  /** Builds a package of the exhibits chosen, as originals or clips, for the recipient typed. */
  public void buildPackage() throws IOException {
    List<Disclosures.Choice> chosen = new ArrayList<>();
    var parameters = faces.getExternalContext().getRequestParameterMap();
    for (ExhibitView x : page.getCurrentExhibits()) {
      String include = parameters.get("include-" + x.exhibit().getId());
      if ("original".equals(include)) {
        chosen.add(new Disclosures.Choice(x.exhibit().getId(), null));
      } else if (include != null && include.startsWith("clip-")) {
        try {
          chosen.add(
              new Disclosures.Choice(x.exhibit().getId(), Long.valueOf(include.substring(5))));
        } catch (NumberFormatException e) {
          // An edited form: the exhibit is left out, and an empty choice is refused below.
        }
      }
    }
    DisclosurePackage built;
    try {
      built =
          production.forCase(
              page.caseId(),
              chosen,
              new Recipient.Typed(
                  recipientKind, organisation, officer, lawfulBasis, purpose, expires),
              page.address());
    } catch (InvalidInput e) {
      messages.reject("package", e);
      return;
    } catch (PackageNotBuilt e) {
      messages.reject("package", new InvalidInput(e.getMessage()));
      return;
    }
    messages.notice(
        "Package "
            + built.getReference()
            + " built for "
            + built.getRecipient()
            + ". Its SHA-256 is in the list of packages.");
    page.reload();
  }

  /** The choice typed for an exhibit in the package form, kept when the form is refused. */
  public String included(ExhibitView x) {
    return faces
        .getExternalContext()
        .getRequestParameterMap()
        .get("include-" + x.exhibit().getId());
  }

  /** A case's packages go to the police or the CPS; other recipients are for requests. */
  public List<RecipientKind> getRecipientKinds() {
    return List.copyOf(RecipientKind.FOR_CASES);
  }

  public List<LawfulBasis> getLawfulBases() {
    return RecipientKind.basesFor(RecipientKind.FOR_CASES);
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
