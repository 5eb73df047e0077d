package uk.council.evidence.casework.boundary;

import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import uk.council.evidence.casework.control.ClipCutter;
import uk.council.evidence.casework.control.CopyRemoval;
import uk.council.evidence.casework.control.OpenCases;
import uk.council.evidence.casework.entity.Clip;
import uk.council.evidence.casework.entity.ClipRange;
import uk.council.evidence.casework.entity.EvidenceCase;
import uk.council.evidence.casework.entity.Exhibit;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.MediaTools;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * Derived copies of exhibits, for disclosure: clips cut from a recording without re-encoding
 * (redacted copies will sit beside them). A copy is a new file stored by its own SHA-256 under
 * {@code clips/}; the original is never touched. Its file goes when its exhibit leaves the case or
 * the case closes, once that transaction has committed; its record stays.
 *
 * <p>Every cut and every removal is audited against the recording, so its chain of custody shows
 * every copy made of it.
 */
@Stateless
@RolesAllowed(EVIDENCE_OFFICER)
public class Clips {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject FootageStore store;
  @Inject MediaTools media;
  @Inject OpenCases cases;
  @Inject CopyRemoval removal;

  /**
   * Cuts a clip of an exhibit's recording for disclosure; the original is not touched. The clip
   * starts on the key frame at or before the start asked for, and both are recorded.
   *
   * @param startText where to start, as typed, e.g. {@code 0:05}
   * @param endText where to end, e.g. {@code 0:35}
   * @param address where the request came from, for the audit event, or null
   * @throws InvalidInput if the exhibit has left the case, the recording's length is unknown or the
   *     range is not within it
   */
  public Clip cutClip(long exhibitId, String startText, String endText, String address) {
    callers.require(Action.DISCLOSE);
    Exhibit exhibit = em.find(Exhibit.class, exhibitId);
    if (exhibit == null) {
      throw new InvalidInput("exhibitId", "There is no such exhibit.");
    }
    EvidenceCase evidenceCase = cases.locked(exhibit.getCaseId());
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
      removal.afterRollback(() -> store.deleteClip(StorageKey.parse(sha)));
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
            callers.username(),
            now);
    em.persist(clip);
    em.flush();
    audit.record(
        AuditEntry.of(callers.username(), AuditAction.CLIP_CUT, "recording", recording.getId(), now)
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
    callers.require(Action.DISCLOSE);
    return em.createQuery(
            "SELECT c FROM Clip c WHERE c.exhibitId = :e AND c.fileRemovedAt IS NULL"
                + " ORDER BY c.cutAt, c.id",
            Clip.class)
        .setParameter("e", exhibitId)
        .getResultList();
  }

  /**
   * Removes the files of a case's clips when it closes, or of one exhibit's clips when it leaves
   * the case; the records stay, and the files go once the transaction has committed. Called in the
   * closing transaction.
   *
   * @param exhibitId the exhibit leaving the case, or null when the whole case closes
   */
  public void withdraw(long caseId, Long exhibitId) {
    callers.require(Action.MANAGE_CASE);
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
        removal.afterCommit(() -> store.deleteClip(StorageKey.parse(sha)));
      }
      audit.record(
          AuditEntry.of(
                  callers.username(),
                  AuditAction.CLIP_REMOVED,
                  "recording",
                  clip.getRecordingId(),
                  now)
              .withDetails("clip " + clip.getRange() + ", sha256 " + sha + ": " + why));
    }
    em.flush();
  }

  /**
   * Removes clip files that no kept clip refers to: left behind when removing them after a commit
   * failed, or by a crash between a commit and the removal. A file younger than an hour is left
   * alone, as its transaction may not have committed yet. For the housekeeping timer.
   *
   * @return how many files were removed
   */
  @PermitAll
  public int removeUnreferencedFiles() {
    Instant before = clock.instant().minus(Duration.ofHours(1));
    int removed = 0;
    for (Path file : CopyRemoval.leftOver(store.root().resolve("clips"), before)) {
      String sha = file.getFileName().toString().replaceFirst("\\.mp4$", "");
      if (sha.matches("[0-9a-f]{64}")
          && !keptElsewhere(sha, null)
          && CopyRemoval.removeLeftOver(file)) {
        removed++;
      }
    }
    return removed;
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
}
