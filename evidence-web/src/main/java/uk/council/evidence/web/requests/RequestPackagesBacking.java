package uk.council.evidence.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import uk.council.evidence.casework.boundary.DisclosurePackages;
import uk.council.evidence.casework.boundary.PackageBuilds;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.LawfulBasis;
import uk.council.evidence.casework.entity.PackageBuild;
import uk.council.evidence.casework.entity.RecipientKind;
import uk.council.evidence.footage.entity.MediaFile;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.request.entity.RequestView;
import uk.council.evidence.request.entity.Verdict;
import uk.council.evidence.web.cases.RecipientFields;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.ClientAddress;

/**
 * A request's disclosure packages: building one of the recordings marked as showing what was asked
 * for, for the requester or a third party, with the existing pipeline (footage, a signed continuity
 * statement per recording, a manifest and SHA256SUMS); the list; and downloading one. The request
 * is {@link RequestBacking}'s.
 */
@Named("requestPackages")
@RequestScoped
public class RequestPackagesBacking extends RecipientFields {

  @Inject RequestBacking page;
  @Inject PackageBuilds builds;
  @Inject DisclosurePackages disclosures;

  private List<DisclosurePackage> packages;
  private List<PackageBuild> asked;

  /** The recordings that may go in a package: those marked as showing what was asked for. */
  public List<RequestView.Found> getMatching() {
    return page.getView().found().stream()
        .filter(f -> f.found().getVerdict() == Verdict.MATCHING && !f.isGone())
        .toList();
  }

  /** Asks for a package of the recordings ticked, for the recipient typed. */
  public void buildPackage() throws IOException {
    var parameters = faces.getExternalContext().getRequestParameterMap();
    List<Long> chosen = new ArrayList<>();
    for (RequestView.Found f : getMatching()) {
      if (parameters.containsKey("include-" + f.found().getRecordingId())) {
        chosen.add(f.found().getRecordingId());
      }
    }
    if (!queue(
        typed -> builds.queueForRequest(page.getId(), chosen, typed, ClientAddress.of(faces)),
        "")) {
      return;
    }
    ExternalContext ext = faces.getExternalContext();
    ext.redirect(ext.getRequestContextPath() + "/requests/request.xhtml?id=" + page.getId());
  }

  /** The request's packages asked for and not yet built, or failed in the last week. */
  public List<PackageBuild> getBuilds() {
    if (asked == null) {
      asked = builds.ofRequest(page.getId());
    }
    return asked;
  }

  /** Sends a package's ZIP, audited; refused after revocation or expiry. */
  public void download(long packageId) throws IOException {
    MediaFile file;
    try {
      file = disclosures.download(packageId, ClientAddress.of(faces));
    } catch (InvalidInput e) {
      messages.reject("packages", e);
      return;
    }
    RecipientFields.send(faces, file);
  }

  public List<DisclosurePackage> getPackages() {
    if (packages == null) {
      packages = disclosures.packagesOfRequest(page.getId());
    }
    return packages;
  }

  /** Whether a recording was ticked in a refused form, so that it stays ticked. */
  public boolean included(long recordingId) {
    return faces
        .getExternalContext()
        .getRequestParameterMap()
        .containsKey("include-" + recordingId);
  }

  /** "Live until 24 December 2026", "Expired", "Revoked". */
  public String status(DisclosurePackage p) {
    if (p.getRevokedAt().isPresent()) {
      return "Revoked " + Formats.dateTime(p.getRevokedAt().get()) + ": " + p.getRevokeReason();
    }
    if (!clock.instant().isBefore(p.getExpiresAt())) {
      return "Expired after " + Formats.lastDay(p.getExpiresAt());
    }
    return "Can be downloaded until " + Formats.lastDay(p.getExpiresAt());
  }

  public List<RecipientKind> getRecipientKinds() {
    return List.copyOf(RecipientKind.FOR_REQUESTS);
  }

  public List<LawfulBasis> getLawfulBases() {
    return RecipientKind.basesFor(RecipientKind.FOR_REQUESTS);
  }
}
