package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import uk.council.evidence.casework.boundary.PackageBuilds;
import uk.council.evidence.casework.entity.ExhibitChoice;
import uk.council.evidence.casework.entity.ExhibitView;
import uk.council.evidence.casework.entity.LawfulBasis;
import uk.council.evidence.casework.entity.PackageBuild;
import uk.council.evidence.casework.entity.RecipientKind;

/**
 * The form that asks for a disclosure package of a case's exhibits, as originals or clips, for the
 * police or the CPS, and the packages asked for and not yet built. The package is built in the
 * background by casework's package worker; this form only reads what was chosen and typed, and
 * shows the answer.
 */
@Named("packageForm")
@RequestScoped
public class PackageFormBacking extends RecipientFields {

  @Inject CaseBacking page;
  @Inject PackageBuilds builds;

  private List<PackageBuild> asked;

  /** Asks for a package of the exhibits chosen, as originals or clips, for the recipient typed. */
  public void buildPackage() throws IOException {
    List<ExhibitChoice> chosen = new ArrayList<>();
    var parameters = faces.getExternalContext().getRequestParameterMap();
    for (ExhibitView x : page.getCurrentExhibits()) {
      String include = parameters.get("include-" + x.exhibit().getId());
      if ("original".equals(include)) {
        chosen.add(new ExhibitChoice(x.exhibit().getId(), null));
      } else if (include != null && include.startsWith("clip-")) {
        try {
          chosen.add(new ExhibitChoice(x.exhibit().getId(), Long.valueOf(include.substring(5))));
        } catch (NumberFormatException e) {
          // An edited form: the exhibit is left out, and an empty choice is refused below.
        }
      }
    }
    if (queue(
        typed -> builds.queueForCase(page.caseId(), chosen, typed, page.address()),
        ", with its SHA-256,")) {
      page.reload();
    }
  }

  /** The case's packages asked for and not yet built, or failed in the last week. */
  public List<PackageBuild> getBuilds() {
    if (asked == null) {
      asked = page.getView().mayManage() ? builds.ofCase(page.caseId()) : List.of();
    }
    return asked;
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
