package uk.council.evidence.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.casework.entity.CaseSource;
import uk.council.evidence.casework.entity.Clip;
import uk.council.evidence.casework.entity.DisclosureFile;
import uk.council.evidence.casework.entity.DisclosurePackage;
import uk.council.evidence.casework.entity.EvidenceCase;
import uk.council.evidence.casework.entity.Exhibit;
import uk.council.evidence.casework.entity.ExhibitChoice;
import uk.council.evidence.casework.entity.PackageContents;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.casework.entity.PackageSource;
import uk.council.evidence.casework.entity.Recipient;
import uk.council.evidence.casework.entity.RecipientKind;
import uk.council.evidence.casework.entity.RedactedCopy;
import uk.council.evidence.casework.entity.RequestFootage;
import uk.council.evidence.casework.entity.RequestSource;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.platform.entity.Plural;
import uk.council.evidence.retention.entity.RetentionRule;

/**
 * Planning a disclosure package from its source, a case's exhibits or a request's footage (what
 * goes in, checked, and what its continuity statements need), a work file to write its ZIP in
 * outside any transaction, and recording it, for the caller as {@link CurrentCaller} says: the
 * officer at the form, or the one a background build is for. Each step asks the access policy for
 * the action that discloses from the package's source. Recording a package audits it against its
 * source and every recording it carries, so a recording's chain of custody shows every copy that
 * left the building. Runs in the caller's transaction: reached through {@code PackageBuilds}.
 */
@ApplicationScoped
public class PackagePlanner {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject FootageStore store;
  @Inject OpenCases cases;
  @Inject CopyRemoval removal;
  @Inject Instance<RequestFootage> requests;

  private final ZoneId zone = RetentionRule.DEFAULT.zone();

  /**
   * Plans a package of a case's exhibits for the police or the CPS: checks what it will hold and
   * reads what its continuity statements need; writes nothing but takes the package's reference.
   * Every problem with the form is named at once.
   *
   * @param chosen for each exhibit wanted, its id and the clip to send instead of the original (or
   *     null for the original)
   */
  public PackagePlan plan(
      long caseId, List<ExhibitChoice> chosen, Recipient.Typed typed, String reference) {
    callers.require(PackageSource.Kind.CASE.disclosing());
    Instant now = clock.instant();
    EvidenceCase evidenceCase = cases.open(caseId);
    var check = new InputCheck();
    Recipient recipient =
        check.value(() -> Recipient.check(typed, RecipientKind.FOR_CASES, now, zone));
    if (chosen.isEmpty()) {
      check.add("exhibits", "Choose at least one exhibit to disclose.");
    }
    List<PackagePlan.Item> items = new ArrayList<>();
    Set<Long> seen = new LinkedHashSet<>();
    for (ExhibitChoice choice : chosen) {
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
      Clip clip = null;
      if (choice.clipId() != null) {
        clip = em.find(Clip.class, choice.clipId());
        if (clip == null || clip.getExhibitId() != exhibit.getId() || clip.isFileRemoved()) {
          check.add("exhibits", "The clip chosen for " + exhibit.getReference() + " is gone.");
          continue;
        }
      }
      items.add(item(exhibit, recording, clip));
    }
    check.orThrow();
    return new PackagePlan(
        reference == null ? nextReference(now) : reference,
        new CaseSource(evidenceCase),
        recipient,
        callers.member().getDisplayName(),
        now,
        items);
  }

