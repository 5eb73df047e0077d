package uk.council.evidence.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A request for a role that needs a second person's approval before it takes effect (issue 14).
 *
 * <p>An administrator manages accounts but never sees the pictures; if they could tick a box and
 * have the DPO role, that promise would be worth nothing. So the roles that open other people's
 * footage ({@link #NEEDS_APPROVAL}: supervisor, evidence officer, DPO) wait here until a DPO or
 * compliance officer ({@link #APPROVERS}) approves them, and so does the compliance officer role
 * itself, because it approves the others: otherwise an administrator could make a second account a
 * compliance officer and approve their own request with it. The one who decides is neither the one
 * who asked nor the one who would have the role.
 */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

  /** The roles that take effect only once approved. */
  public static final Set<Role> NEEDS_APPROVAL =
      Set.copyOf(
          EnumSet.of(Role.SUPERVISOR, Role.EVIDENCE_OFFICER, Role.DPO, Role.COMPLIANCE_OFFICER));

  /** The roles whose holders approve or refuse requests. */
  public static final Set<Role> APPROVERS =
      Set.copyOf(EnumSet.of(Role.DPO, Role.COMPLIANCE_OFFICER));

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "staff_id", updatable = false)
  private long staffId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private Role role;

  @Column(name = "requested_by", updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  private GrantDecision decision;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  private String reason;

  @Version private long version;

  protected RoleGrant() {}

  /** {@code requestedBy} asks for {@code role} for the account {@code staffId}. */
  public RoleGrant(long staffId, Role role, String requestedBy, Instant now) {
    if (!needsApproval(role)) {
      throw new IllegalArgumentException(role + " takes effect without approval");
    }
    this.staffId = staffId;
    this.role = role;
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.requestedAt = now;
  }

  public static boolean needsApproval(Role role) {
    return NEEDS_APPROVAL.contains(role);
  }

  /**
   * {@code by}, holding {@code byRoles}, approves the request for the account {@code account}.
   *
   * @throws InvalidInput if it has been decided already, or {@code by} may not decide it
   */
  public void approve(String by, Set<Role> byRoles, String account, String note, Instant now) {
    checkDecider(by, byRoles, account);
    decide(GrantDecision.APPROVED, by, note, now);
  }

  /**
   * {@code by}, holding {@code byRoles}, refuses the request for the account {@code account},
   * saying why.
   *
   * @throws InvalidInput as {@link #approve}, or if no reason is given
   */
  public void refuse(String by, Set<Role> byRoles, String account, String why, Instant now) {
    checkDecider(by, byRoles, account);
    if (why == null || why.isBlank()) {
      throw new InvalidInput("reason", "Say why you refuse the role, so the administrator knows.");
    }
    decide(GrantDecision.REFUSED, by, why, now);
  }

  /** An administrator takes the request back before anyone has decided it. */
  public void withdraw(String by, Instant now) {
    checkPending();
    decide(GrantDecision.WITHDRAWN, by, null, now);
  }

  /** Whether {@code who}, holding {@code roles}, may approve or refuse this request. */
  public boolean mayBeDecidedBy(String who, Set<Role> roles, String account) {
    try {
      checkDecider(who, roles, account);
      return true;
    } catch (InvalidInput e) {
      return false;
    }
  }

  private void checkDecider(String by, Set<Role> byRoles, String account) {
    checkPending();
    if (byRoles.stream().noneMatch(APPROVERS::contains)) {
      throw new InvalidInput(
          "Only a data protection officer or a compliance officer approves or refuses roles.");
    }
    if (by.equalsIgnoreCase(requestedBy)) {
      throw new InvalidInput("You asked for this role: someone else must approve or refuse it.");
    }
    if (by.equalsIgnoreCase(account)) {
      throw new InvalidInput("This role is for you: someone else must approve or refuse it.");
    }
  }

  private void checkPending() {
    if (decision != null) {
      throw new InvalidInput(
          "This request was " + decision.name().toLowerCase() + " already by " + decidedBy + ".");
    }
  }

  private void decide(GrantDecision what, String by, String why, Instant now) {
    if (why != null && why.strip().length() > 500) {
      throw new InvalidInput("reason", "Keep the reason to 500 characters.");
    }
    this.decision = what;
    this.decidedBy = Objects.requireNonNull(by);
    this.decidedAt = now;
    this.reason = why == null || why.isBlank() ? null : why.strip();
  }

  public boolean isPending() {
    return decision == null;
  }

  public Long getId() {
    return id;
  }

  public long getStaffId() {
    return staffId;
  }

  public Role getRole() {
    return role;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Optional<GrantDecision> getDecision() {
    return Optional.ofNullable(decision);
  }

  public Optional<String> getDecidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> getDecidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> getReason() {
    return Optional.ofNullable(reason);
  }
}
