package uk.council.evidence.staff.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A member of staff who signs in to the portal, with their roles and service area.
 *
 * <p>The sign-in rules live here: {@link #recordFailedSignIn} counts failures and locks the account
 * when the policy says so; {@link #isLockedAt} says whether it is locked now.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

  /** Lower-case letters, digits, dot, underscore and hyphen; 2 to 64 characters. */
  public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  @Column(name = "display_name")
  private String displayName;

  private String email;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "service_area_id")
  private ServiceArea serviceArea;

  /** Null for an account that signs in through the directory. */
  @Column(name = "password_hash")
  private String passwordHash;

  /**
   * The directory entry the account signs in as, or null for the portal's own accounts, which have
   * a password here instead.
   */
  @Column(name = "directory_dn")
  private String directoryDn;

  private boolean active;

  @Column(name = "failed_logins")
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastSignInAt;

  /** The password was shown to an administrator: it works for signing in and changing it only. */
  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private long version;

  protected StaffMember() {}

  public StaffMember(
      String username,
      String displayName,
      String email,
      ServiceArea serviceArea,
      Set<Role> roles,
      String passwordHash,
      Instant now) {
    this.username = normaliseUsername(username);
    rename(displayName, email);
    this.serviceArea = serviceArea;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.active = true;
    this.createdAt = now;
  }

  /**
   * The staff record of someone who signed in through the directory for the first time: their name
   * and email as the directory gives them (their username when it gives no usable name, no email
   * when it gives no usable one), and their roles from its groups. They have no password here.
   */
  public static StaffMember fromDirectory(
      String username, DirectoryPerson person, ServiceArea area, Set<Role> roles, Instant now) {
    StaffMember member = new StaffMember();
    member.username = normaliseUsername(username);
    member.directoryDn = Objects.requireNonNull(person.dn());
    member.refreshFromDirectory(person, roles);
    member.serviceArea = area;
    member.active = true;
    member.createdAt = now;
    return member;
  }

  /**
   * What the directory says now, at each sign-in: the entry's name, the person's name and email,
   * and their roles from their groups (a group joined or left applies from this sign-in).
   */
  public void refreshFromDirectory(DirectoryPerson person, Set<Role> roles) {
    if (directoryDn == null) {
      throw new IllegalStateException(username + " is not a directory account");
    }
    this.directoryDn = person.dn();
    String name;
    try {
      name = checkName(person.displayName());
    } catch (InvalidInput e) {
      name = username;
    }
    String mail;
    try {
      mail = checkEmail(person.email());
    } catch (InvalidInput e) {
      mail = null;
    }
    this.displayName = name;
    this.email = mail;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** Whether the account signs in through the directory rather than with a password here. */
  public boolean isDirectoryAccount() {
    return directoryDn != null;
  }

  /** The directory entry the account signs in as, if it is a directory account. */
  public Optional<String> getDirectoryDn() {
    return Optional.ofNullable(directoryDn);
  }

  /** The username as stored: trimmed and lower case; rejects what the format does not allow. */
  public static String normaliseUsername(String username) {
    String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(u).matches()) {
      throw new InvalidInput(
          "username",
          "A username is 2 to 64 characters: letters, digits, dots, hyphens or underscores,"
              + " starting with a letter or digit.");
    }
    return u;
  }

  /** The name as stored: trimmed, 1 to 120 characters. */
  public static String checkName(String displayName) {
    String name = displayName == null ? "" : displayName.strip();
    if (name.isEmpty() || name.length() > 120) {
      throw new InvalidInput("displayName", "Enter the person's name (up to 120 characters).");
    }
    return name;
  }

  /** The email as stored: trimmed, or null if none was given. */
  public static String checkEmail(String email) {
    String mail = email == null || email.isBlank() ? null : email.strip();
    if (mail != null && (mail.length() > 254 || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      throw new InvalidInput("email", "Enter an email address like name@council.gov.uk.");
    }
    return mail;
  }

  /** At least one role. */
  public static Set<Role> checkRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInput("roles", "Choose at least one role.");
    }
    return EnumSet.copyOf(roles);
  }

  public void rename(String displayName, String email) {
    String name = checkName(displayName);
    String mail = checkEmail(email);
    this.displayName = name;
    this.email = mail;
  }

  /**
   * The account's roles from now on, as a {@link RoleChange} worked them out: possibly none while
   * every role it was given waits for approval.
   */
  public void assignRoles(RoleChange change) {
    this.roles =
        change.effective().isEmpty()
            ? EnumSet.noneOf(Role.class)
            : EnumSet.copyOf(change.effective());
  }

  /** A role a second person approved (see {@link RoleGrant}). */
  public void grant(Role role) {
    roles.add(role);
  }

  public void moveTo(ServiceArea area) {
    this.serviceArea = area;
  }

  /**
   * A password an administrator was shown (a new account's or a reset one): it lets the person sign
   * in once to choose their own, and nothing else.
   */
  public void issueOneTimePassword(String hash) {
    checkPasswordKeptHere();
    this.passwordHash = Objects.requireNonNull(hash);
    this.mustChangePassword = true;
  }

  /** The person has chosen their own password. */
  public void changeOwnPassword(String hash) {
    checkPasswordKeptHere();
    this.passwordHash = Objects.requireNonNull(hash);
    this.mustChangePassword = false;
  }

  /**
   * Refuses anything to do with a password here for an account that signs in through the directory.
   */
  public void checkPasswordKeptHere() {
    if (directoryDn != null) {
      throw new InvalidInput(
          "This account signs in with the council's network account (the directory): its"
              + " password is changed there, as IT says, not here.");
    }
  }

  /** Whether the password was shown to someone else and must be changed before anything else. */
  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  /** Whether sign-in is refused now because of too many failures. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failed sign-in; returns true if this failure locked the account.
   *
   * <p>Failures while already locked do not extend the lock: someone guessing cannot keep a
   * colleague locked out forever, and the lock still ends when the policy says.
   */
  public boolean recordFailedSignIn(Instant now, LockoutPolicy policy) {
    if (isLockedAt(now)) {
      return false;
    }
    if (lockedUntil != null) {
      // A lock that has run out: start counting afresh.
      lockedUntil = null;
      failedSignIns = 0;
    }
    failedSignIns++;
    if (failedSignIns >= policy.maxFailures()) {
      lockedUntil = now.plus(policy.lockFor());
      return true;
    }
    return false;
  }

  public void recordSuccessfulSignIn(Instant now) {
    failedSignIns = 0;
    lockedUntil = null;
    lastSignInAt = now;
  }

  /** An administrator lifts the lock and clears the failure count. */
  public void unlock() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public ServiceArea getServiceArea() {
    return serviceArea;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public int getFailedSignIns() {
    return failedSignIns;
  }

  public Optional<Instant> getLockedUntil() {
    return Optional.ofNullable(lockedUntil);
  }

  public Optional<Instant> getLastSignInAt() {
    return Optional.ofNullable(lastSignInAt);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
