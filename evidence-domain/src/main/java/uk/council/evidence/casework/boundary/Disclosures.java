package uk.council.evidence.casework.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.casework.control.ClipCutter;
import uk.council.evidence.casework.control.PackageStore;
import uk.council.evidence.casework.entity.CaseNotVisible;
import uk.council.evidence.casework.entity.Clip;
import uk.council.evidence.casework.entity.ClipRange;
import uk.council.evidence.casework.entity.DisclosureFile;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.EvidenceCase;
import uk.council.evidence.casework.entity.Exhibit;
import uk.council.evidence.casework.entity.PackageContents;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.casework.entity.Recipient;
import uk.council.evidence.casework.entity.Verification;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.MediaTools;
import uk.council.evidence.footage.control.StorageKey;
import uk.council.evidence.footage.entity.MediaFile;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.retention.entity.RetentionRule;

/**
 * Clips and disclosure packages, for evidence officers: cutting a clip of an exhibit, planning and
 * recording a package (the ZIP itself is written between the two, outside any transaction, by
 * {@code evidence-reports}' package production, which has the report pipeline), downloading and
 * revoking it; the disclosure log for compliance officers; and checking a file someone holds
 * against what was disclosed.
 *
 * <p>Every clip, package, download and revocation is audited against the case and against each
 * recording it carries, so a recording's chain of custody shows every copy that left the building.
 * Files leave the store only after the transaction that says so has committed.
 */
@Stateless
@RolesAllowed("EVIDENCE_OFFICER")
public class Disclosures {

