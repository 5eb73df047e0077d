package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import uk.council.evidence.casework.boundary.Disclosures;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.ExhibitView;
import uk.council.evidence.casework.entity.LawfulBasis;
import uk.council.evidence.casework.entity.RecipientKind;
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
public class PackageFormBacking extends RecipientFields {

  @Inject CaseBacking page;
  @Inject PackageProduction production;
  @Inject Messages messages;

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
      built = production.forCase(page.caseId(), chosen, typed(), page.address());
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
}