  /**
   * Plans a package of the recordings found for a request, as originals, for the data subject or a
   * third party. The request component says whether the request's footage may be disclosed and
   * which recordings were found for it; without that component no request's package is planned.
   *
   * @throws InvalidInput naming every problem with the form and the recordings chosen
   */
  public PackagePlan planForRequest(
      long requestId, List<Long> recordingIds, Recipient.Typed typed, String reference) {
    callers.require(PackageSource.Kind.REQUEST.disclosing());
    Instant now = clock.instant();
    RequestSource source = disclosableRequest(requestId);
    var check = new InputCheck();
    Recipient recipient =
        check.value(() -> Recipient.check(typed, RecipientKind.FOR_REQUESTS, now, zone));
    if (recordingIds.isEmpty()) {
      check.add("recordings", "Choose at least one recording to disclose.");
    }
    List<PackagePlan.Item> items = new ArrayList<>();
    for (long recordingId : new LinkedHashSet<>(recordingIds)) {
      Recording recording = em.find(Recording.class, recordingId);
      if (recording == null
          || recording.isBeingDeleted()
          || !requests.get().foundFor(requestId, recordingId)) {
        check.add(
            "recordings", "Recording " + recordingId + " is not footage found for the request.");
        continue;
      }
      RequestFootage footage = requests.get();
      Optional<RedactedCopy> copy = footage.redactedCopy(requestId, recordingId);
      if (copy.isPresent()) {
        items.add(redacted(recording, copy.get()));
        continue;
      }
      Optional<String> because = footage.unredactedBecause(requestId, recordingId);
      if (because.isEmpty() && footage.needsRedaction(requestId)) {
        check.add(
            "recordings",
            "Recording "
                + recordingId
                + " has no checked redacted copy: redact it, or record on its redaction page why"
                + " the original is disclosed without redaction.");
        continue;
      }
      PackagePlan.Item original = item(null, recording, null);
      items.add(
          new PackagePlan.Item(
              null,
              recording,
              null,
              null,
              because.orElse(null),
              original.source(),
              original.path(),
              original.custody()));
    }
    check.orThrow();
    return new PackagePlan(
        reference == null ? nextReference(now) : reference,
        source,
        recipient,
        callers.member().getDisplayName(),
        now,
        items);
  }

  /**
   * A new empty work file in the footage store to write a package's ZIP in, outside any
   * transaction; {@link #record} takes it over, or {@link #discardWorkFile} removes it. One left
   * behind by a crash is removed with the store's other work files.
   */
  public Path workFile(PackagePlan plan) {
    callers.require(plan.source().kind().disclosing());
    return new PackageStore(store).scratch();
  }

  /** Removes a work file from {@link #workFile} that will not become a package. */
  public void discardWorkFile(PackagePlan plan, Path built) {
    callers.require(plan.source().kind().disclosing());
    new PackageStore(store).discard(built);
  }

