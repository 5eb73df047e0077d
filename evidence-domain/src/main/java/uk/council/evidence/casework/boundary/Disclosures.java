package uk.council.evidence.casework.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.casework.control.CopyRemoval;
import uk.council.evidence.casework.control.OpenCases;
import uk.council.evidence.casework.control.PackageStore;
import uk.council.evidence.casework.entity.Clip;
import uk.council.evidence.casework.entity.DisclosureFile;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.EvidenceCase;
import uk.council.evidence.casework.entity.Exhibit;
import uk.council.evidence.casework.entity.PackageContents;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.casework.entity.Recipient;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.StorageKey;
import uk.council.evidence.footage.entity.MediaFile;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.retention.entity.RetentionRule;

/**
 * Disclosure packages, for evidence officers: planning a package (what goes in, checked, and what
 * its continuity statements need), a work file to write its ZIP in outside any transaction (by
 * {@code evidence-reports}' package production, which has the report pipeline), recording it,
 * downloading and revoking it, and removing the council's copy when it expires, is revoked, or its
 * case or exhibit ends. The disclosure log and verification are {@link DisclosureLog}'s; clips are
 * {@link Clips}'.
 *
 * <p>Every package, download and revocation is audited against the case and against each recording
 * it carries, so a recording's chain of custody shows every copy that left the building. Files
 * leave the store only after the transaction that says so has committed.
 */
