package uk.council.evidence.staff.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.council.evidence.staff.control.Enrolment;
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

  @Inject Enrolment enrolment;
  @Inject Passwords passwords;
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
    if (enrolment.anyActiveWith(RoleGrant.APPROVERS)) {
      return;
    }
    String login = StaffMember.normaliseUsername(username.get());
    PasswordRules.check(password.get(), login);
    if (enrolment.taken(login)) {
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
    enrolment.enrol(
        approver, "system", "first compliance officer " + login + " from configuration", now);
    LOG.info(() -> "Created the first compliance officer account " + login);
  }
}
