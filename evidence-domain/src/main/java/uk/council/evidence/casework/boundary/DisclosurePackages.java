package uk.council.evidence.casework.boundary;

import static uk.council.evidence.staff.entity.Role.Name.DPO;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.casework.control.CopyRemoval;
import uk.council.evidence.casework.control.PackageContents;
import uk.council.evidence.casework.control.PackagePlanner;
import uk.council.evidence.casework.control.PackageStore;
import uk.council.evidence.casework.entity.DisclosureFile;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.PackageSource;
import uk.council.evidence.casework.entity.RequestFootage;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.entity.MediaFile;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * The packages the council has built and keeps a copy of while they may be downloaded: a case's
 * packages, downloading and revoking one, and removing the council's copy when it expires, is
 * revoked, or its case closes or its exhibit leaves. The rows stay as the disclosure log.
 *
 * <p>Every download, revocation and removal is audited against the package's source (its case or
 * request) and against each recording it carries, so a recording's chain of custody shows every
 * copy that left the building. Files leave the store only after the transaction that says so has
 * committed.
 */
@Stateless
@RolesAllowed({EVIDENCE_OFFICER, DPO})
public class DisclosurePackages {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject FootageStore store;
  @Inject CopyRemoval removal;
  @Inject PackageContents contents;
  @Inject Instance<RequestFootage> requests;

