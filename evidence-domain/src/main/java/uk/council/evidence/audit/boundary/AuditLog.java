package uk.council.evidence.audit.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

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
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import uk.council.evidence.audit.control.AuditRows;
import uk.council.evidence.audit.control.ChainWalk;
import uk.council.evidence.audit.entity.AuditAccess;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditChain;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.audit.entity.AuditEvent;
import uk.council.evidence.audit.entity.AuditExtractData;
import uk.council.evidence.audit.entity.AuditQuery;
import uk.council.evidence.audit.entity.AuditRefused;
import uk.council.evidence.audit.entity.ChainVerification;
import uk.council.evidence.audit.entity.TrailAccess;

/** Writes events to the audit chain, reads them back, and verifies the chain. */
@Stateless
public class AuditLog {

  /** The advisory lock key that serialises writers of the chain ("AUDIT" in ASCII). */
  private static final long CHAIN_LOCK = 0x4155444954L;

  /** What an event shows in place of details its reader may not see. */
  public static final String WITHHELD = TrailAccess.WITHHELD;

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditAccess access;
  @Resource SessionContext context;

  @Resource(lookup = "java:app/jdbc/evidence")
  DataSource dataSource;

  @Inject @Any Instance<TrailAccess> trails;
  @Inject Clock clock;

  /**
   * Records an event as part of the caller's transaction: if the caller's work rolls back, so does
   * the event, and the event commits only with what it describes.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditEvent record(AuditEntry entry) {
    return recordAll(List.of(entry)).get(0);
  }

  /**
   * Records events, one after another in the chain, as part of the caller's transaction, as {@link
   * #record} records one: the chain's head is read once, and the events written in one JDBC batch
   * on the transaction's connection, so that work finishing many things at once (the deletion
   * sweep's groups) waits for the database once rather than once an event. What the caller changed
   * through JPA is flushed first, as before an event written through JPA.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public List<AuditEvent> recordAll(List<AuditEntry> entries) {
    em.flush();
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
    List<AuditEvent> events = new java.util.ArrayList<>(entries.size());
    for (AuditEntry entry : entries) {
      AuditEvent event = new AuditEvent(previousSeq, previousHash, entry);
      events.add(event);
      previousSeq = event.getSeq();
      previousHash = event.getHash();
    }
    try {
      AuditRows.insert(em.unwrap(java.sql.Connection.class), events);
    } catch (java.sql.SQLException e) {
      throw new jakarta.persistence.PersistenceException("Could not write audit events", e);
    }
    return events;
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

  /**
   * Walks the whole chain from the first event and names the first one that does not fit: in one
   * streamed statement on this transaction's connection ({@link ChainWalk}).
   */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ChainVerification verify() {
    refuseUnlessWholeLog();
    em.flush();
    try (Connection connection = dataSource.getConnection()) {
      return ChainWalk.walk(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("The audit log could not be read to verify it", e);
    }
  }

  /**
   * The events that match {@code query} (at most {@code limit}, oldest first), how many match in
   * all, and a fresh verification of the whole chain, all in one transaction: what a signed extract
   * is made of.
   */
  @RolesAllowed(COMPLIANCE_OFFICER)
  public AuditExtractData extract(AuditQuery query, int limit) {
    refuseUnlessWholeLog();
    long count = countMatching(query);
    List<AuditEvent> events = findAfter(query, 0, limit);
    em.clear();
    return new AuditExtractData(events, count, verify());
  }

  /**
   * How many times {@code action} was recorded against one thing with details starting {@code
   * detailsPrefix}: a figure for a component that already decided its caller may know it (the
   * disclosure log counts a package's downloads), never the events themselves.
   */
  @PermitAll
  public long count(AuditAction action, String targetType, String targetId, String detailsPrefix) {
    return em.createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :a AND e.targetType = :t"
                + " AND e.targetId = :i AND LOCATE(:d, e.details) = 1",
            Long.class)
        .setParameter("a", action.name())
        .setParameter("t", targetType)
        .setParameter("i", targetId)
        .setParameter("d", detailsPrefix)
        .getSingleResult();
  }

