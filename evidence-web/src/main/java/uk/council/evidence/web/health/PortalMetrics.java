package uk.council.evidence.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import uk.council.evidence.footage.boundary.FixityCheck;
import uk.council.evidence.footage.entity.UploadEnded;
import uk.council.evidence.retention.boundary.DeletionSweep;

/**
 * What this server has done since it started, for the council's monitoring (MicroProfile Metrics,
 * served by Payara at {@code /metrics?scope=application} in Prometheus' text format): dock uploads
 * stored and refused, the deletion sweep's runs and deletions, the fixity check's files and
 * failures. Each server counts its own; with two behind the load balancer, the monitoring adds them
 * up. Counts only: nothing that names a person, a recording or a camera.
 */
@ApplicationScoped
public class PortalMetrics {

  private static final Logger LOG = Logger.getLogger(PortalMetrics.class.getName());

  @Inject MetricRegistry registry;
  @Inject Clock clock;

  private final AtomicLong lastSweep = new AtomicLong();

  void uploaded(@Observes UploadEnded upload) {
    safely(() -> count(upload));
  }

  void swept(@Observes DeletionSweep.Result sweep) {
    safely(() -> count(sweep));
  }

  void checked(@Observes FixityCheck.Run run) {
    safely(() -> count(run));
  }

  /**
   * The events are announced in the middle of the work they describe (an upload's answer waits on
   * them): counting must never fail it.
   */
  private static void safely(Runnable counting) {
    try {
      counting.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not count for the metrics", e);
    }
  }

  private void count(UploadEnded upload) {
    registry
        .counter(
            counter("bwv.uploads", "dock uploads that ended, by outcome", MetricUnits.NONE),
            new Tag("outcome", upload.stored() ? "stored" : "refused"))
        .inc();
    if (upload.stored()) {
      registry
          .counter(counter("bwv.uploads.stored", "bytes of footage stored", MetricUnits.BYTES))
          .inc(upload.bytes());
    }
  }

  private void count(DeletionSweep.Result sweep) {
    registry.counter(counter("bwv.sweep.runs", "deletion sweeps run", MetricUnits.NONE)).inc();
    registry
        .counter(counter("bwv.sweep.deleted", "recordings the sweep deleted", MetricUnits.NONE))
        .inc(sweep.deleted());
    if (lastSweep.getAndSet(clock.instant().getEpochSecond()) == 0) {
      registry.gauge(
          Metadata.builder()
              .withName("bwv.sweep.last")
              .withDescription(
                  "when this server last finished a deletion sweep, in seconds since 1970;"
                      + " alert when it is more than an hour ago on every server")
              .withUnit(MetricUnits.SECONDS)
              .build(),
          lastSweep,
          AtomicLong::get);
    }
  }

  private void count(FixityCheck.Run run) {
    registry
        .counter(counter("bwv.fixity.checked", "stored files re-hashed", MetricUnits.NONE))
        .inc(run.checked());
    registry
        .counter(
            counter(
                "bwv.fixity.failed",
                "stored files missing or not matching their SHA-256: each is a SEVERE log line",
                MetricUnits.NONE))
        .inc(run.failed());
  }

  private static Metadata counter(String name, String description, String unit) {
    return Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
  }
}
