package uk.council.evidence.reports.disclosure;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.casework.boundary.Disclosures;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.PackageContents;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.casework.entity.Recipient;
import uk.council.evidence.reports.ReportSigning;
import uk.council.evidence.reports.pdf.SigningKeyException;

/**
 * Builds disclosure packages, the same way for a screen, an API or a timer, in three steps: the
 * domain checks the request and says what goes in (its own transaction); the ZIP is written to a
 * work file the domain gives out, each file hashed as it is copied in and checked against the
 * SHA-256 the council recorded for it, each continuity statement signed (no transaction, as it may
 * take minutes for long recordings); then the domain records the package, takes the file over and
 * audits it (a second transaction). Anything refused or failed leaves no package and no file.
 *
 * <p>The domain's boundaries ask the access policy at each step, so whoever may not disclose is
 * refused before anything is read or written.
 */
@ApplicationScoped
// Any transaction of the caller is suspended: the plan and the record must commit on their own, and
// copying gigabytes must not hold a transaction (or the case's lock) open.
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PackageProduction {

  private static final Logger LOG = Logger.getLogger(PackageProduction.class.getName());

  @Inject Disclosures disclosures;
  @Inject ReportSigning signing;
  @Inject CurrentCaller callers;
  @Inject Clock clock;

  /**
   * Builds a package of a case's exhibits, as originals or clips, for the recipient typed.
   *
   * @param chosen for each exhibit wanted, its id and the clip to send instead of the original (or
   *     null for the original)
   * @param address where the request came from, for the audit events, or null
   * @return the package recorded
   * @throws uk.council.evidence.platform.entity.InvalidInput naming every problem with the request
   * @throws PackageNotBuilt if it could not be built for any other reason, saying why
   */
  public DisclosurePackage forCase(
      long caseId, List<Disclosures.Choice> chosen, Recipient.Typed typed, String address) {
    return produce(planned(() -> disclosures.plan(caseId, chosen, typed)), address);
  }

  /**
   * Builds a package of the recordings found for a request, as originals, for the data subject or a
   * third party. Needs the request component, which says whether the request's footage may be
   * disclosed and which recordings were found for it.
   *
   * @param address where the request came from, for the audit events, or null
   * @return the package recorded
   * @throws uk.council.evidence.platform.entity.InvalidInput naming every problem with the request
   * @throws PackageNotBuilt if it could not be built for any other reason, saying why
   */
  public DisclosurePackage forRequest(
      long requestId, List<Long> recordingIds, Recipient.Typed typed, String address) {
    return produce(
        planned(() -> disclosures.planForRequest(requestId, recordingIds, typed)), address);
  }

  private DisclosurePackage produce(PackagePlan plan, String address) {
    Path work = null;
    try {
      // The key is checked before minutes of copying, not after.
      var writer =
          new PackageWriter(
              new ContinuityStatement(signing.templates(), signing.finishing()),
              signing.councilName(),
              callers.username(),
              clock);
      work = disclosures.workFile(plan);
      PackageContents contents;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(work), 1 << 16)) {
        contents = writer.write(plan, out);
      }
      DisclosurePackage recorded = disclosures.record(plan, contents, work, address);
      work = null;
      return recorded;
    } catch (ReportSigning.ReportsUnavailable
        | SigningKeyException
        | IllegalStateException
        | UncheckedIOException e) {
      throw notBuilt(plan, e.getMessage(), e);
    } catch (EJBAccessException e) {
      throw e;
    } catch (EJBException e) {
      // A failure inside the domain (a stored file gone, a disk error while recording) arrives
      // wrapped by the container; it is said on the form, not as the error page.
      throw notBuilt(plan, reason(e), e);
    } catch (IOException e) {
      throw notBuilt(plan, "the package's file could not be written (" + e.getMessage() + ").", e);
    } finally {
      if (work != null) {
        disclosures.discardWorkFile(plan, work);
      }
    }
  }

  /** The plan, or why there is none when the domain failed rather than refused. */
  private static PackagePlan planned(Supplier<PackagePlan> plan) {
    try {
      return plan.get();
    } catch (EJBAccessException e) {
      throw e;
    } catch (EJBException e) {
      LOG.log(Level.SEVERE, "A disclosure package could not be planned", e);
      throw new PackageNotBuilt(reason(e), e);
    }
  }

  private static String reason(EJBException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static PackageNotBuilt notBuilt(PackagePlan plan, String reason, Exception e) {
    LOG.log(Level.SEVERE, "Disclosure package " + plan.reference() + " could not be built", e);
    return new PackageNotBuilt(reason, e);
  }
}
