package uk.council.evidence.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.util.Set;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.access.entity.NotAllowed;
import uk.council.evidence.audit.boundary.AuditLog;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.audit.entity.AuditEntry;
import uk.council.evidence.staff.boundary.StaffAccounts;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * Who is calling, read once per request from the container's principal and the staff record with
 * that username (whose roles are the ones the policy asks about). A principal with no staff record,
 * such as a dock or a timer, is a caller without roles, who may do nothing the policy guards.
 */
@RequestScoped
public class CurrentCaller {

  @Inject StaffAccounts staff;
  @Inject Principal principal;
  @Inject AuditLog audit;
  @Inject Clock clock;

  private Caller caller;

  /** Whom the server's own work is being done for, or null. */
  private String actingFor;

  /** The caller as the access policy sees them. */
  public Caller get() {
    String username = username();
    if (caller == null || !caller.username().equals(username)) {
      // Through the staff boundary, not an entity manager of this bean's own: from the web's
      // module of an EAR, this bean's persistence unit cannot be found.
      caller =
          staff
              .byUsername(username)
              .map(
                  m ->
                      new Caller(
                          username,
                          m.getId(),
                          m.getServiceArea() == null ? null : m.getServiceArea().getId(),
                          m.getRoles()))
              .orElse(new Caller(username, null, null, Set.of()));
    }
    return caller;
  }

  /** The principal's name, as audit events name the actor. */
  public String username() {
    return actingFor != null ? actingFor : principalName();
  }

  private String principalName() {
    return principal == null || principal.getName() == null ? "system" : principal.getName();
  }

  /**
   * For the server's own work done for someone, later and on its own thread (a package they asked
   * for, built in the background): for the rest of this request the caller is them, with their
   * roles and service area as they are now, so that the policy asks again whether they may. Refused
   * where someone is signed in: nobody acts for another.
   *
   * @throws IllegalStateException if the principal is a member of staff
   */
  public void actFor(String username) {
    if (staff.byUsername(principalName()).isPresent()) {
      throw new IllegalStateException(principalName() + " may not act for " + username);
    }
    actingFor = username;
  }

  /**
   * Refuses an action that does not depend on whose thing it is (building a package, reading the
   * audit log) unless the caller may take it on everything; the refusal is audited.
   *
   * @throws NotAllowed if they may not
   */
  public void require(Action action) {
    if (!get().mayAll(action)) {
      audit.recordSeparately(
          AuditEntry.of(
                  username(), AuditAction.ACCESS_DENIED, "action", action.name(), clock.instant())
              .withDetails("may not " + action.title()));
      throw new NotAllowed(action);
    }
  }

  /** The caller's staff record; only for someone signed in. */
  public StaffMember member() {
    Long id = get().staffId();
    if (id == null) {
      throw new IllegalStateException(username() + " has no staff record");
    }
    return staff.byUsername(username()).orElseThrow();
  }
}
