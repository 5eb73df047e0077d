package uk.council.evidence.audit.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.CAMERA_USER;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.DPO;
import static uk.council.evidence.staff.entity.Role.Name.EVIDENCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.SUPERVISOR;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import uk.council.evidence.audit.entity.AuditAccess;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditChain;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.audit.entity.AuditExtractData;
import uk.council.evidence.audit.entity.AuditRefused;
import uk.council.evidence.audit.entity.ChainVerification;
import uk.council.evidence.audit.entity.TrailAccess;

/** Writes events to the audit chain, reads them back, and verifies the chain. */
@Stateless
public class AuditLog {

  /** The advisory lock key that serialises writers of the chain ("AUDIT" in ASCII). */
  private static final long CHAIN_LOCK = 0x4155444954L;

  private static final int VERIFY_BATCH = 2_000;

  /** What an event shows in place of details its reader may not see. */
  public static final String WITHHELD = "(details not shown to you)";

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditAccess access;
  @Resource SessionContext context;
  @Inject @Any Instance<TrailAccess> trails;
  @Inject Clock clock;

  /**
   * Records an event as part of the caller's transaction: if the caller's work rolls back, so does
   * the event, and the event commits only with what it describes.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditEvent record(AuditEntry entry) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
        .setParameter(1, CHAIN_LOCK)
        .getSingleResult();
    List<?> head =
        em.createNativeQuery("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
            .getResultList();
    long previousSeq = 0;
    String previousHash = AuditChain.GENESIS;
    if (!head.isEmpty()) {
      Object[] row = (Object[]) head.get(0);
      previousSeq = ((Number) row[0]).longValue();
      previousHash = ((String) row[1]).strip();
    }
    AuditEvent event = new AuditEvent(previousSeq, previousHash, entry);
    em.persist(event);
    em.flush();
    return event;
  }

  /**
   * Records an event in a transaction of its own, which commits even if the caller's does not: for
   * failed sign-ins, refused access and anything else whose failure is itself the news.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditEvent recordSeparately(AuditEntry entry) {
    return record(entry);
  }

  /** Walks the whole chain from the first event and names the first one that does not fit. */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ChainVerification verify() {
    refuseUnlessWholeLog();
    var verifier = new AuditChain.Verifier();
    long after = 0;
    while (true) {
      List<AuditEvent> batch =
          em.createQuery(
                  "SELECT e FROM AuditEvent e WHERE e.seq > :after ORDER BY e.seq",
                  AuditEvent.class)
              .setParameter("after", after)
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      if (batch.isEmpty()) {
        return verifier.result();
      }
      batch.forEach(verifier::accept);
      after = batch.get(batch.size() - 1).getSeq();
      em.clear();
    }
  }

  /**
   * The events of {@code [from, to)} (at most {@code limit}), how many there are in all, and a
   * fresh verification of the whole chain, all in one transaction.
   */
  @RolesAllowed(COMPLIANCE_OFFICER)
  public AuditExtractData extract(Instant from, Instant to, int limit) {
    refuseUnlessWholeLog();
    long count = countBetween(from, to);
    List<AuditEvent> events = between(from, to, limit);
    em.clear();
    return new AuditExtractData(events, count, verify());
  }

  /** Events in {@code [from, to)}, oldest first, at most {@code limit}. */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  public List<AuditEvent> between(Instant from, Instant to, int limit) {
    refuseUnlessWholeLog();
    return em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.occurredAt >= :from AND e.occurredAt < :to"
                + " ORDER BY e.seq",
            AuditEvent.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(limit)
        .getResultList();
  }

  /** How many events fall in {@code [from, to)}. */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  public long countBetween(Instant from, Instant to) {
    refuseUnlessWholeLog();
    return em.createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE e.occurredAt >= :from AND e.occurredAt < :to",
            Long.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  /** The newest events, newest first: one page of the audit log screen. */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  public List<AuditEvent> newest(int offset, int limit) {
    refuseUnlessWholeLog();
    return em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.seq DESC", AuditEvent.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Everything that happened to one thing, oldest first: a recording's chain of custody, a case's
   * history. The component that owns the thing says who may read it ({@link TrailAccess}); for
   * anything else, those who may read the whole audit log. A refusal is audited.
   *
   * @throws AuditRefused if the caller may not read it
   */
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
  public List<AuditEvent> about(String targetType, String targetId) {
    TrailAccess owner =
        trails.stream().filter(t -> t.targetType().equals(targetType)).findFirst().orElse(null);
    boolean allowed = owner == null ? access.mayReadWholeLog() : owner.mayRead(targetId);
    if (!allowed) {
      // Through the container, so that the refusal commits in its own transaction.
      context
          .getBusinessObject(AuditLog.class)
          .recordSeparately(
              AuditEntry.of(
                      access.actor(),
                      AuditAction.ACCESS_DENIED,
                      targetType,
                      targetId,
                      clock.instant())
                  .withDetails("may not read its history"));
      throw AuditRefused.trail(targetType, targetId);
    }
    List<AuditEvent> events =
        em.createQuery(
                "SELECT e FROM AuditEvent e WHERE e.targetType = :type AND e.targetId = :id"
                    + " ORDER BY e.seq",
                AuditEvent.class)
            .setParameter("type", targetType)
            .setParameter("id", targetId)
            .getResultList();
    if (owner == null) {
      return events;
    }
    Predicate<AuditEvent> readable = owner.detailsReadable(targetId);
    return events.stream()
        .map(e -> readable.test(e) ? e : e.withDetailsWithheld(WITHHELD))
        .toList();
  }

  private void refuseUnlessWholeLog() {
    if (!access.mayReadWholeLog()) {
      context
          .getBusinessObject(AuditLog.class)
          .recordSeparately(
              AuditEntry.of(
                      access.actor(), AuditAction.ACCESS_DENIED, "audit-log", null, clock.instant())
                  .withDetails("may not read the audit log"));
      throw AuditRefused.wholeLog();
    }
  }
}
