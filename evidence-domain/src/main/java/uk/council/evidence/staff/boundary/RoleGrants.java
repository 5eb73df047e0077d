package uk.council.evidence.staff.boundary;

import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;
import static uk.council.evidence.staff.entity.Role.Name.DPO;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.control.GrantLedger;
import uk.council.evidence.staff.entity.GrantView;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.RoleGrant;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * The second pair of eyes on roles that open footage (see {@link RoleGrant}): a DPO or compliance
 * officer lists the requests, and approves or refuses each. An approved role applies from the
 * account's next request, because every request reads the account's roles afresh.
 */
@Stateless
@RolesAllowed({DPO, COMPLIANCE_OFFICER})
public class RoleGrants {

  /** How long a decision stays on the list after it was made. */
  static final Duration RECENT = Duration.ofDays(30);

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject GrantLedger ledger;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** Every pending request, oldest first, then the decisions of the last 30 days, newest first. */
  public List<GrantView> pendingAndRecent() {
    Instant since = clock.instant().minus(RECENT);
    List<Object[]> rows =
        em.createQuery(
                "SELECT g, m FROM RoleGrant g, StaffMember m WHERE m.id = g.staffId"
                    + " AND (g.decision IS NULL OR g.decidedAt >= :since)",
                Object[].class)
            .setParameter("since", since)
            .getResultList();
    String caller = caller();
    Set<Role> callerRoles = callerRoles();
    return rows.stream()
        .map(
            r -> {
              RoleGrant g = (RoleGrant) r[0];
              StaffMember m = (StaffMember) r[1];
              return GrantView.of(g, m, g.mayBeDecidedBy(caller, callerRoles, m.getUsername()));
            })
        .sorted(ORDER)
        .toList();
  }

  /** Pending first (oldest asked first), then decided (latest decision first). */
  private static final Comparator<GrantView> ORDER =
      (a, b) -> {
        if (a.isPending() != b.isPending()) {
          return a.isPending() ? -1 : 1;
        }
        return a.isPending()
            ? a.requestedAt().compareTo(b.requestedAt())
            : b.decidedAt().compareTo(a.decidedAt());
      };

  /**
   * The caller approves a request: the account has the role from its next request. Audited as
   * ROLE_GRANT_APPROVED.
   *
   * @throws InvalidInput if it has been decided, or the caller asked for it or would have the role
   */
  public GrantView approve(long grantId, String note) {
    Instant now = clock.instant();
    RoleGrant grant = pending(grantId);
    StaffMember member = em.find(StaffMember.class, grant.getStaffId());
    grant.approve(caller(), callerRoles(), member.getUsername(), note, now);
    member.grant(grant.getRole());
    audit.record(
        AuditEntry.of(caller(), AuditAction.ROLE_GRANT_APPROVED, "staff", member.getId(), now)
            .withDetails(GrantLedger.describe(member, grant)));
    return GrantView.of(grant, member, false);
  }

  /**
   * The caller refuses a request, saying why. Audited as ROLE_GRANT_REFUSED.
   *
   * @throws InvalidInput as {@link #approve}, or without a reason
   */
  public GrantView refuse(long grantId, String reason) {
    Instant now = clock.instant();
    RoleGrant grant = pending(grantId);
    StaffMember member = em.find(StaffMember.class, grant.getStaffId());
    grant.refuse(caller(), callerRoles(), member.getUsername(), reason, now);
    audit.record(
        AuditEntry.of(caller(), AuditAction.ROLE_GRANT_REFUSED, "staff", member.getId(), now)
            .withDetails(GrantLedger.describe(member, grant)));
    return GrantView.of(grant, member, false);
  }

  /** The request, locked so that two people deciding it at once cannot both succeed. */
  private RoleGrant pending(long grantId) {
    RoleGrant grant = em.find(RoleGrant.class, grantId, LockModeType.PESSIMISTIC_WRITE);
    if (grant == null) {
      throw new InvalidInput("There is no request for a role " + grantId + ".");
    }
    return grant;
  }

  private Set<Role> callerRoles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (session.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
