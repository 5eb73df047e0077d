package uk.council.evidence.request.boundary;

import static uk.council.evidence.staff.entity.Role.Name.DPO;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.council.evidence.access.boundary.CurrentCaller;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.casework.entity.ClipRange;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.platform.control.SqlValues;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.platform.entity.JobStatus;
import uk.council.evidence.request.control.RequestDisclosure;
import uk.council.evidence.request.entity.Box;
import uk.council.evidence.request.entity.FootageRequest;
import uk.council.evidence.request.entity.FoundRecording;
import uk.council.evidence.request.entity.Redaction;
import uk.council.evidence.request.entity.RedactionJob;
import uk.council.evidence.request.entity.RedactionPlan;
import uk.council.evidence.request.entity.RedactionReason;
import uk.council.evidence.request.entity.RequestNotVisible;
import uk.council.evidence.request.entity.TrackAction;
import uk.council.evidence.request.entity.Verdict;

/**
 * Redacting a recording found for a request, for the data protection officer: faces found in the
 * background, tracks kept, blurred or left out, boxes drawn by hand, stretches of picture blurred
 * and of sound muted, the preview watched to the end, the copy made in the background and watched
 * to the end before it may be disclosed. Only a recording that shows what was asked for may be
 * redacted, and only by someone who may handle the request; every change is audited.
 */
@Stateless
@RolesAllowed(DPO)
public class Redactions {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject CurrentCaller callers;
  @Inject AuditLog audit;
  @Inject FootageStore store;
  @Inject Clock clock;

  /**
   * What the screen shows of a recording's redaction.
   *
   * @param redaction empty until someone starts it
   * @param job the latest job of the worker for it, if any
   */
  public record View(
      FootageRequest request,
      Recording recording,
      Optional<Redaction> redaction,
      Optional<RedactionJob> job,
      List<RedactionJob> waitingBefore) {}

  /**
   * The redaction of a recording found for a request, as it stands.
   *
   * @throws RequestNotVisible if the caller may not handle the request, or the recording was not
   *     found for it as showing what was asked for
   */
  public View of(long requestId, long recordingId, String address) {
    callers.require(Action.HANDLE_REQUEST);
    FootageRequest request = visible(requestId, recordingId, address);
    Recording recording = em.find(Recording.class, recordingId);
    Optional<Redaction> redaction = find(requestId, recordingId);
    Optional<RedactionJob> job = redaction.flatMap(r -> latestJob(r.getId()));
    List<RedactionJob> before =
        job.filter(j -> j.status() == JobStatus.QUEUED).map(this::waitingBefore).orElse(List.of());
    return new View(request, recording, redaction, job, before);
  }

  /** Starts the redaction if it has not been, and has the worker find the faces (again). */
  public Redaction findFaces(long requestId, long recordingId, String address) {
    callers.require(Action.HANDLE_REQUEST);
    visible(requestId, recordingId, address);
    Instant now = clock.instant();
    Redaction redaction = started(requestId, recordingId, now, address);
    notBusy(redaction);
    queue(redaction, RedactionJob.Kind.DETECT, now);
    return redaction;
  }

  /**
   * Records why the recording's original is disclosed for the request without redaction (a blank
   * reason takes the decision back); a subject access request's package needs this, or a checked
   * copy, for every recording in it.
   */
  public void discloseOriginal(long requestId, long recordingId, String reason, String address) {
    callers.require(Action.HANDLE_REQUEST);
    visible(requestId, recordingId, address);
    Instant now = clock.instant();
    Redaction r = started(requestId, recordingId, now, address);
    r.discloseOriginal(reason, callers.username(), now);
    em.flush();
    audited(
        r,
        AuditAction.REDACTION_CHANGED,
        r.originalReason()
            .map(why -> "original to be disclosed without redaction: " + why)
            .orElse("the original is no longer to be disclosed without redaction"),
        address);
  }

  /** Decides what to do with a track: blur it (with why), keep it visible, or leave it out. */
  public void decide(
      long redactionId, int track, TrackAction action, RedactionReason reason, String address) {
    Redaction r = changing(redactionId, address);
    r.decide(track, action, reason, clock.instant());
    audited(
        r,
        AuditAction.REDACTION_CHANGED,
        "track "
            + track
            + ": "
            + action.title()
            + (action == TrackAction.BLUR ? " (" + reason.title() + ")" : ""),
        address);
  }

