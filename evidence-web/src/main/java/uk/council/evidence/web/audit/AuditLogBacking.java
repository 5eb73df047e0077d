package uk.council.evidence.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.audit.entity.ChainVerification;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.web.shell.Period;

/** The audit log page: newest events a page at a time, and verification of the whole chain. */
@Named("auditLog")
@ViewScoped
public class AuditLogBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(CouncilTime.ZONE);
  static final int PAGE_SIZE = 50;

  @Inject transient AuditLog audit;
  @Inject transient SecurityContext security;
  @Inject transient Clock clock;

  private int page;
  private ChainVerification verification;
  private final Period<LocalDate> period = new Period<>();

  /** Sets the extract's default period, the last 30 days up to today, once per view. */
  public void init() {
    if (period.getTo() == null) {
      LocalDate today = LocalDate.now(clock.withZone(CouncilTime.ZONE));
      period.set(today.minusDays(30), today);
    }
  }

  public List<Row> getEvents() {
    return audit.newest(page * PAGE_SIZE, PAGE_SIZE + 1).stream()
        .limit(PAGE_SIZE)
        .map(Row::of)
        .toList();
  }

  public boolean isHasOlder() {
    return audit.newest((page + 1) * PAGE_SIZE, 1).size() == 1;
  }

  public boolean isHasNewer() {
    return page > 0;
  }

  public void older() {
    page++;
  }

  public void newer() {
    page = Math.max(0, page - 1);
  }

  /** Walks the whole chain now; the check itself is audited. */
  public void verify() {
    verification = audit.verify();
    audit.record(
        new AuditEntry(
            security.getCallerPrincipal().getName(),
            AuditAction.AUDIT_CHAIN_VERIFIED,
            "audit-log",
            null,
            verification.summary(),
            null,
            clock.instant()));
  }

  public ChainVerification getVerification() {
    return verification;
  }

  public int getPage() {
    return page;
  }

  public Period<LocalDate> getPeriod() {
    return period;
  }

  /** One event as the table shows it. */
  public record Row(
      long seq,
      String when,
      String actor,
      String action,
      String target,
      String details,
      String address,
      String hash) {
    static Row of(AuditEvent e) {
      String target =
          e.getTargetType() == null
              ? ""
              : e.getTargetType() + (e.getTargetId() == null ? "" : " " + e.getTargetId());
      return new Row(
          e.getSeq(),
          WHEN.format(e.getOccurredAt()),
          e.getActor(),
          e.getAction(),
          target,
          e.getDetails(),
          e.getSourceAddress() == null ? "" : e.getSourceAddress(),
          e.getHash().substring(0, 12));
    }
  }
}
