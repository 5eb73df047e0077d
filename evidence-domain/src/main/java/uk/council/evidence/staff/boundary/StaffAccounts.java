package uk.council.evidence.staff.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;

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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.control.Enrolment;
import uk.council.evidence.staff.control.PasswordRules;
import uk.council.evidence.staff.control.Passwords;
import uk.council.evidence.staff.control.ServiceAreaDirectory;
import uk.council.evidence.staff.entity.LockoutPolicy;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.SignIn;
import uk.council.evidence.staff.entity.SignInOutcome;
import uk.council.evidence.staff.entity.StaffDraft;
import uk.council.evidence.staff.entity.StaffMember;
import uk.council.evidence.staff.entity.StaffProfile;

/** Staff accounts: signing in, and the administrator's management of accounts. */
@Stateless
public class StaffAccounts {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject Clock clock;
  @Inject ServiceAreaDirectory areas;
  @Inject Passwords passwords;
  @Inject Enrolment enrolment;
  @Inject LockoutPolicy lockout;
  @Inject AuditLog audit;
  @Resource SessionContext session;

  /**
   * Checks a username and password, counts failures, locks the account when the policy says, and
   * audits the attempt whatever its outcome.
   */
  @PermitAll
  public SignIn signIn(String typedUsername, String password, String sourceAddress) {
    Instant now = clock.instant();
    String username = typedUsername == null ? "" : typedUsername.strip();
    Optional<StaffMember> found = findByUsername(username);
    if (found.isEmpty()) {
      passwords.spendDecoyCheck(password == null ? "" : password);
      audit.record(
          failure(username, AuditAction.LOGIN_FAILED, "unknown username", sourceAddress, now));
      return new SignIn(SignInOutcome.REFUSED, username, Set.of(), null);
    }
    StaffMember member = found.get();
    if (member.isLockedAt(now)) {
      audit.record(
          failure(member.getUsername(), AuditAction.LOGIN_REFUSED_LOCKED, "", sourceAddress, now));
      return new SignIn(
          SignInOutcome.LOCKED, member.getUsername(), Set.of(), member.getLockedUntil().get());
    }
    boolean passwordRight =
        password != null && passwords.matches(password, member.getPasswordHash());
    if (passwordRight && member.isActive()) {
      member.recordSuccessfulSignIn(now);
      audit.record(
          new AuditEntry(
              member.getUsername(),
              AuditAction.LOGIN_SUCCEEDED,
              "staff",
              member.getId().toString(),
              "",
              sourceAddress,
              now));
      return new SignIn(SignInOutcome.SUCCEEDED, member.getUsername(), member.getRoles(), null);
    }
    String reason = passwordRight ? "account disabled" : "wrong password";
    audit.record(
        failure(member.getUsername(), AuditAction.LOGIN_FAILED, reason, sourceAddress, now));
    if (member.recordFailedSignIn(now, lockout)) {
      audit.record(
          failure(
              member.getUsername(),
              AuditAction.ACCOUNT_LOCKED,
              lockout.maxFailures() + " failed sign-ins in a row",
              sourceAddress,
              now));
      return new SignIn(
          SignInOutcome.LOCKED, member.getUsername(), Set.of(), member.getLockedUntil().get());
    }
    return new SignIn(SignInOutcome.REFUSED, member.getUsername(), Set.of(), null);
  }

  private static AuditEntry failure(
      String username, AuditAction action, String details, String address, Instant now) {
    String actor = username.isBlank() ? "(blank)" : username;
    if (actor.length() > 120) {
      actor = actor.substring(0, 120);
    }
    return new AuditEntry(actor, action, "staff", null, details, address, now);
  }

  /** Records that someone signed out. */
  @PermitAll
  public void signedOut(String username, String sourceAddress) {
    audit.record(
        new AuditEntry(
            username, AuditAction.LOGOUT, "staff", null, "", sourceAddress, clock.instant()));
  }

  /** The profile of a signed-in person, for the portal's header and navigation. */
  @PermitAll
  public Optional<StaffProfile> profile(String username) {
    return findByUsername(username).map(StaffProfile::of);
  }

  @RolesAllowed(ADMIN)
  public List<StaffMember> all() {
    return em.createQuery(
            "SELECT s FROM StaffMember s ORDER BY s.displayName, s.username", StaffMember.class)
        .getResultList();
  }

  @RolesAllowed(ADMIN)
  public Optional<StaffMember> find(long id) {
    return Optional.ofNullable(em.find(StaffMember.class, id));
  }

  @RolesAllowed(ADMIN)
  public List<ServiceArea> serviceAreas() {
    return em.createQuery("SELECT a FROM ServiceArea a ORDER BY a.name", ServiceArea.class)
        .getResultList();
  }

