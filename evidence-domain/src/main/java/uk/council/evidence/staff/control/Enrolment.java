package uk.council.evidence.staff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * Adds accounts: whether a username is free, and storing a new account with its creation audited,
 * for the administrator's form and for the accounts made at start-up alike.
 */
@Dependent
public class Enrolment {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject AuditLog audit;

  /** Whether an account, active or not, has exactly this username. */
  public boolean taken(String username) {
    return !em.createQuery("SELECT s.id FROM StaffMember s WHERE s.username = :u")
        .setParameter("u", username)
        .getResultList()
        .isEmpty();
  }

  /** Whether an active account has the administrator role. */
  public boolean anyActiveAdministrator() {
    return anyActiveWith(Set.of(Role.ADMIN));
  }

  /** Whether an active account has any of these roles. */
  public boolean anyActiveWith(Set<Role> roles) {
    return em.createQuery(
                "SELECT COUNT(s) FROM StaffMember s JOIN s.roles r"
                    + " WHERE r IN :roles AND s.active = true",
                Long.class)
            .setParameter("roles", roles)
            .getSingleResult()
        > 0;
  }

  /** Stores a new account and audits its creation by the actor ("system" at start-up). */
  public void enrol(StaffMember member, String actor, String details, Instant now) {
    em.persist(member);
    em.flush();
    audit.record(
        AuditEntry.of(actor, AuditAction.STAFF_CREATED, "staff", member.getId(), now)
            .withDetails(details));
  }
}
