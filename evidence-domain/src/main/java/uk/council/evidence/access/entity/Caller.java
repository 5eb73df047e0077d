package uk.council.evidence.access.entity;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import uk.council.evidence.staff.entity.Role;

/**
 * Who is calling: a person signed in to the portal, or the system itself (a timer, a dock), which
 * has no staff record and no roles.
 *
 * @param username the principal's name, as audit events name the actor
 * @param staffId their staff record's id, or null for the system
 * @param areaId their service area's id, or null
 * @param roles their roles
 */
public record Caller(String username, Long staffId, Long areaId, Set<Role> roles) {

  public Caller {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** Whether they may take the action on something towards which they stand so. */
  public boolean may(Action action, Set<Standing> standing) {
    return AccessPolicy.allows(roles, action, standing);
  }

  /** Whether they may take the action on everything, so a search needs no limit. */
  public boolean mayAll(Action action) {
    return AccessPolicy.allowsAll(roles, action);
  }

  /**
   * Whether they may take the action on a thing, by how they stand towards it; on a thing that is
   * gone ({@code null}), only if they may take it on everything.
   */
  public <T> boolean mayOn(Action action, T thing, Function<T, Set<Standing>> standing) {
    return thing == null ? mayAll(action) : may(action, standing.apply(thing));
  }

  /** Whether they may take the action on anything at all: for offering it on a screen. */
  public boolean mayAny(Action action) {
    return AccessPolicy.allowsAny(roles, action);
  }

  /** Where they may take the action: the standings a search must limit itself to. */
  public Set<Standing> reach(Action action) {
    return AccessPolicy.reach(roles, action);
  }

  /**
   * How they stand towards footage worn by {@code wearerId} in service area {@code recordingAreaId}
   * (either may be null): their own if they wore it; their team's if it is their area's, or pooled
   * footage that nobody has claimed and that has no area yet.
   */
  public Set<Standing> standingTowardsFootage(Long wearerId, Long recordingAreaId) {
    var standing = EnumSet.noneOf(Standing.class);
    if (wearerId != null && wearerId.equals(staffId)) {
      standing.add(Standing.OWN);
    }
    if (areaId != null && areaId.equals(recordingAreaId)
        || wearerId == null && recordingAreaId == null) {
      standing.add(Standing.TEAM);
    }
    return standing;
  }

  /**
   * How they stand towards a case of service area {@code caseAreaId}: their own if their footage is
   * in it ({@code ownFootageInIt}), their team's if it is their area's.
   */
  public Set<Standing> standingTowardsCase(long caseAreaId, boolean ownFootageInIt) {
    var standing = EnumSet.noneOf(Standing.class);
    if (ownFootageInIt) {
      standing.add(Standing.OWN);
    }
    if (areaId != null && areaId == caseAreaId) {
      standing.add(Standing.TEAM);
    }
    return standing;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
