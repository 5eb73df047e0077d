package uk.council.evidence.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.council.evidence.casework.boundary.DisclosureLog;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.Verification;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.web.footage.Formats;
import uk.council.evidence.web.shell.ClientAddress;
import uk.council.evidence.web.shell.Messages;

/**
 * The verify page, open to anyone holding a file the council disclosed: the SHA-256 of the file
 * (worked out in the browser, so the file is never sent, or pasted from sha256sum) is looked up;
 * the answer says which package and exhibit it is, when and to whom it was disclosed, or that the
 * council never disclosed those bytes.
 */
@Named("verify")
@RequestScoped
public class VerifyBacking {

  @Inject DisclosureLog disclosures;
  @Inject Messages messages;
  @Inject FacesContext faces;
  @Inject java.time.Clock clock;

  private String sha256;
  private Verification result;

  public void check() {
    try {
      result = disclosures.verify(sha256, ClientAddress.of(faces));
    } catch (InvalidInput e) {
      messages.reject("verify", e);
    }
  }

  public String time(java.time.Instant instant) {
    return Formats.dateTime(instant);
  }

  /** Whether the package was revoked, has expired, or can still be downloaded. */
  public String standing(DisclosurePackage p) {
    if (p.getRevokedAt().isPresent()) {
      return "revoked " + Formats.dateTime(p.getRevokedAt().get());
    }
    return (p.getExpiresAt().isAfter(clock.instant()) ? "downloadable until " : "expired after ")
        + Formats.lastDay(p.getExpiresAt());
  }

  public Verification getResult() {
    return result;
  }

  public String getSha256() {
    return sha256;
  }

  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }
}
