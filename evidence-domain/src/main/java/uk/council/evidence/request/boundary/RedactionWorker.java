package uk.council.evidence.request.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.footage.control.FootageStore;
import uk.council.evidence.footage.control.MediaTools;
import uk.council.evidence.footage.control.Staged;
import uk.council.evidence.footage.entity.MediaInfo;
import uk.council.evidence.footage.entity.Recording;
import uk.council.evidence.footage.entity.StorageKey;
import uk.council.evidence.platform.control.OneAtATime;
import uk.council.evidence.request.control.FaceDetector;
import uk.council.evidence.request.control.Redactor;
import uk.council.evidence.request.control.Thumbnails;
import uk.council.evidence.request.control.TrackFinder;
import uk.council.evidence.request.entity.Redaction;
import uk.council.evidence.request.entity.RedactionJob;
import uk.council.evidence.request.entity.Track;
import uk.council.evidence.request.entity.TrackKind;

/**
 * The redaction worker: every few seconds, if it is not already busy, it takes the jobs waiting in
 * {@link RedactionJobs}' queue one at a time on one thread of the server's managed executor, so
 * that finding faces and making copies never take more than one of the server's threads (OpenCV is
 * told to use one) and several jobs wait their turn. A copy is written to a work file of the
 * footage store and stored in the redacted copies' folder only when whole; a job cut short by a
 * stopped server is queued again by {@link RedactionJobs#requeueSilent} and starts over, and its
 * work file is removed with the store's other leftovers.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RedactionWorker {

  private static final Logger LOG = Logger.getLogger(RedactionWorker.class.getName());

  @Resource ManagedExecutorService executor;

  @Inject RedactionJobs jobs;
  @Inject FootageStore store;
  @Inject MediaTools media;

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  private final OneAtATime thread = new OneAtATime(LOG, "The redaction worker");

  @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false, info = "redaction jobs")
  void tick() {
    thread.tick(executor, this::runWaiting);
  }

  /** Runs jobs until none waits. */
  void runWaiting() {
    jobs.requeueSilent();
    for (Optional<RedactionJob> job = jobs.claim(); job.isPresent(); job = jobs.claim()) {
      run(job.get());
    }
  }

  private void run(RedactionJob job) {
    try {
      Redaction redaction = em.find(Redaction.class, job.redactionId());
      Recording recording = em.find(Recording.class, redaction.getRecordingId());
      if (recording == null || recording.isBeingDeleted()) {
        jobs.failed(job, "The recording is no longer held.");
        return;
      }
      em.clear();
      Path original = store.original(StorageKey.parse(recording.getSha256()));
      MediaInfo info = recording.getMedia().orElseGet(() -> media.probe(original));
      long length = info.duration().toMillis();
      jobs.progress(job.id(), 0, length);
      Progress progress = new Progress(job.id(), length);
      if (job.kind() == RedactionJob.Kind.DETECT) {
        List<Track> tracks;
        try (FaceDetector detector = new FaceDetector()) {
          tracks =
              TrackFinder.find(
                  media.ffmpegCommand(),
                  original,
                  info.width(),
                  info.height(),
                  detector,
                  TrackKind.FACE,
                  progress::at);
        }
        List<String> thumbnails = new ArrayList<>();
        for (Track t : tracks) {
          thumbnails.add(Thumbnails.of(media.ffmpegCommand(), original, t));
        }
        jobs.facesFound(job, tracks, thumbnails);
      } else {
        render(job, redaction, original, info, progress);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Redaction job " + job.id() + " failed", e);
      jobs.failed(job, e.getMessage());
    }
  }

  private void render(
      RedactionJob job, Redaction redaction, Path original, MediaInfo info, Progress progress) {
    Path work = store.scratchFile(".mp4");
    try {
      Redactor.render(
          media.ffmpegCommand(),
          new Redactor.Source(
              original,
              info.width(),
              info.height(),
              media.frameRate(original),
              info.audio().isPresent()),
          redaction.plan(),
          work,
          progress::at);
      Staged staged = store.stageScratch(work);
      StorageKey key = store.commitRedactedCopy(staged);
      if (!jobs.copyMade(job, key.sha256(), staged.size())) {
        LOG.info(() -> "Redaction job " + job.id() + ": the plan changed while it ran");
      }
    } finally {
      store.discardScratch(work);
    }
  }

  /** Tells the queue how far a job is, at most once a second. */
  private final class Progress {
    private final long id;
    private final long length;
    private long told = System.nanoTime();

    Progress(long id, long length) {
      this.id = id;
      this.length = length;
    }

    void at(long ms) {
      long now = System.nanoTime();
      if (now - told >= 1_000_000_000L) {
        told = now;
        jobs.progress(id, Math.min(ms, length), length);
      }
    }
  }
}
