package uk.council.evidence.staff.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A request for a role as the approvals list shows it to a DPO or compliance officer.
 *
 * @param id the request
 * @param username whose account would have the role
 * @param displayName their name
 * @param role the role asked for
 * @param requestedBy the administrator who asked
 * @param requestedAt when
 * @param decision what became of it; null while pending
 * @param decidedBy who decided, if anyone has
 * @param decidedAt when, if decided
 * @param reason the reason or note given with the decision, if any
 * @param mayDecide whether the one reading the list may approve or refuse it (pending, and neither
 *     asked for it nor would have it)
 */
public record GrantView(
    long id,
    String username,
    String displayName,
    Role role,
    String requestedBy,
    Instant requestedAt,
    GrantDecision decision,
    String decidedBy,
    Instant decidedAt,
    String reason,
    boolean mayDecide)
    implements Serializable {

  public static GrantView of(RoleGrant g, StaffMember m, boolean mayDecide) {
    return new GrantView(
        g.getId(),
        m.getUsername(),
        m.getDisplayName(),
        g.getRole(),
        g.getRequestedBy(),
        g.getRequestedAt(),
        g.getDecision().orElse(null),
        g.getDecidedBy().orElse(null),
        g.getDecidedAt().orElse(null),
        g.getReason().orElse(null),
        mayDecide);
  }

  public boolean isPending() {
    return decision == null;
  }
}
