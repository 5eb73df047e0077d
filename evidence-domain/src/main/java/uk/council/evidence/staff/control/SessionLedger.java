package uk.council.evidence.staff.control;

import static uk.council.evidence.platform.control.SqlValues.instant;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.SessionEnd;
import uk.council.evidence.staff.entity.StaffSession;

/**
 * The {@code staff_session} table: opening, finding, touching and ending sessions. Ending one is
 * audited here, once, by whichever caller's UPDATE actually ended it, so two requests that both
 * notice an expired session write one event between them.
 */
@Dependent
public class SessionLedger {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditLog audit;

  /** A session as one request finds it, with its account as it is now. */
  public record Found(
      long id,
      Instant startedAt,
      Instant lastSeenAt,
      SessionEnd ended,
      String username,
      boolean active,
      Set<Role> roles,
      boolean mustChangePassword) {}

  public StaffSession open(StaffSession session) {
    em.persist(session);
    em.flush();
    return session;
  }

  /**
   * The session a token names, read from the database (never a cache) in one indexed query with the
   * account's state and roles, because this runs on every request.
   */
  public Optional<Found> byTokenHash(String tokenHash) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.id, s.started_at, s.last_seen_at, s.end_reason, m.username, m.active,"
                    + " (SELECT string_agg(r.role, ',') FROM staff_role r WHERE r.staff_id = m.id),"
                    + " m.must_change_password"
                    + " FROM staff_session s JOIN staff_member m ON m.id = s.staff_id"
                    + " WHERE s.token_hash = ?1")
            .setParameter(1, tokenHash)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (r[6] != null) {
      Arrays.stream(((String) r[6]).split(",")).map(Role::valueOf).forEach(roles::add);
    }
    return Optional.of(
        new Found(
            ((Number) r[0]).longValue(),
            instant(r[1]),
            instant(r[2]),
            r[3] == null ? null : SessionEnd.valueOf(((String) r[3]).strip()),
            (String) r[4],
            (Boolean) r[5],
            roles,
            (Boolean) r[7]));
  }

  /** Moves the session's last-seen time on, unless it has ended meanwhile. */
  public void seen(long id, Instant now) {
    em.createQuery(
            "UPDATE StaffSession s SET s.lastSeenAt = :now WHERE s.id = :id AND s.endedAt IS NULL")
        .setParameter("now", now)
        .setParameter("id", id)
        .executeUpdate();
  }

  /**
   * Ends an open session and audits it as {@code actor}'s doing; returns false, writing nothing, if
   * it had ended already.
   */
  public boolean end(
      long id, String username, SessionEnd why, String actor, String address, Instant now) {
    int ended =
        em.createQuery(
                "UPDATE StaffSession s SET s.endedAt = :now, s.endReason = :why"
                    + " WHERE s.id = :id AND s.endedAt IS NULL")
            .setParameter("now", now)
            .setParameter("why", why)
            .setParameter("id", id)
            .executeUpdate();
    if (ended == 0) {
      return false;
    }
    if (why != SessionEnd.SIGNED_OUT) {
      // Signing out is audited as LOGOUT by the sign-out itself.
      audit.record(
          new AuditEntry(
              actor,
              AuditAction.SESSION_ENDED,
              "staff-session",
              Long.toString(id),
              username + ": " + why.description(),
              address,
              now));
    }
    return true;
  }

  /** A person's sessions that have not been ended (some may be past their limits). */
  public List<StaffSession> unendedOf(long staffId) {
    return em.createQuery(
            "SELECT s FROM StaffSession s WHERE s.staffId = :staff AND s.endedAt IS NULL"
                + " ORDER BY s.startedAt DESC",
            StaffSession.class)
        .setParameter("staff", staffId)
        .getResultList();
  }

  /** Ends every session of a person, each audited as {@code actor}'s doing. */
  public void endAllOf(long staffId, String username, SessionEnd why, String actor, Instant now) {
    endOthersOf(staffId, username, null, why, actor, now);
  }

  /**
   * Ends every session of a person but the one whose token is {@code keptToken} (none if null),
   * each audited as {@code actor}'s doing.
   */
  public void endOthersOf(
      long staffId, String username, String keptToken, SessionEnd why, String actor, Instant now) {
    String kept = keptToken == null ? null : StaffSession.hashOf(keptToken);
    for (StaffSession s : unendedOf(staffId)) {
      if (!s.getTokenHash().equals(kept)) {
        end(s.getId(), username, why, actor, null, now);
      }
    }
  }
}