  /**
   * A box drawn by hand at {@code ms} of the recording: a new track if {@code track} is null, or a
   * key moment of that track.
   *
   * @throws InvalidInput if the box is off the picture or the moment outside the recording
   */
  public int draw(
      long redactionId, Integer track, long ms, Box box, RedactionReason reason, String address) {
    Redaction r = changing(redactionId, address);
    MediaInfo media = media(r);
    if (ms < 0 || ms > media.duration().toMillis()) {
      throw new InvalidInput("drawnAt", "Draw the box while the video shows a moment of it.");
    }
    Box within;
    try {
      within = box.within(media.width(), media.height());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("box", "Draw the box on the picture.");
    }
    if (within.width() < 4 || within.height() < 4) {
      throw new InvalidInput("box", "Draw a box at least a few pixels across.");
    }
    int number = r.draw(track, ms, within, reason, clock.instant());
    audited(
        r,
        AuditAction.REDACTION_CHANGED,
        "box drawn on track " + number + " at " + ClipRange.format(Duration.ofMillis(ms)),
        address);
    return number;
  }

  /**
   * Blurs the whole picture ({@code picture}) or silences the sound (with a tone instead, if {@code
   * bleep}) over a stretch typed as times from the start, e.g. {@code 0:05} to {@code 0:12}.
   *
   * @throws InvalidInput naming each field that is wrong
   */
  public void addStretch(
      long redactionId,
      boolean picture,
      boolean bleep,
      String fromText,
      String toText,
      RedactionReason reason,
      String address) {
    Redaction r = changing(redactionId, address);
    Duration length = media(r).duration();
    var check = new InputCheck();
    Duration from = check.value(() -> ClipRange.time("stretchFrom", "start", fromText));
    Duration to = check.value(() -> ClipRange.time("stretchTo", "end", toText));
    if (reason == null) {
      check.add("stretchReason", "Choose why.");
    }
    if (from != null && to != null && to.compareTo(from) <= 0) {
      check.add("stretchTo", "The end must come after the start.");
    }
    if (to != null && to.compareTo(length) > 0) {
      check.add(
          "stretchTo", "The recording ends at " + ClipRange.format(length) + "; end by then.");
    }
    check.orThrow();
    r.addStretch(
        picture,
        new RedactionPlan.Stretch(from.toMillis(), to.toMillis(), reason, bleep && !picture),
        clock.instant());
    audited(
        r,
        AuditAction.REDACTION_CHANGED,
        (picture ? "whole picture blurred" : bleep ? "sound replaced by a tone" : "sound muted")
            + " from "
            + ClipRange.format(from)
            + " to "
            + ClipRange.format(to)
            + " ("
            + reason.title()
            + ")",
        address);
  }

  /** Takes away a stretch of blurred picture or muted sound. */
  public void removeStretch(long redactionId, boolean picture, int index, String address) {
    Redaction r = changing(redactionId, address);
    r.removeStretch(picture, index, clock.instant());
    audited(
        r,
        AuditAction.REDACTION_CHANGED,
        (picture ? "blurred picture" : "muted sound") + " stretch " + (index + 1) + " taken away",
        address);
  }

  /** Blurs everything but the tracks kept visible, or stops doing so. */
  public void setInverse(long redactionId, boolean inverse, String address) {
    Redaction r = changing(redactionId, address);
    r.setInverse(inverse, clock.instant());
    audited(
        r,
        AuditAction.REDACTION_CHANGED,
        inverse ? "everything but the requester blurred" : "only the tracks marked blurred",
        address);
  }

  /** The preview of the plan as it is was watched to the end (the screen saw it end). */
  public void previewWatched(long redactionId, String address) {
    Redaction r = changing(redactionId, address);
    r.previewWatched(callers.username(), clock.instant());
    audited(r, AuditAction.REDACTION_PREVIEW_WATCHED, "preview watched to the end", address);
  }

  /**
   * Has the worker make the redacted copy of the plan as it is.
   *
   * @throws InvalidInput if the preview of it has not been watched to the end
   */
  public void makeCopy(long redactionId, String address) {
    Redaction r = changing(redactionId, address);
    if (!r.isPreviewWatched()) {
      throw new InvalidInput(
          "makeCopy", "Watch the whole preview of the redaction before the copy is made.");
    }
    queue(r, RedactionJob.Kind.RENDER, clock.instant());
  }

  /** The redacted copy was watched to the end: it may be disclosed. */
  public void copyChecked(long redactionId, String address) {
    Redaction r = locked(redactionId, address);
    if (!r.copyIsCurrent()) {
      throw new InvalidInput("copyChecked", "Make the copy of the redaction as it is first.");
    }
    r.copyChecked(callers.username(), clock.instant());
    audited(
        r,
        AuditAction.REDACTED_COPY_CHECKED,
        "redacted copy " + r.copySha256().orElseThrow() + " watched to the end",
        address);
  }

