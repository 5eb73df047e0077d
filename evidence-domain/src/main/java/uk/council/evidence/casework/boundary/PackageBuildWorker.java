package uk.council.evidence.casework.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.council.evidence.access.entity.NotAllowed;
import uk.council.evidence.casework.entity.PackageBuild;
import uk.council.evidence.casework.entity.PackageContents;
import uk.council.evidence.casework.entity.PackagePlan;
import uk.council.evidence.casework.entity.PackageWriting;
import uk.council.evidence.platform.control.OneAtATime;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * The package worker: every few seconds, if it is not already busy, it builds the packages waiting
 * in {@link PackageBuilds}' queue one at a time on one thread of the server's managed executor, so
 * that many asked for at once wait their turn rather than share the disk. For each: plan it again
 * as the officer who asked, write its ZIP to a work file ({@link PackageWriting}, the report
 * pipeline's), telling how far it is at most once a second, then record it. Anything refused or
 * failed leaves no package and no file, and the build says why on its page.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PackageBuildWorker {

  private static final Logger LOG = Logger.getLogger(PackageBuildWorker.class.getName());

  @Resource ManagedExecutorService executor;

  @Inject PackageBuilds builds;
  @Inject Instance<PackageWriting> writers;

  private final OneAtATime thread = new OneAtATime(LOG, "The package worker");

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "package builds")
  void tick() {
    thread.tick(executor, this::buildWaiting);
  }

  /** Builds packages until none waits. */
  void buildWaiting() {
    builds.requeueSilent();
    for (Optional<PackageBuild> b = builds.claim(); b.isPresent(); b = builds.claim()) {
      build(b.get());
    }
  }

  private void build(PackageBuild b) {
    if (!writers.isResolvable()) {
      builds.failed(b.id(), "Packages cannot be built here: the report pipeline is not deployed.");
      return;
    }
    PackagePlan plan;
    try {
      plan = builds.plan(b.id());
    } catch (InvalidInput e) {
      builds.failed(b.id(), said(e));
      return;
    } catch (NotAllowed e) {
      builds.failed(b.id(), b.queuedBy() + " may no longer disclose this footage.");
      return;
    } catch (EJBException e) {
      LOG.log(Level.SEVERE, "Package " + b.reference() + " could not be planned", e);
      builds.failed(b.id(), reason(e));
      return;
    }
    Path work = builds.workFile(b.id(), plan);
    try {
      Progress progress = new Progress(b.id());
      PackageContents contents = writers.get().write(plan, work, b.queuedBy(), progress::at);
      progress.renew();
      builds.record(b.id(), plan, contents, work);
      work = null;
    } catch (InvalidInput e) {
      builds.failed(b.id(), said(e));
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Package " + b.reference() + " could not be written", e);
      builds.failed(b.id(), "its file could not be written (" + e.getMessage() + ").");
    } catch (EJBException e) {
      LOG.log(Level.SEVERE, "Package " + b.reference() + " could not be recorded", e);
      builds.failed(b.id(), reason(e));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Package " + b.reference() + " could not be built", e);
      builds.failed(b.id(), e.getMessage());
    } finally {
      if (work != null) {
        builds.discardWorkFile(b.id(), plan, work);
      }
    }
  }

  /** Every problem, as the form would have named them. */
  private static String said(InvalidInput e) {
    return String.join(" ", e.problems().stream().map(InvalidInput.Problem::message).toList());
  }

  private static String reason(EJBException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /** Tells the queue how far a build is, at most once a second. */
  private final class Progress {
    private final long id;
    private long told = System.nanoTime();
    private long done;
    private long of;

    Progress(long id) {
      this.id = id;
    }

    void at(long done, long of) {
      this.done = done;
      this.of = of;
      long now = System.nanoTime();
      if (now - told >= 1_000_000_000L || done == of) {
        told = now;
        builds.progress(id, done, of);
      }
    }

    /** Says again how far it is, so that the heartbeat is fresh before the package is recorded. */
    void renew() {
      builds.progress(id, done, of);
    }
  }
}
