package uk.council.evidence.staff.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.staff.control.PasswordRules;
import uk.council.evidence.staff.control.Passwords;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.RoleGrant;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * A new installation's first compliance officer, from configuration ({@code
 * evidence.approver.username}, {@code evidence.approver.password}, optionally {@code
 * evidence.approver.name}), because the roles that open footage, and the compliance officer role
 * itself, take effect only when a DPO or compliance officer approves them (see {@link RoleGrant}):
 * without one, no one could ever approve the first. Created at start-up only while no active
 * account holds an approving role; the password must be changed at the first sign-in, so whoever
 * wrote the setting does not know it for long. Once an approver exists the settings are ignored.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstApprover {

  private static final Logger LOG = Logger.getLogger(FirstApprover.class.getName());

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "evidence.approver.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "evidence.approver.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "evidence.approver.name", defaultValue = "Compliance officer")
  String name;

  @PostConstruct
  void createIfNone() {
    if (username.isEmpty() || password.isEmpty()) {
      return;
    }
    long approvers =
        em.createQuery(
                "SELECT COUNT(s) FROM StaffMember s JOIN s.roles r"
                    + " WHERE (r = :dpo OR r = :compliance) AND s.active = true",
                Long.class)
            .setParameter("dpo", Role.DPO)
            .setParameter("compliance", Role.COMPLIANCE_OFFICER)
            .getSingleResult();
    if (approvers > 0) {
      return;
    }
    String login = StaffMember.normaliseUsername(username.get());
    PasswordRules.check(password.get(), login);
    boolean taken =
        !em.createQuery("SELECT s.id FROM StaffMember s WHERE s.username = :u")
            .setParameter("u", login)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new IllegalStateException(
          "evidence.approver.username "
              + login
              + " belongs to an existing account; choose another name for the first compliance"
              + " officer");
    }
    Instant now = clock.instant();
    String hash = passwords.hash(password.get());
    StaffMember approver =
        new StaffMember(login, name, null, null, Set.of(Role.COMPLIANCE_OFFICER), hash, now);
    approver.issueOneTimePassword(hash);
    em.persist(approver);
    em.flush();
    audit.record(
        AuditEntry.of("system", AuditAction.STAFF_CREATED, "staff", approver.getId(), now)
            .withDetails("first compliance officer " + login + " from configuration"));
    LOG.info(() -> "Created the first compliance officer account " + login);
  }
}