  /**
   * Creates an account with a first password the administrator passes on. Every problem with the
   * form is reported at once.
   */
  @RolesAllowed(ADMIN)
  public StaffMember create(StaffDraft draft, String password) {
    var check = new InputCheck();
    String username = check.value(() -> StaffMember.normaliseUsername(draft.username()));
    if (username != null && findByUsername(username).isPresent()) {
      check.add("username", "There is already an account with the username " + username + ".");
    }
    check.run(() -> StaffMember.checkName(draft.displayName()));
    check.run(() -> StaffMember.checkEmail(draft.email()));
    ServiceArea area = check.value(() -> areas.chosen(draft.serviceAreaId()));
    check.run(() -> StaffMember.checkRoles(draft.roles()));
    check.run(() -> PasswordRules.check(password, username));
    check.orThrow();
    Instant now = clock.instant();
    StaffMember member =
        new StaffMember(
            username,
            draft.displayName(),
            draft.email(),
            area,
            draft.roles(),
            passwords.hash(password),
            now);
    if (!draft.active()) {
      member.deactivate();
    }
    enrolment.enrol(member, caller(), describe(member), now);
    return member;
  }

  /** Changes an account's name, email, service area, roles and whether it is active. */
  @RolesAllowed(ADMIN)
  public StaffMember update(long id, StaffDraft draft) {
    StaffMember member = existing(id);
    String before = describe(member);
    var check = new InputCheck();
    check.run(() -> StaffMember.checkName(draft.displayName()));
    check.run(() -> StaffMember.checkEmail(draft.email()));
    ServiceArea area = check.value(() -> areas.chosen(draft.serviceAreaId()));
    check.run(() -> StaffMember.checkRoles(draft.roles()));
    check.orThrow();
    member.rename(draft.displayName(), draft.email());
    member.moveTo(area);
    member.assignRoles(draft.roles());
    if (draft.active()) {
      member.reactivate();
    } else {
      if (member.getUsername().equals(caller())) {
        throw new InvalidInput("active", "You cannot disable your own account.");
      }
      member.deactivate();
    }
    if (member.getUsername().equals(caller()) && !member.hasRole(Role.ADMIN)) {
      throw new InvalidInput("roles", "You cannot remove the administrator role from yourself.");
    }
    audit.record(
        AuditEntry.of(caller(), AuditAction.STAFF_UPDATED, "staff", id, clock.instant())
            .withDetails("before: " + before + "; after: " + describe(member)));
    return member;
  }

  @RolesAllowed(ADMIN)
  public void resetPassword(long id, String newPassword) {
    StaffMember member = existing(id);
    PasswordRules.check(newPassword, member.getUsername());
    member.changePasswordHash(passwords.hash(newPassword));
    member.unlock();
    audit.record(
        AuditEntry.of(caller(), AuditAction.STAFF_PASSWORD_RESET, "staff", id, clock.instant()));
  }

  @RolesAllowed(ADMIN)
  public void unlock(long id) {
    StaffMember member = existing(id);
    member.unlock();
    audit.record(AuditEntry.of(caller(), AuditAction.STAFF_UNLOCKED, "staff", id, clock.instant()));
  }

  @RolesAllowed(ADMIN)
  public ServiceArea createServiceArea(String code, String name) {
    if (code == null || !code.strip().matches("[A-Za-z0-9_-]{2,32}")) {
      throw new InvalidInput("code", "A code is 2 to 32 letters, digits, hyphens or underscores.");
    }
    if (name == null || name.isBlank() || name.strip().length() > 120) {
      throw new InvalidInput("name", "Enter the service area's name (up to 120 characters).");
    }
    ServiceArea area = new ServiceArea(code, name);
    boolean clash =
        !em.createQuery(
                "SELECT a FROM ServiceArea a WHERE a.code = :code OR LOWER(a.name) = LOWER(:name)",
                ServiceArea.class)
            .setParameter("code", area.getCode())
            .setParameter("name", area.getName())
            .getResultList()
            .isEmpty();
    if (clash) {
      throw new InvalidInput("code", "There is already a service area with that code or name.");
    }
    em.persist(area);
    em.flush();
    audit.record(
        AuditEntry.of(
                caller(),
                AuditAction.SERVICE_AREA_CREATED,
                "service-area",
                area.getId(),
                clock.instant())
            .withDetails(area.getCode() + " " + area.getName()));
    return area;
  }

  private Optional<StaffMember> findByUsername(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT s FROM StaffMember s WHERE LOWER(s.username) = LOWER(:u)", StaffMember.class)
        .setParameter("u", username.strip())
        .getResultStream()
        .findFirst();
  }

  private StaffMember existing(long id) {
    return find(id).orElseThrow(() -> new InvalidInput("There is no staff account " + id + "."));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static String describe(StaffMember m) {
    return String.format(
        "username=%s name=%s email=%s area=%s roles=%s active=%s",
        m.getUsername(),
        m.getDisplayName(),
        m.getEmail(),
        m.getServiceArea() == null ? "-" : m.getServiceArea().getCode(),
        m.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
        m.isActive());
  }
}