  /** The packages of a case, newest first. */
  public List<DisclosurePackage> packagesOf(long caseId) {
    callers.require(Action.DISCLOSE);
    return em.createQuery(
            "SELECT p FROM DisclosurePackage p WHERE p.caseId = :c ORDER BY p.builtAt DESC, p.id DESC",
            DisclosurePackage.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /** The packages of a request the caller may handle, newest first. */
  public List<DisclosurePackage> packagesOfRequest(long requestId) {
    callers.require(Action.DISCLOSE_REQUEST);
    if (!mayHandleRequest(requestId)) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p FROM DisclosurePackage p WHERE p.requestId = :r"
                + " ORDER BY p.builtAt DESC, p.id DESC",
            DisclosurePackage.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  /**
   * Refuses a package of a request the caller may not handle (a subject access request's, for an
   * evidence officer), as if it did not exist.
   */
  private void refuseUnlessHandled(DisclosurePackage disclosure) {
    if (disclosure.getSource() == PackageSource.Kind.REQUEST
        && !mayHandleRequest(disclosure.getSourceId())) {
      throw new InvalidInput("There is no such package.");
    }
  }

  private boolean mayHandleRequest(long requestId) {
    return requests.isResolvable() && requests.get().mayHandle(requestId);
  }

  /**
   * The package's file for download, audited against its source and each recording in it; refused
   * after revocation or expiry.
   *
   * @param address where the request came from, for the audit events, or null
   */
  public MediaFile download(long packageId, String address) {
    Instant now = clock.instant();
    DisclosurePackage disclosure = em.find(DisclosurePackage.class, packageId);
    if (disclosure == null) {
      throw new InvalidInput("There is no such package.");
    }
    callers.require(disclosure.getSource().disclosing());
    refuseUnlessHandled(disclosure);
    disclosure.refuseDownloadUnlessLive(now);
    Path file = new PackageStore(store).file(disclosure.getReference());
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "Package " + disclosure.getReference() + " has no stored file " + file);
    }
    audit.record(
        PackagePlanner.aboutSource(disclosure, AuditAction.DISCLOSURE_DOWNLOADED, caller(), now)
            .withDetails(disclosure.getReference() + ", sha256 " + disclosure.getSha256())
            .from(address));
    for (long recording : recordingsIn(packageId)) {
      audit.record(
          AuditEntry.of(caller(), AuditAction.DISCLOSURE_DOWNLOADED, "recording", recording, now)
              .withDetails(
                  "in package " + disclosure.getReference() + " for " + disclosure.getRecipient())
              .from(address));
    }
    return new MediaFile(
        file, disclosure.getSizeBytes(), disclosure.getSha256(), disclosure.getFileName());
  }

  /**
   * Revokes a package before it expires and removes the council's copy; needs confirmation.
   *
   * @param address where the request came from, for the audit events, or null
   */
  public DisclosurePackage revoke(
      long packageId, String reason, boolean confirmed, String address) {
    DisclosurePackage disclosure =
        em.find(DisclosurePackage.class, packageId, LockModeType.PESSIMISTIC_WRITE);
    if (disclosure == null) {
      throw new InvalidInput("There is no such package.");
    }
    callers.require(disclosure.getSource().disclosing());
    refuseUnlessHandled(disclosure);
    Instant now = clock.instant();
    var check = new InputCheck();
    check.run(() -> disclosure.revoke(caller(), reason, now));
    if (!confirmed) {
      check.add(
          "confirmRevoke",
          "Confirm that package " + disclosure.getReference() + " can no longer be downloaded.");
    }
    check.orThrow();
    removeFile(disclosure, now, caller(), "it was revoked");
    em.flush();
    audit.record(
        PackagePlanner.aboutSource(disclosure, AuditAction.DISCLOSURE_REVOKED, caller(), now)
            .withDetails(disclosure.getReference() + ": " + disclosure.getRevokeReason())
            .from(address));
    return disclosure;
  }

  /**
   * Removes the council's copies of a case's packages when it closes, or of the packages holding
   * one exhibit when it leaves the case: a package holds a copy of its footage, which must not
   * outlive it. The records stay, and the files go once the transaction has committed. Called in
   * the closing transaction.
   *
   * @param exhibitId the exhibit leaving the case, or null when the whole case closes
   */
  @RolesAllowed(EVIDENCE_OFFICER)
  public void withdraw(long caseId, Long exhibitId) {
    callers.require(Action.MANAGE_CASE);
    Instant now = clock.instant();
    String why = exhibitId == null ? "its case closed" : "its exhibit left the case";
    for (DisclosurePackage p :
        em.createQuery(
                "SELECT p FROM DisclosurePackage p WHERE p.caseId = :c AND p.fileRemovedAt IS NULL",
                DisclosurePackage.class)
            .setParameter("c", caseId)
            .getResultList()) {
      if (exhibitId == null
          || contents.files(p.getId()).stream().anyMatch(f -> exhibitId.equals(f.getExhibitId()))) {
        removeFile(p, now, caller(), why);
      }
    }
    em.flush();
  }

  /** Removes the files of packages past their expiry; for the housekeeping timer. */
  @PermitAll
  public int removeExpired() {
    Instant now = clock.instant();
    List<DisclosurePackage> expired =
        em.createQuery(
                "SELECT p FROM DisclosurePackage p WHERE p.fileRemovedAt IS NULL"
                    + " AND p.expiresAt <= :now",
                DisclosurePackage.class)
            .setParameter("now", now)
            .getResultList();
    expired.forEach(p -> removeFile(p, now, "system", "it expired"));
    em.flush();
    return expired.size();
  }

  /**
   * Removes package files that no live package refers to: left behind when removing them after a
   * commit failed, or by a crash between a commit and the removal. A file younger than an hour is
   * left alone, as its transaction may not have committed yet. For the housekeeping timer.
   *
   * @return how many files were removed
   */
  @PermitAll
  public int removeUnreferencedFiles() {
    Instant before = clock.instant().minus(Duration.ofHours(1));
    int removed = 0;
    for (Path file : CopyRemoval.leftOver(store.root().resolve("packages"), before)) {
      String name = file.getFileName().toString();
      String reference = name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
      boolean live =
          !em.createQuery(
                  "SELECT p.id FROM DisclosurePackage p WHERE p.reference = :r"
                      + " AND p.fileRemovedAt IS NULL",
                  Long.class)
              .setParameter("r", reference)
              .getResultList()
              .isEmpty();
      if (!live && CopyRemoval.removeLeftOver(file)) {
        removed++;
      }
    }
    return removed;
  }

  /** The recordings whose footage the package holds: originals, clips or redacted copies. */
  private List<Long> recordingsIn(long packageId) {
    return contents.files(packageId).stream()
        .filter(f -> f.getKind().isFootage())
        .map(DisclosureFile::getRecordingId)
        .toList();
  }

  /**
   * Removes the council's copy of a package once the transaction commits, audited against its
   * source and against each recording whose footage it holds.
   */
  private void removeFile(DisclosurePackage p, Instant now, String actor, String why) {
    p.fileRemoved(now);
    String reference = p.getReference();
    removal.afterCommit(() -> new PackageStore(store).delete(reference));
    String details = reference + " (sha256 " + p.getSha256() + ") removed: " + why;
    audit.record(
        PackagePlanner.aboutSource(p, AuditAction.DISCLOSURE_COPY_REMOVED, actor, now)
            .withDetails(details));
    for (long recording : recordingsIn(p.getId())) {
      audit.record(
          AuditEntry.of(actor, AuditAction.DISCLOSURE_COPY_REMOVED, "recording", recording, now)
              .withDetails(details));
    }
  }

  private String caller() {
    return callers.username();
  }
}
