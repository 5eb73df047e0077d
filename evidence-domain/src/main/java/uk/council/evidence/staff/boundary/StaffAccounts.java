package uk.council.evidence.staff.boundary;

import static uk.council.evidence.staff.entity.Role.Name.ADMIN;
import static uk.council.evidence.staff.entity.Role.Name.COMPLIANCE_OFFICER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.platform.entity.InputCheck;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.control.Enrolment;
import uk.council.evidence.staff.control.GrantLedger;
import uk.council.evidence.staff.control.PasswordRules;
import uk.council.evidence.staff.control.Passwords;
import uk.council.evidence.staff.control.ServiceAreaDirectory;
import uk.council.evidence.staff.control.SessionLedger;
import uk.council.evidence.staff.control.StaffDirectory;
import uk.council.evidence.staff.entity.DirectoryAnswer;
import uk.council.evidence.staff.entity.DirectoryPerson;
import uk.council.evidence.staff.entity.LockoutPolicy;
import uk.council.evidence.staff.entity.NewAccount;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.RoleAccounts;
import uk.council.evidence.staff.entity.RoleChange;
import uk.council.evidence.staff.entity.RoleGrant;
import uk.council.evidence.staff.entity.ServiceArea;
import uk.council.evidence.staff.entity.SessionEnd;
import uk.council.evidence.staff.entity.SignIn;
import uk.council.evidence.staff.entity.SignInOutcome;
import uk.council.evidence.staff.entity.SignInThrottle;
import uk.council.evidence.staff.entity.StaffDraft;
import uk.council.evidence.staff.entity.StaffMember;
import uk.council.evidence.staff.entity.StaffProfile;
import uk.council.evidence.staff.entity.StaffSession;

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
  @Inject SignInThrottle throttle;
  @Inject AuditLog audit;
  @Inject SessionLedger sessions;
  @Inject GrantLedger grants;
  @Inject StaffDirectory directory;
  @Resource SessionContext session;

  /**
   * Checks a username and password, counts failures, locks the account when the policy says, and
   * audits the attempt whatever its outcome. A successful sign-in opens a session (see {@link
   * StaffSessions}) whose token the result carries.
   */
  @PermitAll
  public SignIn signIn(
      String typedUsername, String password, String sourceAddress, String userAgent) {
    Instant now = clock.instant();
    String username = typedUsername == null ? "" : typedUsername.strip();
    String typed = password == null ? "" : password;
    // Every refusal costs one password check and says the same, so neither the time taken nor
    // the answer tells whether an account exists or is locked.
    Optional<Duration> wait = throttle.wait(sourceAddress, now);
    if (wait.isPresent()) {
      passwords.spendDecoyCheck(typed);
      audit.record(
          failure(
              username,
              AuditAction.LOGIN_FAILED,
              "too many failures from this address: " + wait.get().toSeconds() + " s to wait",
              sourceAddress,
              now));
      return refused(username);
    }
    Optional<StaffMember> found = findByUsername(username);
    if (directory.configured() && found.map(StaffMember::isDirectoryAccount).orElse(true)) {
      return signInThroughDirectory(username, typed, found, sourceAddress, userAgent, now);
    }
    if (found.isEmpty()) {
      passwords.spendDecoyCheck(typed);
      audit.record(
          failure(username, AuditAction.LOGIN_FAILED, "unknown username", sourceAddress, now));
      throttle.failed(username, sourceAddress, now);
      return refused(username);
    }
    StaffMember member = found.get();
    boolean passwordRight = passwords.matches(typed, member.getPasswordHash());
    boolean lockedHere = throttle.locked(member.getUsername(), sourceAddress, now);
    if (member.isLockedAt(now) || lockedHere) {
      audit.record(
          failure(
              member.getUsername(),
              AuditAction.LOGIN_REFUSED_LOCKED,
              lockedHere ? "locked against this address" : "locked from every address",
              sourceAddress,
              now));
      return refused(member.getUsername());
    }
    if (passwordRight && member.isActive()) {
      return signedIn(member, "", sourceAddress, userAgent, now);
    }
    String reason = passwordRight ? "account disabled" : "wrong password";
    audit.record(
        failure(member.getUsername(), AuditAction.LOGIN_FAILED, reason, sourceAddress, now));
    countFailure(member, sourceAddress, now);
    return refused(member.getUsername());
  }

  /** Opens the session of someone whose sign-in succeeded, and audits it. */
  private SignIn signedIn(
      StaffMember member, String details, String sourceAddress, String userAgent, Instant now) {
    member.recordSuccessfulSignIn(now);
    throttle.succeeded(member.getUsername(), sourceAddress);
    audit.record(
        new AuditEntry(
            member.getUsername(),
            AuditAction.LOGIN_SUCCEEDED,
            "staff",
            member.getId().toString(),
            details,
            sourceAddress,
            now));
    String token = StaffSession.newToken();
    sessions.open(
        new StaffSession(
            StaffSession.hashOf(token), member.getId(), sourceAddress, userAgent, now));
    return new SignIn(
        SignInOutcome.SUCCEEDED, member.getUsername(), member.getRoles(), null, token);
  }

  /**
   * A username that is not one of the portal's own accounts, checked by the council's directory.
   * The first time someone signs in so, their staff record is made from their directory entry; each
   * time, their name, email and roles (from their groups) are brought up to date. The directory's
   * own lockout counts their failures; the portal's per-address throttle applies too. An account an
   * administrator disabled here stays disabled whatever the directory says.
   */
  private SignIn signInThroughDirectory(
      String username,
      String password,
      Optional<StaffMember> existing,
      String sourceAddress,
      String userAgent,
      Instant now) {
    String actor = existing.map(StaffMember::getUsername).orElse(username);
    if (existing.isEmpty()
        && !StaffMember.USERNAME.matcher(username.toLowerCase(Locale.ROOT)).matches()) {
      // Not a username the portal could keep: never asked of the directory.
      passwords.spendDecoyCheck(password);
      audit.record(
          failure(username, AuditAction.LOGIN_FAILED, "unknown username", sourceAddress, now));
      throttle.failed(username, sourceAddress, now);
      return refused(username);
    }
    boolean lockedHere = throttle.locked(actor, sourceAddress, now);
    if (lockedHere || existing.map(m -> m.isLockedAt(now)).orElse(false)) {
      audit.record(
          failure(
              actor,
              AuditAction.LOGIN_REFUSED_LOCKED,
              lockedHere ? "locked against this address" : "locked from every address",
              sourceAddress,
              now));
      return refused(actor);
    }
    DirectoryAnswer answer = directory.authenticate(username, password);
    String reason =
        switch (answer.outcome()) {
          case SIGNED_IN -> null;
          case NO_SUCH_PERSON -> "unknown username (not in the directory)";
          case WRONG_PASSWORD -> "wrong password (checked by the directory)";
          case DISABLED -> "directory account disabled";
          case UNREACHABLE -> "the directory could not be asked: " + answer.problem();
        };
    if (answer.outcome() == DirectoryAnswer.Outcome.UNREACHABLE) {
      audit.record(failure(actor, AuditAction.LOGIN_FAILED, reason, sourceAddress, now));
      return new SignIn(SignInOutcome.DIRECTORY_UNAVAILABLE, actor, Set.of(), null, null);
    }
    if (reason != null) {
      audit.record(failure(actor, AuditAction.LOGIN_FAILED, reason, sourceAddress, now));
      if (answer.outcome() == DirectoryAnswer.Outcome.DISABLED && existing.isPresent()) {
        // A leaver: whatever sessions they still have end now.
        StaffMember member = existing.get();
        sessions.endAllOf(
            member.getId(), member.getUsername(), SessionEnd.ACCOUNT_DISABLED, "directory", now);
      } else if (answer.outcome() == DirectoryAnswer.Outcome.WRONG_PASSWORD) {
        countFailure(existing.orElse(null), actor, sourceAddress, now);
      } else {
        throttle.failed(actor, sourceAddress, now);
      }
      return refused(actor);
    }
    DirectoryPerson person = answer.person();
    Set<Role> roles = directory.settings().orElseThrow().rolesOf(person.groups());
    if (roles.isEmpty()) {
      audit.record(
          failure(
              actor,
              AuditAction.LOGIN_FAILED,
              "in no directory group that gives a role of the portal (member of: "
                  + person.groups().stream()
                      .map(g -> g.cn() == null ? g.dn() : g.cn())
                      .sorted()
                      .collect(Collectors.joining(", "))
                  + ")",
              sourceAddress,
              now));
      return refused(actor);
    }
    StaffMember member;
    if (existing.isPresent()) {
      member = existing.get();
      if (!member.isActive()) {
        audit.record(
            failure(
                actor,
                AuditAction.LOGIN_FAILED,
                "account disabled here by an administrator",
                sourceAddress,
                now));
        return refused(actor);
      }
      String before = describe(member);
      member.refreshFromDirectory(person, roles);
      String after = describe(member);
      if (!before.equals(after)) {
        audit.record(
            AuditEntry.of("directory", AuditAction.STAFF_UPDATED, "staff", member.getId(), now)
                .withDetails(
                    "from the directory at sign-in; before: " + before + "; after: " + after));
      }
    } else {
      Optional<String> owner = usernameWithEntry(person.dn());
      if (owner.isPresent()) {
        audit.record(
            failure(
                actor,
                AuditAction.LOGIN_FAILED,
                "the directory entry "
                    + person.dn()
                    + " already belongs to the staff account "
                    + owner.get()
                    + " (renamed in the directory?)",
                sourceAddress,
                now));
        return refused(actor);
      }
      ServiceArea area = areaNamed(person.area());
      member = StaffMember.fromDirectory(username, person, area, roles, now);
      enrolment.enrol(
          member,
          "directory",
          "first sign-in through the directory as "
              + person.dn()
              + (area == null && person.area() != null
                  ? "; no service area is called '" + person.area() + "': an administrator chooses"
                  : "")
              + "; "
              + describe(member),
          now);
    }
    return signedIn(member, "through the directory", sourceAddress, userAgent, now);
  }

  /** The service area whose code or name the directory gave, if there is one. */
  private ServiceArea areaNamed(String value) {
    if (value == null) {
      return null;
    }
    return em.createQuery(
            "SELECT a FROM ServiceArea a WHERE LOWER(a.code) = LOWER(:v) OR LOWER(a.name) = LOWER(:v)",
            ServiceArea.class)
        .setParameter("v", value.strip())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Optional<String> usernameWithEntry(String dn) {
    return em.createQuery(
            "SELECT s.username FROM StaffMember s WHERE LOWER(s.directoryDn) = LOWER(:dn)",
            String.class)
        .setParameter("dn", dn)
        .getResultStream()
        .findFirst();
  }

  private void countFailure(StaffMember member, String sourceAddress, Instant now) {
    countFailure(member, member.getUsername(), sourceAddress, now);
  }

  /** A wrong password: counted against the address, and against the account everywhere. */
  private void countFailure(
      StaffMember member, String username, String sourceAddress, Instant now) {
    if (throttle.failed(username, sourceAddress, now)) {
      audit.record(
          failure(
              username,
              AuditAction.ACCOUNT_LOCKED,
              lockout.maxFailures()
                  + " failed sign-ins in a row from this address: locked against it for "
                  + lockout.lockFor().toMinutes()
                  + " minutes",
              sourceAddress,
              now));
    }
    // Guessing spread over many addresses still locks the account everywhere, at ten times the
    // count: the last line, which an administrator lifts.
    if (member != null && member.recordFailedSignIn(now, everywhere())) {
      audit.record(
          failure(
              username,
              AuditAction.ACCOUNT_LOCKED,
              everywhere().maxFailures() + " failed sign-ins in a row from any address",
              sourceAddress,
              now));
    }
  }

  /** The account-wide lock: ten times the failures that lock an account against one address. */
  private LockoutPolicy everywhere() {
    return new LockoutPolicy(lockout.maxFailures() * 10, lockout.lockFor());
  }

  private static SignIn refused(String username) {
    return new SignIn(SignInOutcome.REFUSED, username, Set.of(), null, null);
  }

  private static AuditEntry failure(
      String username, AuditAction action, String details, String address, Instant now) {
    String actor = username.isBlank() ? "(blank)" : username;
    if (actor.length() > 120) {
      actor = actor.substring(0, 120);
    }
    return new AuditEntry(actor, action, "staff", null, details, address, now);
  }

  /** Whether staff may sign in with their accounts of the council's directory. */
  @PermitAll
  public boolean directorySignIn() {
    return directory.configured();
  }

  /** The profile of a signed-in person, for the portal's header and navigation. */
  @PermitAll
  public Optional<StaffProfile> profile(String username) {
    return findByUsername(username).map(StaffProfile::of);
  }

  /**
   * The staff record of whoever is calling, for the access policy: read through this boundary so
   * that it works from any module of the application, the web's included.
   */
  @PermitAll
  public Optional<StaffMember> byUsername(String username) {
    return findByUsername(username);
  }

  /**
   * The usernames of the active accounts holding a role, in order: for the review's training
   * coverage, which asks whether everyone who wears a camera is trained.
   */
  @RolesAllowed({ADMIN, COMPLIANCE_OFFICER})
  public List<String> activeWith(Role role) {
    return em.createQuery(
            "SELECT s.username FROM StaffMember s JOIN s.roles r"
                + " WHERE r = :role AND s.active = TRUE ORDER BY s.username",
            String.class)
        .setParameter("role", role)
        .getResultList();
  }

  /**
   * The active accounts by role, and how many of each have not signed in since {@code since}: a
   * person with two roles counts under each. Counted in SQL.
   */
  @RolesAllowed({ADMIN, COMPLIANCE_OFFICER})
  public List<RoleAccounts> accountsByRole(Instant since) {
    return em.createQuery(
            "SELECT r, COUNT(s), SUM(CASE WHEN s.lastSignInAt IS NULL OR s.lastSignInAt < :since"
                + " THEN 1 ELSE 0 END) FROM StaffMember s JOIN s.roles r WHERE s.active = TRUE"
                + " GROUP BY r",
            Object[].class)
        .setParameter("since", since)
        .getResultStream()
        .map(row -> new RoleAccounts((Role) row[0], (Long) row[1], ((Number) row[2]).longValue()))
        .sorted(Comparator.comparing(RoleAccounts::role))
        .toList();
  }

  /** The usernames of the active accounts that have not signed in since {@code since}, in order. */
  @RolesAllowed({ADMIN, COMPLIANCE_OFFICER})
  public List<String> dormantSince(Instant since) {
    return em.createQuery(
            "SELECT s.username FROM StaffMember s WHERE s.active = TRUE AND (s.lastSignInAt IS NULL"
                + " OR s.lastSignInAt < :since) ORDER BY s.username",
            String.class)
        .setParameter("since", since)
        .getResultList();
  }

  /** The usernames of these accounts, by id; an id with no account is left out. */
  @RolesAllowed({ADMIN, COMPLIANCE_OFFICER})
  public Map<Long, String> usernamesOf(java.util.Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery(
              "SELECT s.id, s.username FROM StaffMember s WHERE s.id IN :ids", Object[].class)
          .setParameter("ids", List.copyOf(ids))
          .getResultStream()
          .forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
    }
    return names;
  }

  /** Every account's roles by username, disabled accounts too: to say who did what in a log. */
  @RolesAllowed({ADMIN, COMPLIANCE_OFFICER})
  public Map<String, Set<Role>> rolesByUsername() {
    Map<String, Set<Role>> roles = new HashMap<>();
    em.createQuery("SELECT s.username, r FROM StaffMember s JOIN s.roles r", Object[].class)
        .getResultStream()
        .forEach(
            row ->
                roles
                    .computeIfAbsent((String) row[0], u -> EnumSet.noneOf(Role.class))
                    .add((Role) row[1]));
    return roles;
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

  @RolesAllowed({ADMIN, COMPLIANCE_OFFICER})
  public List<ServiceArea> serviceAreas() {
    return em.createQuery("SELECT a FROM ServiceArea a ORDER BY a.name", ServiceArea.class)
        .getResultList();
  }

  /**
   * Creates an account with a one-time password for the administrator to pass on (never stored; the
   * person must change it at their first sign-in). Roles that need a second person's approval (see
   * {@link RoleGrant}) are asked for, not given. Every problem with the form is reported at once.
   */
  @RolesAllowed(ADMIN)
  public NewAccount create(StaffDraft draft) {
    var check = new InputCheck();
    String username = check.value(() -> StaffMember.normaliseUsername(draft.username()));
    if (username != null && findByUsername(username).isPresent()) {
      check.add("username", "There is already an account with the username " + username + ".");
    }
    check.run(() -> StaffMember.checkName(draft.displayName()));
    check.run(() -> StaffMember.checkEmail(draft.email()));
    ServiceArea area = check.value(() -> areas.chosen(draft.serviceAreaId()));
    RoleChange roles = check.value(() -> RoleChange.forNewAccount(draft.roles()));
    check.orThrow();
    Instant now = clock.instant();
    String oneTime = passwords.oneTime();
    String hash = passwords.hash(oneTime);
    StaffMember member =
        new StaffMember(
            username, draft.displayName(), draft.email(), area, roles.effective(), hash, now);
    member.issueOneTimePassword(hash);
    if (!draft.active()) {
      member.deactivate();
    }
    enrolment.enrol(member, caller(), describe(member), now);
    grants.request(member, roles.toRequest(), caller(), now);
    return new NewAccount(member, oneTime, roles.toRequest());
  }

  /**
   * Changes an account's name, email, service area, roles and whether it is active. Disabling it
   * ends its open sessions; roles taken away, and added roles that need no approval, apply from
   * each session's next request; the others are asked for (see {@link RoleGrant}), and a request
   * whose role is no longer ticked is withdrawn. No one changes their own roles: pass null roles to
   * leave them as they are.
   */
  @RolesAllowed(ADMIN)
  public StaffMember update(long id, StaffDraft draft) {
    StaffMember member = existing(id);
    String before = describe(member);
    boolean wasActive = member.isActive();
    boolean own = member.getUsername().equals(caller());
    Set<Role> pending = grants.pendingRolesOf(id);
    var check = new InputCheck();
    check.run(() -> StaffMember.checkName(draft.displayName()));
    check.run(() -> StaffMember.checkEmail(draft.email()));
    ServiceArea area = check.value(() -> areas.chosen(draft.serviceAreaId()));
    Set<Role> ticked = draft.roles() == null ? shown(member.getRoles(), pending) : draft.roles();
    RoleChange roles = check.value(() -> RoleChange.of(member.getRoles(), pending, ticked, own));
    if (member.isDirectoryAccount()) {
      fromDirectoryOnly(member, draft, check);
    }
    check.orThrow();
    member.rename(draft.displayName(), draft.email());
    member.moveTo(area);
    member.assignRoles(roles);
    if (draft.active()) {
      member.reactivate();
    } else {
      if (member.getUsername().equals(caller())) {
        throw new InvalidInput("active", "You cannot disable your own account.");
      }
      member.deactivate();
    }
    Instant now = clock.instant();
    audit.record(
        AuditEntry.of(caller(), AuditAction.STAFF_UPDATED, "staff", id, now)
            .withDetails("before: " + before + "; after: " + describe(member)));
    grants.withdraw(member, roles.toWithdraw(), caller(), now);
    grants.request(member, roles.toRequest(), caller(), now);
    if (wasActive && !member.isActive()) {
      sessions.endAllOf(
          id, member.getUsername(), SessionEnd.ACCOUNT_DISABLED, caller(), clock.instant());
    }
    return member;
  }

  /**
   * A directory account's name, email and roles come from the directory at each sign-in: changed
   * here, they would silently go back, so the form refuses it and says where to change them.
   */
  private static void fromDirectoryOnly(StaffMember member, StaffDraft draft, InputCheck check) {
    if (draft.roles() != null && !draft.roles().equals(member.getRoles())) {
      check.add(
          "roles",
          "This account signs in through the directory: its roles come from its directory groups."
              + " Ask IT to change the groups; the roles change at the person's next sign-in.");
    }
    String name = draft.displayName() == null ? "" : draft.displayName().strip();
    String email = draft.email() == null || draft.email().isBlank() ? null : draft.email().strip();
    if (!name.equals(member.getDisplayName()) || !Objects.equals(email, member.getEmail())) {
      check.add(
          "displayName",
          "This account signs in through the directory: its name and email come from there.");
    }
  }

  /**
   * Sets a one-time password, returned for the administrator to pass on, and unlocks the account;
   * its open sessions end, and at the next sign-in the person must choose their own password. The
   * account's roles that open other people's footage wait for a second person's approval again
   * ({@link RoleChange#afterPasswordReset}): the administrator knows the one-time password, and
   * must not be able to sign in with it and see the pictures.
   */
  @RolesAllowed(ADMIN)
  public String resetPassword(long id) {
    StaffMember member = existing(id);
    Instant now = clock.instant();
    String oneTime = passwords.oneTime();
    member.issueOneTimePassword(passwords.hash(oneTime));
    member.unlock();
    RoleChange roles = RoleChange.afterPasswordReset(member.getRoles());
    member.assignRoles(roles);
    var reset = AuditEntry.of(caller(), AuditAction.STAFF_PASSWORD_RESET, "staff", id, now);
    audit.record(
        roles.toRequest().isEmpty()
            ? reset
            : reset.withDetails(
                "roles that open footage wait for approval again: "
                    + roles.toRequest().stream()
                        .sorted()
                        .map(Role::title)
                        .collect(Collectors.joining(", "))));
    grants.request(member, roles.toRequest(), caller(), now);
    sessions.endAllOf(id, member.getUsername(), SessionEnd.PASSWORD_RESET, caller(), now);
    return oneTime;
  }

  /**
   * The signed-in person changes their own password (the one-time password they were given, or
   * their own), typing the current one and the new one twice. Audited as STAFF_PASSWORD_CHANGED.
   * Their other sessions end (someone who changes a password because it may be known must not leave
   * a session opened with it); the one they changed it in, named by {@code sessionToken}, stays.
   * Open to anyone signed in, whatever their roles: someone whose every role still waits for
   * approval must be able to change a one-time password too.
   *
   * @throws InvalidInput with every problem: the current password wrong, the new one breaking the
   *     password rules, the same as the current one, or typed differently the second time
   */
  @PermitAll
  public void changeOwnPassword(
      String current, String newPassword, String again, String sessionToken, String sourceAddress) {
    StaffMember member =
        findByUsername(caller()).orElseThrow(() -> new InvalidInput("Sign in first."));
    member.checkPasswordKeptHere();
    var check = new InputCheck();
    if (current == null
        || current.isEmpty()
        || !passwords.matches(current, member.getPasswordHash())) {
      // Counted as a failed sign-in, in a transaction of its own that the refusal leaves standing:
      // a session left open must not become a way to guess the password without limit.
      boolean locked =
          session.getBusinessObject(StaffAccounts.class).wrongCurrentPassword(sourceAddress);
      check.add(
          "current",
          locked
              ? "Too many wrong passwords: you are signed out, and this computer cannot sign in"
                  + " to your account for "
                  + lockout.lockFor().toMinutes()
                  + " minutes."
              : "Your current password is not right.");
    }
    try {
      PasswordRules.check(newPassword, member.getUsername());
      if (newPassword.equals(current)) {
        check.add(
            "newPassword", "Choose a new password: it must not be the same as the current one.");
      } else if (!newPassword.equals(again)) {
        check.add("again", "The two new passwords are not the same.");
      }
    } catch (InvalidInput e) {
      check.add("newPassword", e.getMessage());
    }
    check.orThrow();
    Instant now = clock.instant();
    member.changeOwnPassword(passwords.hash(newPassword));
    audit.record(
        AuditEntry.of(
                member.getUsername(),
                AuditAction.STAFF_PASSWORD_CHANGED,
                "staff",
                member.getId(),
                now)
            .from(sourceAddress));
    sessions.endOthersOf(
        member.getId(),
        member.getUsername(),
        sessionToken,
        SessionEnd.PASSWORD_CHANGED,
        member.getUsername(),
        now);
  }

  /**
   * A wrong current password typed by the signed-in person on changing it: audited and counted as a
   * failed sign-in from the address. When that locks the account against the address, every session
   * of the person ends. In its own transaction, so the form's refusal does not undo it.
   *
   * @return whether the account is now locked against the address
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean wrongCurrentPassword(String sourceAddress) {
    StaffMember member =
        findByUsername(caller()).orElseThrow(() -> new InvalidInput("Sign in first."));
    Instant now = clock.instant();
    audit.record(
        failure(
            member.getUsername(),
            AuditAction.LOGIN_FAILED,
            "wrong current password on changing it",
            sourceAddress,
            now));
    if (!throttle.failed(member.getUsername(), sourceAddress, now)) {
      return false;
    }
    audit.record(
        failure(
            member.getUsername(),
            AuditAction.ACCOUNT_LOCKED,
            lockout.maxFailures()
                + " wrong passwords in a row from this address: locked against it for "
                + lockout.lockFor().toMinutes()
                + " minutes",
            sourceAddress,
            now));
    sessions.endAllOf(
        member.getId(), member.getUsername(), SessionEnd.LOCKED, member.getUsername(), now);
    return true;
  }

  /** The signed-in person's own roles that wait for a second person's approval. */
  @PermitAll
  public Set<Role> ownRolesAwaitingApproval() {
    return findByUsername(caller()).map(m -> grants.pendingRolesOf(m.getId())).orElse(Set.of());
  }

  /** The roles of an account that wait for a second person's approval. */
  @RolesAllowed(ADMIN)
  public Set<Role> awaitingApproval(long id) {
    return grants.pendingRolesOf(id);
  }

  /** Every account's roles that wait for approval, by account id. */
  @RolesAllowed(ADMIN)
  public Map<Long, Set<Role>> awaitingApproval() {
    return grants.pendingRoles();
  }

  @RolesAllowed(ADMIN)
  public void unlock(long id) {
    StaffMember member = existing(id);
    member.unlock();
    throttle.unlock(member.getUsername());
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

  private static Set<Role> shown(Set<Role> current, Set<Role> pending) {
    Set<Role> all = EnumSet.noneOf(Role.class);
    all.addAll(current);
    all.addAll(pending);
    return all;
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