  /**
   * The redacted copy's file, for playing; audited, but for a player's later requests for parts of
   * it ({@code continuing}: seeking, buffering).
   */
  public Path openCopy(long redactionId, boolean continuing, String address) {
    callers.require(Action.HANDLE_REQUEST);
    Redaction r = em.find(Redaction.class, redactionId);
    if (r == null || r.copySha256().isEmpty()) {
      throw new RequestNotVisible(redactionId);
    }
    visible(r.getRequestId(), r.getRecordingId(), address);
    if (!continuing) {
      audited(
          r, AuditAction.REDACTED_COPY_PLAYED, "redacted copy " + r.copySha256().get(), address);
    }
    return store.redactedCopy(StorageKey.parse(r.copySha256().get()));
  }

  private Redaction changing(long redactionId, String address) {
    Redaction r = locked(redactionId, address);
    notBusy(r);
    return r;
  }

  private Redaction locked(long redactionId, String address) {
    callers.require(Action.HANDLE_REQUEST);
    Redaction r = em.find(Redaction.class, redactionId, LockModeType.PESSIMISTIC_WRITE);
    if (r == null) {
      throw new RequestNotVisible(redactionId);
    }
    visible(r.getRequestId(), r.getRecordingId(), address);
    return r;
  }

  /** Refuses a change while the worker is finding faces or making the copy. */
  private void notBusy(Redaction r) {
    latestJob(r.getId())
        .filter(RedactionJob::isWaitingOrRunning)
        .ifPresent(
            j -> {
              throw new InvalidInput(
                  "redaction", j.kind().title() + " is under way; wait for it to finish.");
            });
  }

  private void queue(Redaction r, RedactionJob.Kind kind, Instant now) {
    em.createNativeQuery(
            "INSERT INTO redaction_job (redaction_id, kind, queued_by, queued_at)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, r.getId())
        .setParameter(2, kind.name())
        .setParameter(3, callers.username())
        .setParameter(4, SqlValues.utc(now))
        .executeUpdate();
  }

  private Optional<RedactionJob> latestJob(long redactionId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT "
                    + RedactionJobs.COLUMNS
                    + " FROM redaction_job WHERE redaction_id = ?1"
                    + " ORDER BY queued_at DESC, id DESC LIMIT 1")
            .setParameter(1, redactionId)
            .getResultList();
    return rows.stream().findFirst().map(RedactionJobs::job);
  }

  private List<RedactionJob> waitingBefore(RedactionJob job) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT "
                    + RedactionJobs.COLUMNS
                    + " FROM redaction_job"
                    + " WHERE status IN ('QUEUED', 'RUNNING') AND (queued_at, id) < (?1, ?2)"
                    + " ORDER BY queued_at, id")
            .setParameter(1, SqlValues.utc(job.queuedAt()))
            .setParameter(2, job.id())
            .getResultList();
    return rows.stream().map(RedactionJobs::job).toList();
  }

  private Optional<Redaction> find(long requestId, long recordingId) {
    return RequestDisclosure.redaction(em, requestId, recordingId);
  }

  /** The recording's redaction for the request, started now (and audited) if it was not yet. */
  private Redaction started(long requestId, long recordingId, Instant now, String address) {
    return find(requestId, recordingId)
        .orElseGet(
            () -> {
              Redaction r = new Redaction(requestId, recordingId, callers.username(), now);
              em.persist(r);
              em.flush();
              audited(r, AuditAction.REDACTION_STARTED, "started", address);
              return r;
            });
  }

  private MediaInfo media(Redaction r) {
    Recording recording = em.find(Recording.class, r.getRecordingId());
    return recording
        .getMedia()
        .orElseThrow(
            () -> new InvalidInput("redaction", "The recording's size and length are not known."));
  }

  /**
   * The request, if the caller may handle it and the recording was found for it as showing what was
   * asked for; a refusal is audited in its own transaction.
   */
  private FootageRequest visible(long requestId, long recordingId, String address) {
    FootageRequest request = em.find(FootageRequest.class, requestId);
    FoundRecording found =
        em.find(FoundRecording.class, new FoundRecording.Key(requestId, recordingId));
    Recording recording = em.find(Recording.class, recordingId);
    if (request == null
        || !request.mayBeHandledBy(callers.get())
        || found == null
        || found.getVerdict() != Verdict.MATCHING
        || recording == null
        || recording.isBeingDeleted()) {
      audit.recordSeparately(
          AuditEntry.of(
                  callers.username(),
                  AuditAction.ACCESS_DENIED,
                  "request",
                  requestId,
                  clock.instant())
              .withDetails("redaction of recording " + recordingId + " refused"));
      throw new RequestNotVisible(requestId);
    }
    return request;
  }

  private void audited(Redaction r, AuditAction action, String what, String address) {
    audit.record(
        AuditEntry.of(callers.username(), action, "recording", r.getRecordingId(), clock.instant())
            .withDetails("redaction for request " + r.getRequestId() + ": " + what)
            .from(address));
  }
}
