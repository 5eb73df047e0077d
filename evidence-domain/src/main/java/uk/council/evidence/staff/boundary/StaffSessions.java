package uk.council.evidence.staff.boundary;

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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.control.SessionLedger;
import uk.council.evidence.staff.entity.OwnSession;
import uk.council.evidence.staff.entity.SessionCheck;
import uk.council.evidence.staff.entity.SessionEnd;
import uk.council.evidence.staff.entity.SessionLimits;
import uk.council.evidence.staff.entity.StaffSession;

/**
 * Signed-in sessions after sign-in ({@link StaffAccounts#signIn} opens them): the check every
 * request makes, signing out, and a person's list of their own sessions.
 */
@Stateless
public class StaffSessions {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject SessionLedger ledger;
  @Inject SessionLimits limits;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Resource SessionContext context;

  /**
   * Who a session token stands for now, with the account's roles as they are now; a session past
   * its limits, or whose account has been disabled, is ended (and audited) here.
   */
  @PermitAll
  public SessionCheck check(String token) {
    Optional<SessionLedger.Found> found = ledger.byTokenHash(StaffSession.hashOf(token));
    if (found.isEmpty()) {
      return SessionCheck.over(null);
    }
    SessionLedger.Found s = found.get();
    if (s.ended() != null) {
      return SessionCheck.over(s.ended());
    }
    Instant now = clock.instant();
    Optional<SessionEnd> expired =
        s.active()
            ? limits.endAt(s.startedAt(), s.lastSeenAt(), now)
            : Optional.of(SessionEnd.ACCOUNT_DISABLED);
    if (expired.isPresent()) {
      ledger.end(s.id(), s.username(), expired.get(), s.username(), null, now);
      return SessionCheck.over(expired.get());
    }
    if (limits.worthRecording(s.lastSeenAt(), now)) {
      ledger.seen(s.id(), now);
    }
    return SessionCheck.live(s.username(), s.roles(), s.mustChangePassword());
  }

  /** How long a session may idle, for the HTTP session that carries its token. */
  @PermitAll
  public SessionLimits limits() {
    return limits;
  }

  /** The person signs out of this session; audited as LOGOUT. */
  @PermitAll
  public void signOut(String token, String sourceAddress) {
    Instant now = clock.instant();
    ledger
        .byTokenHash(StaffSession.hashOf(token))
        .ifPresent(
            s -> {
              ledger.end(s.id(), s.username(), SessionEnd.SIGNED_OUT, s.username(), null, now);
              audit.record(
                  new AuditEntry(
                      s.username(), AuditAction.LOGOUT, "staff", null, "", sourceAddress, now));
            });
  }

  /**
   * The browser's HTTP session has gone without a sign-out: the container let it time out after the
   * idle limit (or the server is stopping). Ends the session as idle, unless already ended.
   */
  @PermitAll
  public void abandoned(String token) {
    endUnended(token, SessionEnd.IDLE);
  }

  /** The same browser signs in again: the session it had ends. */
  @PermitAll
  public void replaced(String token) {
    endUnended(token, SessionEnd.REPLACED);
  }

  private void endUnended(String token, SessionEnd reason) {
    ledger
        .byTokenHash(StaffSession.hashOf(token))
        .filter(s -> s.ended() == null)
        .ifPresent(
            s -> ledger.end(s.id(), s.username(), reason, s.username(), null, clock.instant()));
  }

  /** The caller's own open sessions, the one asking (named by its token) first. */
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
  public List<OwnSession> mine(String currentToken) {
    Instant now = clock.instant();
    String current = currentToken == null ? "" : StaffSession.hashOf(currentToken);
    return ledger.unendedOf(callerId()).stream()
        .filter(s -> s.isOpenAt(now, limits))
        .map(
            s ->
                new OwnSession(
                    s.getId(),
                    s.getStartedAt(),
                    s.getLastSeenAt(),
                    s.endsAt(limits),
                    s.getClientAddress().orElse(null),
                    s.getUserAgent().orElse(null),
                    s.getTokenHash().equals(current)))
        .sorted(
            Comparator.comparing(OwnSession::current)
                .reversed()
                .thenComparing(OwnSession::lastSeenAt, Comparator.reverseOrder()))
        .toList();
  }

  /**
   * The caller signs out one of their own sessions, such as one left open on another computer.
   *
   * @throws InvalidInput if it is not one of theirs or has ended already
   */
  @RolesAllowed({CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN})
  public void end(long sessionId, String sourceAddress) {
    StaffSession session = em.find(StaffSession.class, sessionId);
    String username = context.getCallerPrincipal().getName();
    if (session == null
        || session.getStaffId() != callerId()
        || !ledger.end(
            sessionId,
            username,
            SessionEnd.ENDED_BY_PERSON,
            username,
            sourceAddress,
            clock.instant())) {
      throw new InvalidInput("That session has already ended.");
    }
  }

  private long callerId() {
    return em.createQuery("SELECT s.id FROM StaffMember s WHERE s.username = :u", Long.class)
        .setParameter("u", context.getCallerPrincipal().getName())
        .getSingleResult();
  }
}
