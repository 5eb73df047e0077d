package uk.council.evidence.web.health;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import uk.council.evidence.request.boundary.Requests;
import uk.council.evidence.request.entity.Urgency;

/**
 * Requests whose legal deadline is at risk, for the council's monitoring: the gauge {@code
 * bwv_requests} by urgency (overdue, due within three days, within seven, later, clock stopped,
 * waiting for identity), the same for every server since it is counted from the database. Counted
 * every minute rather than at each scrape, so that monitoring, which anyone who reaches the server
 * may do, cannot make the database work.
 */
@Singleton
@Startup
public class DeadlineMetrics {

  private static final Logger LOG = Logger.getLogger(DeadlineMetrics.class.getName());

  @Inject MetricRegistry registry;
  @Inject Requests requests;

  private final Map<Urgency, AtomicLong> counts = new EnumMap<>(Urgency.class);

  @PostConstruct
  void register() {
    Metadata metadata =
        Metadata.builder()
            .withName("bwv.requests")
            .withDescription(
                "requests on the data protection officers' queue, by urgency: alert on overdue"
                    + " and red (due within three days)")
            .withUnit(MetricUnits.NONE)
            .build();
    for (Urgency urgency : Urgency.values()) {
      if (urgency != Urgency.CLOSED) {
        AtomicLong count = new AtomicLong();
        counts.put(urgency, count);
        registry.gauge(metadata, count, AtomicLong::get, new Tag("urgency", urgency.name()));
      }
    }
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void count() {
    try {
      Map<Urgency, Long> now = requests.urgencies();
      counts.forEach((urgency, count) -> count.set(now.getOrDefault(urgency, 0L)));
    } catch (RuntimeException e) {
      // The gauges keep their last counts; the next minute tries again.
      LOG.log(Level.WARNING, "Could not count the requests for the metrics", e);
    }
  }
}
