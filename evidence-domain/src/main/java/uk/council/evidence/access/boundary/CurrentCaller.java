package uk.council.evidence.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.staff.entity.StaffMember;

/**
 * Who is calling, read once per request from the container's principal and the staff record with
 * that username (whose roles are the ones the policy asks about). A principal with no staff record,
 * such as a dock or a timer, is a caller without roles, who may do nothing the policy guards.
 */
@RequestScoped
public class CurrentCaller {

  @PersistenceContext(unitName = "evidence")
  EntityManager em;

  @Inject Principal principal;

  private Caller caller;

  /** The caller as the access policy sees them. */
  public Caller get() {
    String username = username();
    if (caller == null || !caller.username().equals(username)) {
      List<StaffMember> found =
          em.createQuery("SELECT s FROM StaffMember s WHERE s.username = :u", StaffMember.class)
              .setParameter("u", username)
              .getResultList();
      caller =
          found.isEmpty()
              ? new Caller(username, null, null, Set.of())
              : new Caller(
                  username,
                  found.get(0).getId(),
                  found.get(0).getServiceArea() == null
                      ? null
                      : found.get(0).getServiceArea().getId(),
                  found.get(0).getRoles());
    }
    return caller;
  }

  /** The principal's name, as audit events name the actor. */
  public String username() {
    return principal == null || principal.getName() == null ? "system" : principal.getName();
  }

  /** The caller's staff record; only for someone signed in. */
  public StaffMember member() {
    Long id = get().staffId();
    if (id == null) {
      throw new IllegalStateException(username() + " has no staff record");
    }
    return em.find(StaffMember.class, id);
  }
}
