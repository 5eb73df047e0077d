package uk.council.evidence.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.reports.pdf.PdfFinishing;
import uk.council.evidence.reports.pdf.SigningKey;
import uk.council.evidence.reports.pdf.SigningKeyException;

/**
 * The reports pipeline for this installation: the council's name that heads every report, the
 * templates compiled once and kept, and the council's signing key from {@code evidence.signing.*}.
 * The key is read when first needed and again if it failed, so a keystore fixed while the server
 * runs is picked up. Reports and disclosure packages both sign with it.
 */
@ApplicationScoped
public class ReportSigning {

  @Inject
  @ConfigProperty(name = "evidence.council.name", defaultValue = "Demo Borough Council")
  String councilName;

  @Inject
  @ConfigProperty(name = "evidence.signing.keystore")
  Optional<String> keystore;

  @Inject
  @ConfigProperty(name = "evidence.signing.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "evidence.signing.alias")
  Optional<String> alias;

  @Inject Clock clock;

  /** Reports cannot be signed, and why, in a sentence for whoever configures the system. */
  public static class ReportsUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReportsUnavailable(String message) {
      super(message);
    }
  }

  private final ReportTemplates templates = new ReportTemplates();
  private volatile PdfFinishing finishing;

  /** The council, as every report and continuity statement names it. */
  public String councilName() {
    return councilName;
  }

  /**
   * The one way signed reports come out, with the signing key loaded and checked.
   *
   * @throws ReportsUnavailable with a sentence for people if the key is missing or unusable
   */
  public SignedPdfs pdfs() {
    return new SignedPdfs(templates, finishing());
  }

  private PdfFinishing finishing() {
    try {
      PdfFinishing current = finishing;
      if (current == null) {
        synchronized (this) {
          current = finishing;
          if (current == null) {
            current = new PdfFinishing(load());
            finishing = current;
          }
        }
      }
      current.signingKey().checkUsableAt(clock.instant());
      return current;
    } catch (SigningKeyException e) {
      throw new ReportsUnavailable(e.getMessage());
    }
  }

  private SigningKey load() {
    String path =
        keystore
            .filter(p -> !p.isBlank())
            .orElseThrow(
                () ->
                    new ReportsUnavailable(
                        "No signing keystore is configured: set evidence.signing.keystore"
                            + " (EVIDENCE_SIGNING_KEYSTORE) to a PKCS#12 file."));
    return SigningKey.load(
        Path.of(path),
        password.orElse("").toCharArray(),
        alias.filter(a -> !a.isBlank()).orElse(null),
        clock.instant());
  }
}
