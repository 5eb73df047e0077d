package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.council.evidence.casework.boundary.DisclosurePackages;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.footage.entity.MediaFile;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.Messages;

/** A case's disclosure packages for evidence officers: the list, downloading and revoking. */
@Named("casePackages")
@RequestScoped
public class CasePackagesBacking {

  @Inject CaseBacking page;
  @Inject DisclosurePackages disclosures;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject Clock clock;

  private Long revokePackageId;
  private String revokeReason;
  private boolean confirmRevoke;
  private List<DisclosurePackage> packages;

  /** Sends a package's ZIP, audited; refused after revocation or expiry. */
  public void download(long packageId) throws IOException {
    MediaFile file;
    try {
      file = disclosures.download(packageId, page.address());
    } catch (InvalidInput e) {
      messages.reject("packages", e);
      return;
    }
    RecipientFields.send(faces, file);
  }

  public void revoke() throws IOException {
    if (revokePackageId == null) {
      messages.reject("revoke", new InvalidInput("packageId", "Choose the package to revoke."));
      return;
    }
    DisclosurePackage revoked;
    try {
      revoked = disclosures.revoke(revokePackageId, revokeReason, confirmRevoke, page.address());
    } catch (InvalidInput e) {
      messages.reject("revoke", e);
      return;
    }
    messages.notice(
        "Package " + revoked.getReference() + " revoked; it can no longer be downloaded.");
    page.reload();
  }

  /** The case's disclosure packages, newest first, for evidence officers. */
  public List<DisclosurePackage> getPackages() {
    if (packages == null) {
      packages = page.getView().mayManage() ? disclosures.packagesOf(page.caseId()) : List.of();
    }
    return packages;
  }

  public List<DisclosurePackage> getLivePackages() {
    Instant now = clock.instant();
    return getPackages().stream().filter(p -> p.isLiveAt(now)).toList();
  }

  /** Where a package stands: downloadable until, revoked, expired or removed. */
  public String packageStatus(DisclosurePackage p) {
    if (p.getRevokedAt().isPresent()) {
      return "Revoked "
          + Formats.dateTime(p.getRevokedAt().get())
          + " by "
          + p.getRevokedBy()
          + ": "
          + p.getRevokeReason();
    }
    if (!clock.instant().isBefore(p.getExpiresAt())) {
      return "Expired after " + Formats.lastDay(p.getExpiresAt());
    }
    if (p.getFileRemovedAt().isPresent()) {
      return "Copy removed " + Formats.dateTime(p.getFileRemovedAt().get());
    }
    return "Can be downloaded until " + Formats.lastDay(p.getExpiresAt());
  }

  public Long getRevokePackageId() {
    return revokePackageId;
  }

  public void setRevokePackageId(Long revokePackageId) {
    this.revokePackageId = revokePackageId;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public void setRevokeReason(String revokeReason) {
    this.revokeReason = revokeReason;
  }

  public boolean isConfirmRevoke() {
    return confirmRevoke;
  }

  public void setConfirmRevoke(boolean confirmRevoke) {
    this.confirmRevoke = confirmRevoke;
  }
}
