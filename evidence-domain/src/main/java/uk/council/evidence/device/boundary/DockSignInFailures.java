package uk.council.evidence.device.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;

/**
 * Requests to the dock API with no dock credential at all (no name to audit them under) are
 * counted, not audited one by one: a scanner could otherwise fill the audit log. Every {@code
 * evidence.dock.failure-count-seconds} (60 by default) one event says how many there were and from
 * which addresses, if there were any.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class DockSignInFailures {

  /** Addresses named one by one in an event; the rest are counted together. */
  static final int ADDRESSES_NAMED = 20;

  /** Addresses remembered between events, so a flood of made-up ones costs bounded memory. */
  static final int ADDRESSES_KEPT = 1_000;

  @Inject AuditLog audit;
  @Inject Clock clock;
  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "evidence.dock.failure-count-seconds", defaultValue = "60")
  long seconds;

  private final Map<String, AtomicLong> byAddress = new ConcurrentHashMap<>();
  private final AtomicLong others = new AtomicLong();

  @PostConstruct
  void schedule() {
    long every = Math.max(1, seconds) * 1000;
    timers.createIntervalTimer(every, every, new TimerConfig("dock sign-in failures", false));
  }

  /** Counts one request that came with no dock credential. */
  public void count(String address) {
    String key = address == null ? "unknown" : address;
    AtomicLong n = byAddress.get(key);
    if (n == null && byAddress.size() >= ADDRESSES_KEPT) {
      others.incrementAndGet();
      return;
    }
    byAddress.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
  }

  @Timeout
  void report() {
    Map<String, Long> counted = new TreeMap<>();
    for (String address : byAddress.keySet()) {
      AtomicLong n = byAddress.remove(address);
      if (n != null && n.get() > 0) {
        counted.put(address, n.get());
      }
    }
    long unnamed = others.getAndSet(0);
    long total = counted.values().stream().mapToLong(Long::longValue).sum() + unnamed;
    if (total == 0) {
      return;
    }
    StringBuilder details =
        new StringBuilder(
            total + " requests to the dock API without a dock credential in " + seconds + " s:");
    counted.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(ADDRESSES_NAMED)
        .forEach(
            e ->
                details
                    .append(' ')
                    .append(e.getKey())
                    .append(" (")
                    .append(e.getValue())
                    .append(')'));
    long named =
        counted.values().stream()
            .sorted((a, b) -> Long.compare(b, a))
            .limit(ADDRESSES_NAMED)
            .mapToLong(Long::longValue)
            .sum();
    if (total > named) {
      details.append(" and ").append(total - named).append(" from other addresses");
    }
    audit.record(
        AuditEntry.of(
                "system", AuditAction.DOCK_AUTH_FAILURES_COUNTED, "dock", null, clock.instant())
            .withDetails(details.toString()));
  }
}
