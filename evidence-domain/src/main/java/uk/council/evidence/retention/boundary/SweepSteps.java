package uk.council.evidence.retention.boundary;

import static uk.council.evidence.platform.control.SqlValues.instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.retention.control.SweepSql;

/**
 * The deletion sweep's two database steps, each its own transaction: claiming due recordings, and
 * finishing a group whose files are gone. Between the two, only files are touched.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SweepSteps {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditLog audit;

  /**
   * Claims up to {@code limit} recordings for deletion, as {@link SweepSql#claim} says; commits
   * when it returns.
   *
   * @param skip ids not to claim again in this sweep (they failed earlier in it)
   */
  public List<SweepSql.Claimed> claim(Instant now, int limit, Set<Long> skip) {
    try {
      return SweepSql.claim(connection(), now, limit, skip);
    } catch (SQLException e) {
      throw new EJBException("Could not claim recordings for deletion", e);
    }
  }

  /**
   * Records the deletion of claimed recordings whose files are gone, removes their rows and what
   * hangs off them, and audits each: all or nothing, in one transaction. Finishing one already
   * finished does nothing.
   *
   * @return the ids it finished
   */
  public Set<Long> finish(List<Long> ids, String rule, Instant now) {
    List<SweepSql.Deletion> deletions;
    try {
      deletions = SweepSql.finish(connection(), ids, rule, now);
    } catch (SQLException e) {
      throw new EJBException("Could not record the deletion of recordings " + ids, e);
    }
    if (!deletions.isEmpty()) {
      audit.recordAll(
          deletions.stream()
              .map(
                  d ->
                      AuditEntry.of(
                              "system",
                              AuditAction.FOOTAGE_DELETED,
                              "recording",
                              d.recordingId(),
                              now)
                          .withDetails(
                              String.format(
                                  "camera %s, recorded %s, %s bytes, sha256 %s, due %s; %s",
                                  d.cameraSerial(),
                                  d.recordedStart(),
                                  d.sizeBytes(),
                                  d.sha256(),
                                  d.dueAt(),
                                  rule)))
              .toList());
    }
    return deletions.stream().map(SweepSql.Deletion::recordingId).collect(Collectors.toSet());
  }

  /**
   * The connection of this transaction's persistence context, so that the SQL and the audit event
   * (written through JPA) commit or roll back together. EclipseLink begins its transaction early to
   * hand it out; it stays the container's, and is not closed here.
   */
  private Connection connection() {
    Connection connection = em.unwrap(Connection.class);
    if (connection == null) {
      throw new IllegalStateException("No transaction's connection for the deletion sweep");
    }
    return connection;
  }

  /** The latest deletion records, newest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<DeletionSweep.Deleted> latest(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT recording_id, camera_serial, wearer, recorded_start, size_bytes, sha256,"
                    + " due_at, deleted_at FROM deletion_record"
                    + " ORDER BY deleted_at DESC, recording_id DESC")
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DeletionSweep.Deleted(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    instant(r[3]),
                    ((Number) r[4]).longValue(),
                    ((String) r[5]).strip(),
                    instant(r[6]),
                    instant(r[7])))
        .toList();
  }
}