@Stateless
@RolesAllowed("EVIDENCE_OFFICER")
public class Disclosures {

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.of("Europe/London"));

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject FootageStore store;
  @Inject OpenCases cases;
  @Inject CopyRemoval removal;

  private final ZoneId zone = RetentionRule.DEFAULT.zone();

  /**
   * Checks what a package will hold and reads what its continuity statements need; writes nothing
   * but takes the package's reference. Every problem with the form is named at once.
   *
   * @param chosen for each exhibit wanted, its id and the clip to send instead of the original (or
   *     null for the original)
   */
  public PackagePlan plan(long caseId, List<Choice> chosen, Recipient.Typed typed) {
    callers.get().require(Action.DISCLOSE);
    Instant now = clock.instant();
    EvidenceCase evidenceCase = cases.open(caseId);
    var check = new InputCheck();
    Recipient recipient = check.value(() -> Recipient.check(typed, now, zone));
    if (chosen.isEmpty()) {
      check.add("exhibits", "Choose at least one exhibit to disclose.");
    }
    List<PackagePlan.Item> items = new ArrayList<>();
    Set<Long> seen = new LinkedHashSet<>();
    for (Choice choice : chosen) {
      if (!seen.add(choice.exhibitId())) {
        continue;
      }
      Exhibit exhibit = em.find(Exhibit.class, choice.exhibitId());
      if (exhibit == null || exhibit.getCaseId() != caseId || exhibit.isRemoved()) {
        check.add("exhibits", "One of the exhibits chosen is no longer in the case.");
        continue;
      }
      Recording recording = em.find(Recording.class, exhibit.getRecordingId());
      if (recording == null || recording.isBeingDeleted()) {
        check.add("exhibits", "Exhibit " + exhibit.getReference() + "'s recording is gone.");
        continue;
      }
      String folder = "exhibits/" + exhibit.getReference().toString().replace('/', '-') + "/";
      Clip clip = null;
      Path source;
      String path;
      if (choice.clipId() == null) {
        source = store.original(StorageKey.parse(recording.getSha256()));
        path =
            folder
                + recording.getCamera().getSerial().replaceAll("[^A-Za-z0-9._-]", "-")
                + "_"
                + FILE_TIME.format(recording.getRecordedStart())
                + "_original.mp4";
      } else {
        clip = em.find(Clip.class, choice.clipId());
        if (clip == null || clip.getExhibitId() != exhibit.getId() || clip.isFileRemoved()) {
          check.add("exhibits", "The clip chosen for " + exhibit.getReference() + " is gone.");
          continue;
        }
        source = store.clip(StorageKey.parse(clip.getSha256()));
        path =
            folder
                + exhibit.getReference().toString().replace('/', '-')
                + "_clip_"
                + clip.getRange().replace(":", "m").replace(" to ", "-").replace(".", "s")
                + ".mp4";
      }
      if (!Files.isRegularFile(source)) {
        throw new IllegalStateException(
            "Exhibit " + exhibit.getReference() + " has no stored file " + source);
      }
      items.add(
          new PackagePlan.Item(
              exhibit,
              recording,
              clip,
              source,
              path,
              audit.about("recording", Long.toString(recording.getId()))));
    }
    check.orThrow();
    long number =
        ((Number) em.createNativeQuery("SELECT nextval('disclosure_number_seq')").getSingleResult())
            .longValue();
    return new PackagePlan(
        DisclosurePackage.reference(now.atZone(zone).getYear(), number),
        evidenceCase,
        recipient,
        callers.member().getDisplayName(),
        now,
        items);
  }

  /** An exhibit chosen for a package, as its original or one of its clips. */
  public record Choice(long exhibitId, Long clipId) {}

  /**
   * A new empty work file in the footage store to write a package's ZIP in, outside any
   * transaction; {@link #record} takes it over, or {@link #discardWorkFile} removes it. One left
   * behind by a crash is removed with the store's other work files.
   */
  public Path workFile() {
    callers.get().require(Action.DISCLOSE);
    return new PackageStore(store).scratch();
  }

  /** Removes a work file from {@link #workFile} that will not become a package. */
  public void discardWorkFile(Path built) {
    callers.get().require(Action.DISCLOSE);
    new PackageStore(store).discard(built);
  }

  /**
   * Records a package built from {@code plan}: takes over the ZIP written at {@code built} (a
   * {@link #workFile}) as the council's copy, and audits the disclosure against the case and every
   * recording in it. Refused, with nothing kept, if the case closed or an exhibit left it
   * meanwhile; the caller then discards the file.
   */
  public DisclosurePackage record(
      PackagePlan plan, PackageContents contents, Path built, String address) {
    callers.get().require(Action.DISCLOSE);
    Instant now = clock.instant();
    String sha256 = contents.sha256();
    long size = contents.size();
    try {
      if (Files.size(built) != size) {
        throw new IllegalStateException(
            "The work file of package " + plan.reference() + " is not the ZIP that was written");
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot read the work file of " + plan.reference(), e);
    }
    EvidenceCase evidenceCase = cases.locked(plan.evidenceCase().getId());
    for (PackagePlan.Item item : plan.items()) {
      Exhibit exhibit = em.find(Exhibit.class, item.exhibit().getId());
      em.refresh(exhibit);
      if (exhibit.isRemoved()) {
        throw new InvalidInput(
            "exhibits",
            "Exhibit " + exhibit.getReference() + " left the case while the package was built.");
      }
    }
    DisclosurePackage disclosure =
        new DisclosurePackage(
            plan.reference(), evidenceCase.getId(), plan.recipient(), caller(), now, sha256, size);
    em.persist(disclosure);
    em.flush();
    for (PackageContents.File f : contents.files()) {
      em.persist(
          new DisclosureFile(
              disclosure.getId(),
              f.path(),
              f.kind(),
              f.exhibitId(),
              f.clipId(),
              f.sha256(),
              f.size()));
    }
    PackageStore packages = new PackageStore(store);
    packages.commit(built, plan.reference());
    removal.afterRollback(() -> packages.delete(plan.reference()));
    em.flush();
    String to =
        disclosure.getRecipient()
            + " ("
            + disclosure.getRecipientKind().title()
            + "), basis "
            + disclosure.getLawfulBasis().name()
            + ", expires "
            + disclosure.getExpiresAt();
    audit.record(
        AuditEntry.of(caller(), AuditAction.DISCLOSURE_BUILT, "case", evidenceCase.getId(), now)
            .withDetails(
                plan.reference()
                    + " for "
                    + to
                    + ": "
                    + plan.items().size()
                    + " exhibit(s), sha256 "
                    + sha256)
            .from(address));
    for (PackagePlan.Item item : plan.items()) {
      audit.record(
          AuditEntry.of(
                  caller(),
                  AuditAction.DISCLOSURE_BUILT,
                  "recording",
                  item.recording().getId(),
                  now)
              .withDetails(
                  "exhibit "
                      + item.exhibit().getReference()
                      + (item.clip() == null
                          ? " (original)"
                          : " (clip " + item.clip().getRange() + ")")
                      + " in package "
                      + plan.reference()
                      + " for "
                      + disclosure.getRecipient())
              .from(address));
    }
    return disclosure;
  }

  /** The packages of a case, newest first. */
  public List<DisclosurePackage> packagesOf(long caseId) {
    callers.get().require(Action.DISCLOSE);
    return em.createQuery(
            "SELECT p FROM DisclosurePackage p WHERE p.caseId = :c ORDER BY p.builtAt DESC, p.id DESC",
            DisclosurePackage.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /** The files recorded for a package, in the order written. */
  public List<DisclosureFile> filesOf(long packageId) {
    callers.get().require(Action.DISCLOSE);
    return files(packageId);
  }

  private List<DisclosureFile> files(long packageId) {
    return em.createQuery(
            "SELECT f FROM DisclosureFile f WHERE f.packageId = :p ORDER BY f.path",
            DisclosureFile.class)
        .setParameter("p", packageId)
        .getResultList();
  }

  /**
   * The package's file for download, audited against the case and each recording in it; refused
   * after revocation or expiry.
   */
  public MediaFile download(long packageId, String address) {
    callers.get().require(Action.DISCLOSE);
    Instant now = clock.instant();
    DisclosurePackage disclosure = em.find(DisclosurePackage.class, packageId);
    if (disclosure == null) {
      throw new InvalidInput("There is no such package.");
    }
    disclosure.refuseDownloadUnlessLive(now);
    Path file = new PackageStore(store).file(disclosure.getReference());
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "Package " + disclosure.getReference() + " has no stored file " + file);
    }
    audit.record(
        AuditEntry.of(
                caller(), AuditAction.DISCLOSURE_DOWNLOADED, "case", disclosure.getCaseId(), now)
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

  /** Revokes a package before it expires and removes the council's copy; needs confirmation. */
  public DisclosurePackage revoke(
      long packageId, String reason, boolean confirmed, String address) {
    callers.get().require(Action.DISCLOSE);
    DisclosurePackage disclosure =
        em.find(DisclosurePackage.class, packageId, LockModeType.PESSIMISTIC_WRITE);
    if (disclosure == null) {
      throw new InvalidInput("There is no such package.");
    }
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
        AuditEntry.of(caller(), AuditAction.DISCLOSURE_REVOKED, "case", disclosure.getCaseId(), now)
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
  public void withdraw(long caseId, Long exhibitId) {
    Instant now = clock.instant();
    String why = exhibitId == null ? "its case closed" : "its exhibit left the case";
    for (DisclosurePackage p :
        em.createQuery(
                "SELECT p FROM DisclosurePackage p WHERE p.caseId = :c AND p.fileRemovedAt IS NULL",
                DisclosurePackage.class)
            .setParameter("c", caseId)
            .getResultList()) {
      if (exhibitId == null
          || files(p.getId()).stream().anyMatch(f -> exhibitId.equals(f.getExhibitId()))) {
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
            .setParameter("now", now.atOffset(ZoneOffset.UTC))
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

  private List<Long> recordingsIn(long packageId) {
    List<Long> recordings = new ArrayList<>();
    for (DisclosureFile f : files(packageId)) {
      if (f.getExhibitId() != null
          && (f.getKind() == DisclosureFile.Kind.ORIGINAL
              || f.getKind() == DisclosureFile.Kind.CLIP)) {
        recordings.add(em.find(Exhibit.class, f.getExhibitId()).getRecordingId());
      }
    }
    return recordings;
  }

  /**
   * Removes the council's copy of a package once the transaction commits, audited against its case
   * and against each recording whose footage it holds.
   */
  private void removeFile(DisclosurePackage p, Instant now, String actor, String why) {
    p.fileRemoved(now);
    String reference = p.getReference();
    removal.afterCommit(() -> new PackageStore(store).delete(reference));
    String details = reference + " (sha256 " + p.getSha256() + ") removed: " + why;
    audit.record(
        AuditEntry.of(actor, AuditAction.DISCLOSURE_COPY_REMOVED, "case", p.getCaseId(), now)
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