  /**
   * Records a package built from {@code plan}: takes over the ZIP written at {@code built} (a
   * {@link #workFile}) as the council's copy, and audits the disclosure against its source and
   * every recording in it. Refused, with nothing kept, if the case closed or an exhibit left it
   * meanwhile, or the request may no longer be answered; the caller then discards the file.
   *
   * @param address where the request came from, for the audit events, or null
   */
  public DisclosurePackage record(
      PackagePlan plan, PackageContents contents, Path built, String address) {
    callers.require(plan.source().kind().disclosing());
    Instant now = clock.instant();
    try {
      if (Files.size(built) != contents.size()) {
        throw new IllegalStateException(
            "The work file of package " + plan.reference() + " is not the ZIP that was written");
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the work file of " + plan.reference(), e);
    }
    refuseUnlessStillDisclosable(plan);
    DisclosurePackage disclosure =
        new DisclosurePackage(plan, caller(), now, contents.sha256(), contents.size());
    em.persist(disclosure);
    em.flush();
    for (PackageContents.File f : contents.files()) {
      em.persist(
          new DisclosureFile(
              disclosure.getId(),
              f.path(),
              f.kind(),
              f.exhibitId(),
              f.recordingId(),
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
    boolean ofCase = plan.source() instanceof CaseSource;
    audit.record(
        aboutSource(disclosure, AuditAction.DISCLOSURE_BUILT, caller(), now)
            .withDetails(
                plan.reference()
                    + " for "
                    + to
                    + ": "
                    + Plural.of(plan.items().size(), ofCase ? "exhibit" : "recording")
                    + ", sha256 "
                    + contents.sha256())
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
                  (ofCase ? item.label() : "for " + plan.source().title())
                      + (item.redacted() != null
                          ? " (redacted copy " + item.redacted().sha256() + ")"
                          : item.clip() == null
                              ? " (original"
                                  + (item.unredactedBecause() == null
                                      ? ")"
                                      : ", not redacted: " + item.unredactedBecause() + ")")
                              : " (clip " + item.clip().getRange() + ")")
                      + " in package "
                      + plan.reference()
                      + " for "
                      + disclosure.getRecipient())
              .from(address));
    }
    return disclosure;
  }

  /**
   * Locks the case and checks that every exhibit is still in it; or asks the request component
   * whether the request's footage may still be disclosed.
   */
  private void refuseUnlessStillDisclosable(PackagePlan plan) {
    if (plan.source() instanceof CaseSource c) {
      cases.locked(c.id());
      for (PackagePlan.Item item : plan.items()) {
        Exhibit exhibit = em.find(Exhibit.class, item.exhibitId());
        em.refresh(exhibit);
        if (exhibit.isRemoved()) {
          throw new InvalidInput(
              "exhibits",
              "Exhibit " + exhibit.getReference() + " left the case while the package was built.");
        }
      }
    } else {
      long requestId = plan.source().id();
      disclosableRequest(requestId);
      for (PackagePlan.Item item : plan.items()) {
        if (!requests.get().foundFor(requestId, item.recording().getId())) {
          throw new InvalidInput(
              "recordings",
              item.label() + " was taken off the request while the package was built.");
        }
      }
    }
  }

  private RequestSource disclosableRequest(long requestId) {
    Optional<RequestSource> found =
        requests.isResolvable() ? requests.get().disclosable(requestId) : Optional.empty();
    return found.orElseThrow(
        () -> new InvalidInput("There is no such request whose footage may be disclosed."));
  }

  /** What goes into the package for one exhibit or recording, and where its file is. */
  private PackagePlan.Item item(Exhibit exhibit, Recording recording, Clip clip) {
    String folder =
        exhibit == null
            ? "recordings/recording-" + recording.getId() + "/"
            : "exhibits/" + exhibit.getReference().toString().replace('/', '-') + "/";
    Path source;
    String path;
    if (clip == null) {
      source = store.original(StorageKey.parse(recording.getSha256()));
      path =
          folder
              + recording.getCamera().getSerial().replaceAll("[^A-Za-z0-9._-]", "-")
              + "_"
              + CouncilTime.fileStamp(recording.getRecordedStart())
              + "_original.mp4";
    } else {
      source = store.clip(StorageKey.parse(clip.getSha256()));
      path =
          folder
              + exhibit.getReference().toString().replace('/', '-')
              + "_clip_"
              + clip.getRange().replace(":", "m").replace(" to ", "-").replace(".", "s")
              + ".mp4";
    }
    String label =
        exhibit == null ? "Recording " + recording.getId() : "Exhibit " + exhibit.getReference();
    if (!Files.isRegularFile(source)) {
      throw new IllegalStateException(label + " has no stored file " + source);
    }
    return new PackagePlan.Item(
        exhibit,
        recording,
        clip,
        source,
        path,
        audit.about("recording", Long.toString(recording.getId())));
  }

  /** A request's recording disclosed as its redacted copy, stored with the clips. */
  private PackagePlan.Item redacted(Recording recording, RedactedCopy copy) {
    Path source = store.redactedCopy(StorageKey.parse(copy.sha256()));
    if (!Files.isRegularFile(source)) {
      throw new IllegalStateException(
          "The redacted copy of recording " + recording.getId() + " has no stored file " + source);
    }
    return new PackagePlan.Item(
        null,
        recording,
        null,
        copy,
        null,
        source,
        "recordings/recording-"
            + recording.getId()
            + "/"
            + recording.getCamera().getSerial().replaceAll("[^A-Za-z0-9._-]", "-")
            + "_"
            + CouncilTime.fileStamp(recording.getRecordedStart())
            + "_redacted.mp4",
        audit.about("recording", Long.toString(recording.getId())));
  }

  /** An audit event about the package's case or request. */
  public static AuditEntry aboutSource(
      DisclosurePackage p, AuditAction action, String actor, Instant now) {
    return AuditEntry.of(actor, action, p.getSourceAuditTarget(), p.getSourceId(), now);
  }

  private String nextReference(Instant now) {
    long number =
        ((Number) em.createNativeQuery("SELECT nextval('disclosure_number_seq')").getSingleResult())
            .longValue();
    return DisclosurePackage.reference(now.atZone(zone).getYear(), number);
  }

  private String caller() {
    return callers.username();
  }
}
