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
import uk.council.evidence.staff.entity.StaffMember;

/**
 * A new installation's first administrator, from configuration ({@code evidence.admin.username},
 * {@code evidence.admin.password}, optionally {@code evidence.admin.name}). It is created at
 * start-up only while no active account has the administrator role, so the settings can stay in
 * place without ever resetting anyone; once an administrator exists they are ignored and can be
 * removed. Without them, and without an administrator, the log says how to create one.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject Enrolment enrolment;
  @Inject Passwords passwords;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "evidence.admin.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "evidence.admin.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "evidence.admin.name", defaultValue = "Administrator")
  String name;

  @PostConstruct
  void createIfNone() {
    if (enrolment.anyActiveAdministrator()) {
      return;
    }
    if (username.isEmpty() || password.isEmpty()) {
      LOG.warning(
          "No active administrator account exists. Set evidence.admin.username and"
              + " evidence.admin.password (EVIDENCE_ADMIN_USERNAME, EVIDENCE_ADMIN_PASSWORD) and"
              + " restart to create one.");
      return;
    }
    String login = StaffMember.normaliseUsername(username.get());
    PasswordRules.check(password.get(), login);
    Instant now = clock.instant();
    if (enrolment.taken(login)) {
      throw new IllegalStateException(
          "evidence.admin.username "
              + login
              + " belongs to an existing account without the administrator role; choose another");
    }
    StaffMember admin =
        new StaffMember(
            login, name, null, null, Set.of(Role.ADMIN), passwords.hash(password.get()), now);
    enrolment.enrol(admin, "system", "first administrator " + login + " from configuration", now);
    LOG.info(() -> "Created the first administrator account " + login);
  }
}