  private static final Logger LOG = Logger.getLogger(Disclosures.class.getName());

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.of("Europe/London"));

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject FootageStore store;
  @Inject MediaTools media;

  private final ZoneId zone = RetentionRule.DEFAULT.zone();

  /**
   * Cuts a clip of an exhibit's recording for disclosure; the original is not touched. The clip
   * starts on the key frame at or before the start asked for, and both are recorded.
   */
  public Clip cutClip(long exhibitId, String startText, String endText, String address) {
    callers.get().require(Action.DISCLOSE);
    Exhibit exhibit = exhibit(exhibitId);
    EvidenceCase evidenceCase = lockedOpenCase(exhibit.getCaseId());
    Recording recording = em.find(Recording.class, exhibit.getRecordingId());
    if (exhibit.isRemoved() || recording == null || recording.isBeingDeleted()) {
      throw new InvalidInput(
          "exhibitId", "Exhibit " + exhibit.getReference() + " is no longer in the case.");
    }
    var length = recording.getMedia().map(MediaInfo::duration).orElse(null);
    if (length == null) {
      throw new InvalidInput(
          "clipStart", "The recording's length is not known, so a clip cannot be cut from it.");
    }
    ClipRange range = ClipRange.of(startText, endText, length);
    Instant now = clock.instant();
    ClipCutter.Cut cut =
        new ClipCutter(store, media).cut(StorageKey.parse(recording.getSha256()), range);
    String sha = cut.clip().sha256();
    if (!keptElsewhere(sha, null)) {
      afterRollback(() -> store.deleteClip(StorageKey.parse(sha)));
    }
    // A stream copy's last sound frame can run a few milliseconds past the length the recording's
    // container states; the clip cannot really end after the recording does.
    var end = cut.actualEnd().compareTo(length) > 0 ? length : cut.actualEnd();
    Clip clip =
        new Clip(
            exhibit.getId(),
            recording.getId(),
            sha,
            cut.sizeBytes(),
            range,
            cut.actualStart(),
            end,
            caller(),
            now);
    em.persist(clip);
    em.flush();
    audit.record(
        AuditEntry.of(caller(), AuditAction.CLIP_CUT, "recording", recording.getId(), now)
            .withDetails(
                "exhibit "
                    + exhibit.getReference()
                    + " in case "
                    + evidenceCase.getReference()
                    + ": "
                    + clip.getRange()
                    + " (asked "
                    + ClipRange.format(range.start())
                    + " to "
                    + ClipRange.format(range.end())
                    + "), sha256 "
                    + sha)
            .from(address));
    return clip;
  }

  /** The clips of an exhibit still kept, oldest first. */
  public List<Clip> clipsOf(long exhibitId) {
    callers.get().require(Action.DISCLOSE);
    return em.createQuery(
            "SELECT c FROM Clip c WHERE c.exhibitId = :e AND c.fileRemovedAt IS NULL"
                + " ORDER BY c.cutAt, c.id",
            Clip.class)
        .setParameter("e", exhibitId)
        .getResultList();
  }

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
    EvidenceCase evidenceCase = openCase(caseId);
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
    EvidenceCase evidenceCase = lockedOpenCase(plan.evidenceCase().getId());
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
    afterRollback(() -> packages.delete(plan.reference()));
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
   * Removes the council's copies of a case's clips and packages when it closes, or of one exhibit's
   * clips and the packages holding it when it leaves the case; the rows stay as the record, and the
   * files go once the transaction has committed. Called in the closing transaction.
   */
  @RolesAllowed("EVIDENCE_OFFICER")
  public void withdraw(long caseId, Long exhibitId) {
    Instant now = clock.instant();
    List<Clip> clips =
        em.createQuery(
                "SELECT c FROM Clip c, Exhibit e WHERE c.exhibitId = e.id AND e.caseId = :c"
                    + " AND c.fileRemovedAt IS NULL",
                Clip.class)
            .setParameter("c", caseId)
            .getResultList();
    if (exhibitId != null) {
      clips = clips.stream().filter(c -> c.getExhibitId() == exhibitId).toList();
    }
    String why = exhibitId == null ? "its case closed" : "its exhibit left the case";
    for (Clip clip : clips) {
      clip.fileRemoved(now);
      em.flush();
      String sha = clip.getSha256();
      if (!keptElsewhere(sha, clip.getId())) {
        afterCommit(() -> store.deleteClip(StorageKey.parse(sha)));
      }
      audit.record(
          AuditEntry.of(caller(), AuditAction.CLIP_REMOVED, "recording", clip.getRecordingId(), now)
              .withDetails("clip " + clip.getRange() + ", sha256 " + sha + ": " + why));
    }
    // A package holding the exhibit holds a copy of its footage, which must not outlive it.
    for (DisclosurePackage p :
        em.createQuery(
                "SELECT p FROM DisclosurePackage p WHERE p.caseId = :c AND p.fileRemovedAt IS NULL",
                DisclosurePackage.class)
            .setParameter("c", caseId)
            .getResultList()) {
      if (exhibitId == null
          || filesOf(p.getId()).stream().anyMatch(f -> exhibitId.equals(f.getExhibitId()))) {
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
            .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
            .getResultList();
    expired.forEach(p -> removeFile(p, now, "system", "it expired"));
    em.flush();
    return expired.size();
  }

  /**
   * Removes clip and package files that no kept clip or live package refers to: left behind when
   * removing them after a commit failed, or by a crash between a commit and the removal. A file
   * younger than an hour is left alone, as its transaction may not have committed yet.
   *
   * @return how many files were removed
   */
  @PermitAll
  public int removeUnreferencedFiles() {
    Instant before = clock.instant().minus(java.time.Duration.ofHours(1));
    int removed = 0;
    PackageStore packages = new PackageStore(store);
    for (Path file : filesIn(store.root().resolve("packages"), before)) {
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
      if (!live && deleteQuietly(file)) {
        removed++;
      }
    }
    for (Path file : filesIn(store.root().resolve("clips"), before)) {
      String sha = file.getFileName().toString().replaceFirst("\\.mp4$", "");
      if (!sha.matches("[0-9a-f]{64}")) {
        continue;
      }
      if (!keptElsewhere(sha, null) && deleteQuietly(file)) {
        removed++;
      }
    }
    return removed;
  }

  private static List<Path> filesIn(Path dir, Instant olderThan) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                try {
                  return Files.getLastModifiedTime(f).toInstant().isBefore(olderThan);
                } catch (java.io.IOException e) {
                  return false;
                }
              })
          .toList();
    } catch (java.io.IOException e) {
      LOG.log(Level.WARNING, "Could not list " + dir, e);
      return List.of();
    }
  }

  private static boolean deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
      LOG.warning(() -> "Removed " + file + ": no kept clip or live package refers to it");
      return true;
    } catch (java.io.IOException e) {
      LOG.log(Level.SEVERE, "Could not remove " + file + "; remove it by hand", e);
      return false;
    }
  }

  /** Every disclosure built in a period, oldest first: the disclosure log. */
  @RolesAllowed({"EVIDENCE_OFFICER", "COMPLIANCE_OFFICER"})
  public List<LogEntry> log(Instant from, Instant to) {
    callers.get().require(Action.READ_DISCLOSURE_LOG);
    List<LogEntry> entries = new ArrayList<>();
    for (DisclosurePackage p :
        em.createQuery(
                "SELECT p FROM DisclosurePackage p WHERE p.builtAt >= :f AND p.builtAt < :t"
                    + " ORDER BY p.builtAt, p.id",
                DisclosurePackage.class)
            .setParameter("f", from.atOffset(java.time.ZoneOffset.UTC))
            .setParameter("t", to.atOffset(java.time.ZoneOffset.UTC))
            .getResultList()) {
      EvidenceCase c = em.find(EvidenceCase.class, p.getCaseId());
      List<String> exhibits =
          filesOf(p.getId()).stream()
              .filter(
                  f ->
                      f.getKind() == DisclosureFile.Kind.ORIGINAL
                          || f.getKind() == DisclosureFile.Kind.CLIP)
              .map(
                  f ->
                      em.find(Exhibit.class, f.getExhibitId()).getReference()
                          + (f.getKind() == DisclosureFile.Kind.CLIP ? " (clip)" : ""))
              .toList();
      long downloads =
          ((Number)
                  em.createNativeQuery(
                          "SELECT count(*) FROM audit_event WHERE action = 'DISCLOSURE_DOWNLOADED'"
                              + " AND target_type = 'case' AND target_id = ?1 AND details LIKE ?2")
                      .setParameter(1, Long.toString(p.getCaseId()))
                      .setParameter(2, p.getReference() + ",%")
                      .getSingleResult())
              .longValue();
      entries.add(new LogEntry(p, c.getReference(), exhibits, downloads));
    }
    return entries;
  }

  /** One line of the disclosure log. */
  public record LogEntry(
      DisclosurePackage disclosurePackage,
      String caseReference,
      List<String> exhibits,
      long downloads) {}

  /**
   * What the council disclosed with this SHA-256 (typed, or of a file given), and under the name
   * given if the bytes differ. Open to anyone who holds a file; each check is audited.
   */
  @PermitAll
  public Verification verify(String sha256, String name, String address) {
    String sha = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
    if (!sha.matches("[0-9a-f]{64}")) {
      throw new InvalidInput(
          "sha256",
          "Enter the SHA-256 as 64 letters and digits, as sha256sum prints it, or choose the"
              + " file.");
    }
    List<Verification.Match> matches = matches("f.sha256 = :v", sha);
    boolean whole = false;
    for (DisclosurePackage p :
        em.createQuery(
                "SELECT p FROM DisclosurePackage p WHERE p.sha256 = :s", DisclosurePackage.class)
            .setParameter("s", sha)
            .getResultList()) {
      whole = true;
      matches.add(
          new Verification.Match(
              p,
              em.find(EvidenceCase.class, p.getCaseId()).getReference(),
              p.getFileName(),
              null,
              null,
              p.getSha256()));
    }
    // A browser or a person may give a full path as the name; only its last part is the name.
    String given = name == null ? "" : name.strip().replaceAll(".*[/\\\\]", "");
    boolean sameName =
        matches.isEmpty()
            && !given.isEmpty()
            && ((Number)
                        em.createNativeQuery(
                                "SELECT count(*) FROM disclosure_file"
                                    + " WHERE regexp_replace(path, '^.*/', '') = ?1")
                            .setParameter(1, given)
                            .getSingleResult())
                    .longValue()
                > 0;
    audit.recordSeparately(
        AuditEntry.of(caller(), AuditAction.DISCLOSURE_VERIFIED, "sha256", null, clock.instant())
            .withDetails(
                sha
                    + (given.isBlank() ? "" : " (" + given + ")")
                    + ": "
                    + (matches.isEmpty() ? "no match" : matches.size() + " match(es)"))
            .from(address));
    return new Verification(sha, matches, sameName, whole);
  }

  private List<Verification.Match> matches(String condition, String value) {
    var query =
        em.createQuery(
            "SELECT f FROM DisclosureFile f WHERE " + condition + " ORDER BY f.packageId, f.path",
            DisclosureFile.class);
    query.setParameter("v", value);
    List<Verification.Match> found = new ArrayList<>();
    for (DisclosureFile f : query.setMaxResults(50).getResultList()) {
      DisclosurePackage p = em.find(DisclosurePackage.class, f.getPackageId());
      Exhibit exhibit = f.getExhibitId() == null ? null : em.find(Exhibit.class, f.getExhibitId());
      found.add(
          new Verification.Match(
              p,
              em.find(EvidenceCase.class, p.getCaseId()).getReference(),
              f.getPath(),
              exhibit == null ? null : exhibit.getReference().toString(),
              f.getKind(),
              f.getSha256()));
    }
    return found;
  }

  private List<Long> recordingsIn(long packageId) {
    List<Long> recordings = new ArrayList<>();
    for (DisclosureFile f : filesOf(packageId)) {
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
    afterCommit(() -> new PackageStore(store).delete(reference));
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

  /**
   * Whether another clip still kept has these bytes (cutting the same range twice gives the same
   * file), so that removing one clip's record must not remove the file.
   */
  private boolean keptElsewhere(String sha, Long except) {
    var query =
        em.createQuery(
            "SELECT c.id FROM Clip c WHERE c.sha256 = :s AND c.fileRemovedAt IS NULL"
                + (except == null ? "" : " AND c.id <> :x"),
            Long.class);
    query.setParameter("s", sha);
    if (except != null) {
      query.setParameter("x", except);
    }
    return !query.setMaxResults(1).getResultList().isEmpty();
  }

  private void afterCommit(Runnable action) {
    afterCompletion(action, true);
  }

  private void afterRollback(Runnable action) {
    afterCompletion(action, false);
  }

  private void afterCompletion(Runnable action, boolean committed) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if ((status == Status.STATUS_COMMITTED) == committed) {
              try {
                action.run();
              } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not remove a disclosure file; remove it by hand", e);
              }
            }
          }
        });
  }

  private Exhibit exhibit(long exhibitId) {
    Exhibit exhibit = em.find(Exhibit.class, exhibitId);
    if (exhibit == null) {
      throw new InvalidInput("exhibitId", "There is no such exhibit.");
    }
    return exhibit;
  }

  private EvidenceCase openCase(long caseId) {
    EvidenceCase found = em.find(EvidenceCase.class, caseId);
    if (found == null) {
      throw new CaseNotVisible(caseId);
    }
    found.refuseIfClosed();
    return found;
  }

  private EvidenceCase lockedOpenCase(long caseId) {
    EvidenceCase found = em.find(EvidenceCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
    if (found == null) {
      throw new CaseNotVisible(caseId);
    }
    found.refuseIfClosed();
    return found;
  }

  private String caller() {
    return callers.username();
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