  /**
   * One page of the events that match a compliance officer's search, newest first; {@code limit}
   * may be one more than a page, to learn whether there is another.
   */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  public List<AuditEvent> find(AuditQuery query, int offset, int limit) {
    refuseUnlessWholeLog();
    return matching(query, "SELECT e FROM AuditEvent e", " ORDER BY e.seq DESC", AuditEvent.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The events that match, oldest first, from just after {@code afterSeq}: one batch of an export,
   * which reads the whole list a batch at a time so that memory stays flat.
   */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  public List<AuditEvent> findAfter(AuditQuery query, long afterSeq, int limit) {
    refuseUnlessWholeLog();
    return matching(
            query,
            "SELECT e FROM AuditEvent e",
            " AND e.seq > :after ORDER BY e.seq",
            AuditEvent.class)
        .setParameter("after", afterSeq)
        .setMaxResults(limit)
        .getResultList();
  }

  /** How many events match. */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  public long countMatching(AuditQuery query) {
    refuseUnlessWholeLog();
    return matching(query, "SELECT COUNT(e) FROM AuditEvent e", "", Long.class).getSingleResult();
  }

  /** How many events match, by who did them: one grouped count. */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  public Map<String, Long> countsByActor(AuditQuery query) {
    refuseUnlessWholeLog();
    Map<String, Long> counts = new HashMap<>();
    matching(
            query,
            "SELECT e.actor, COUNT(e) FROM AuditEvent e",
            " GROUP BY e.actor",
            Object[].class)
        .getResultStream()
        .forEach(row -> counts.put((String) row[0], (Long) row[1]));
    return counts;
  }

  /** How many events match, by action: one grouped count. */
  @RolesAllowed({COMPLIANCE_OFFICER, ADMIN})
  public Map<AuditAction, Long> countsByAction(AuditQuery query) {
    refuseUnlessWholeLog();
    Map<AuditAction, Long> counts = new EnumMap<>(AuditAction.class);
    matching(
            query,
            "SELECT e.action, COUNT(e) FROM AuditEvent e",
            " GROUP BY e.action",
            Object[].class)
        .getResultStream()
        .filter(row -> KNOWN_ACTIONS.contains((String) row[0]))
        .forEach(row -> counts.put(AuditAction.valueOf((String) row[0]), (Long) row[1]));
    return counts;
  }

  /** The actions this version knows; a row may name another (see {@code AuditEvent}). */
  private static final Set<String> KNOWN_ACTIONS =
      Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

  /**
   * The query's filters as a WHERE clause of bound parameters ({@code 1 = 1} when there are none,
   * so that {@code tail} may begin with AND).
   */
  private <T> TypedQuery<T> matching(AuditQuery q, String select, String tail, Class<T> type) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (q.actor() != null) {
      where.append(" AND e.actor = :actor");
      parameters.put("actor", q.actor());
    }
    if (q.action() != null) {
      where.append(" AND e.action = :action");
      parameters.put("action", q.action());
    }
    if (q.targetType() != null) {
      where.append(" AND e.targetType = :type");
      parameters.put("type", q.targetType());
    }
    if (q.targetId() != null) {
      where.append(" AND e.targetId = :id");
      parameters.put("id", q.targetId());
    }
    if (q.fromInstant() != null) {
      where.append(" AND e.occurredAt >= :from");
      parameters.put("from", q.fromInstant());
    }
    if (q.untilInstant() != null) {
      where.append(" AND e.occurredAt < :until");
      parameters.put("until", q.untilInstant());
    }
    var query = em.createQuery(select + where + tail, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  /**
   * Everything that happened to one thing, oldest first: a recording's chain of custody, a case's
   * history. The component that owns the thing says who may read it ({@link TrailAccess}); for
   * anything else, those who may read the whole audit log. A refusal is audited.
   *
   * <p>Open to every caller as far as the container goes: the access policy decides, for the
   * principal or for whoever the server's own work is done for ({@code CurrentCaller.actFor}: a
   * package built in the background reads its recordings' trails as the officer who asked).
   *
   * @throws AuditRefused if the caller may not read it
   */
  @PermitAll
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
    // To the microsecond, as PostgreSQL keeps times: the thing's creation and its first events
    // share one instant, which a cached entity may still hold to the nanosecond.
    Instant since =
        owner.since(targetId).map(t -> t.truncatedTo(ChronoUnit.MICROS)).orElse(Instant.MIN);
    return events.stream()
        .filter(e -> !e.getOccurredAt().isBefore(since))
        .map(owner.shown(targetId))
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
