package uk.council.evidence.staff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.RoleGrant;
import uk.council.evidence.staff.entity.StaffMember;

/** The {@code role_grant} table: requests for roles that wait for approval, each audited. */
@Dependent
public class GrantLedger {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditLog audit;

  /** The requests of one account that nobody has decided yet. */
  public List<RoleGrant> pendingOf(long staffId) {
    return em.createQuery(
            "SELECT g FROM RoleGrant g WHERE g.staffId = :staff AND g.decision IS NULL"
                + " ORDER BY g.requestedAt",
            RoleGrant.class)
        .setParameter("staff", staffId)
        .getResultList();
  }

  /** The roles of one account that wait for approval. */
  public Set<Role> pendingRolesOf(long staffId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    pendingOf(staffId).forEach(g -> roles.add(g.getRole()));
    return roles;
  }

  /** Every account's roles that wait for approval, by account id. */
  public Map<Long, Set<Role>> pendingRoles() {
    Map<Long, Set<Role>> byAccount = new HashMap<>();
    for (RoleGrant g :
        em.createQuery("SELECT g FROM RoleGrant g WHERE g.decision IS NULL", RoleGrant.class)
            .getResultList()) {
      byAccount.computeIfAbsent(g.getStaffId(), k -> EnumSet.noneOf(Role.class)).add(g.getRole());
    }
    return byAccount;
  }

  /** {@code by} asks for the roles for the account; audited as ROLE_GRANT_REQUESTED each. */
  public void request(StaffMember member, Set<Role> roles, String by, Instant now) {
    for (Role role : roles) {
      RoleGrant grant = new RoleGrant(member.getId(), role, by, now);
      em.persist(grant);
      em.flush();
      audit.record(
          AuditEntry.of(by, AuditAction.ROLE_GRANT_REQUESTED, "staff", member.getId(), now)
              .withDetails(describe(member, grant)));
    }
  }

  /** {@code by} takes back the requests for these roles; audited as ROLE_GRANT_WITHDRAWN each. */
  public void withdraw(StaffMember member, Set<Role> roles, String by, Instant now) {
    for (RoleGrant grant : pendingOf(member.getId())) {
      if (roles.contains(grant.getRole())) {
        grant.withdraw(by, now);
        audit.record(
            AuditEntry.of(by, AuditAction.ROLE_GRANT_WITHDRAWN, "staff", member.getId(), now)
                .withDetails(describe(member, grant)));
      }
    }
  }

  /** "j.smith: DPO (request 12 by admin)", for the audit log. */
  public static String describe(StaffMember member, RoleGrant grant) {
    return member.getUsername()
        + ": "
        + grant.getRole().name()
        + " (request "
        + grant.getId()
        + " by "
        + grant.getRequestedBy()
        + ")"
        + grant.getReason().map(r -> ": " + r).orElse("");
  }
}
