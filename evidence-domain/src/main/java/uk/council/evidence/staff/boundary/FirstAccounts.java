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
import org.eclipse.microprofile.config.Config;
import uk.council.evidence.staff.control.Enrolment;
import uk.council.evidence.staff.control.PasswordRules;
import uk.council.evidence.staff.control.Passwords;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.RoleGrant;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * A new installation's first accounts, from configuration, made at start-up only while nobody holds
 * their role, so the settings can stay in place without ever resetting anyone; once such an account
 * exists they are ignored and can be removed.
 *
 * <ul>
 *   <li>The first administrator: {@code evidence.admin.username}, {@code evidence.admin.password},
 *       optionally {@code evidence.admin.name}. Without them, and without an administrator, the log
 *       says how to create one.
 *   <li>The first compliance officer: {@code evidence.approver.username}, {@code
 *       evidence.approver.password}, optionally {@code evidence.approver.name}. The roles that open
 *       footage, and the compliance officer role itself, take effect only when a DPO or compliance
 *       officer approves them (see {@link RoleGrant}): without one, no one could ever approve the
 *       first. Its password must be changed at the first sign-in, so whoever wrote the setting does
 *       not know it for long.
 * </ul>
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAccounts {

  private static final Logger LOG = Logger.getLogger(FirstAccounts.class.getName());

  @Inject Enrolment enrolment;
  @Inject Passwords passwords;
  @Inject Clock clock;
  @Inject Config config;

  @PostConstruct
  void createIfNone() {
    if (!enrolment.anyActiveAdministrator()
        && !create("admin", "Administrator", Role.ADMIN, "administrator", false)) {
      LOG.warning(
          "No active administrator account exists. Set evidence.admin.username and"
              + " evidence.admin.password (EVIDENCE_ADMIN_USERNAME, EVIDENCE_ADMIN_PASSWORD) and"
              + " restart to create one.");
    }
    if (!enrolment.anyActiveWith(RoleGrant.APPROVERS)) {
      create("approver", "Compliance officer", Role.COMPLIANCE_OFFICER, "compliance officer", true);
    }
  }

  /**
   * Creates the account {@code evidence.<setting>.*} describes, if it is set.
   *
   * @param oneTime whether the password must be changed at the first sign-in
   * @return false if the settings are missing
   * @throws IllegalStateException if the username is another account's, to stop the start
   */
  private boolean create(
      String setting, String defaultName, Role role, String title, boolean oneTime) {
    Optional<String> username = setting(setting, "username");
    Optional<String> password = setting(setting, "password");
    if (username.isEmpty() || password.isEmpty()) {
      return false;
    }
    String login = StaffMember.normaliseUsername(username.get());
    PasswordRules.check(password.get(), login);
    if (enrolment.taken(login)) {
      throw new IllegalStateException(
          "evidence."
              + setting
              + ".username "
              + login
              + " belongs to an existing account; choose another name for the first "
              + title);
    }
    Instant now = clock.instant();
    String hash = passwords.hash(password.get());
    String name = setting(setting, "name").orElse(defaultName);
    StaffMember first = new StaffMember(login, name, null, null, Set.of(role), hash, now);
    if (oneTime) {
      first.issueOneTimePassword(hash);
    }
    enrolment.enrol(first, "system", "first " + title + " " + login + " from configuration", now);
    LOG.info(() -> "Created the first " + title + " account " + login);
    return true;
  }

  private Optional<String> setting(String setting, String key) {
    return config.getOptionalValue("evidence." + setting + "." + key, String.class);
  }
}
