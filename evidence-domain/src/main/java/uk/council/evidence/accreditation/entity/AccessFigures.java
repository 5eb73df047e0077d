package uk.council.evidence.accreditation.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.RoleAccounts;

/**
 * Who used the system in a review year, and how its accounts stand (principles 7 and 9).
 *
 * @param playsByRole footage played in the period, by the role of who played it
 * @param downloadsByRole footage downloaded in the period, by the role of who downloaded it
 * @param accounts the active accounts by role now, with how many are dormant
 * @param dormantSince the day from which an account that has not signed in counts as dormant
 * @param dormant the usernames of the dormant accounts
 * @param signIns the period's sign-in failures, refusals and lockouts, by action
 * @param privileged the period's changes to accounts, roles, docks and rules, by action
 */
public record AccessFigures(
    List<RoleCount> playsByRole,
    List<RoleCount> downloadsByRole,
    List<RoleAccounts> accounts,
    LocalDate dormantSince,
    List<String> dormant,
    List<ActionCount> signIns,
    List<ActionCount> privileged) {

  /** What counts as a failed or refused sign-in, people's and docks'. */
  public static final List<AuditAction> SIGN_IN_FAILURES =
      List.of(
          AuditAction.LOGIN_FAILED,
          AuditAction.LOGIN_REFUSED_LOCKED,
          AuditAction.ACCOUNT_LOCKED,
          AuditAction.DOCK_AUTH_FAILED);

  /** What counts as a privileged change: to who may do what, or to the rules footage follows. */
  public static final List<AuditAction> PRIVILEGED =
      List.of(
          AuditAction.STAFF_CREATED,
          AuditAction.STAFF_UPDATED,
          AuditAction.STAFF_PASSWORD_RESET,
          AuditAction.STAFF_UNLOCKED,
          AuditAction.ROLE_GRANT_REQUESTED,
          AuditAction.ROLE_GRANT_APPROVED,
          AuditAction.ROLE_GRANT_REFUSED,
          AuditAction.SERVICE_AREA_CREATED,
          AuditAction.DOCK_REGISTERED,
          AuditAction.DOCK_CREDENTIAL_ISSUED,
          AuditAction.DOCK_REVOKED,
          AuditAction.RETENTION_PERIOD_CHANGED,
          AuditAction.BANK_HOLIDAY_ADDED,
          AuditAction.BANK_HOLIDAY_REMOVED);

  /** Who is not a current account holder: the system itself, a dock, a removed account. */
  public static final String NO_ROLE = "No staff role (the system, a dock, or a removed account)";

  public AccessFigures {
    playsByRole = List.copyOf(playsByRole);
    downloadsByRole = List.copyOf(downloadsByRole);
    accounts = List.copyOf(accounts);
    dormant = List.copyOf(dormant);
    signIns = List.copyOf(signIns);
    privileged = List.copyOf(privileged);
  }

  /** Plays and downloads side by side, a row a role, in the order {@link #byRole} gives. */
  public List<RoleUses> uses() {
    Map<String, Long> downloaded = new LinkedHashMap<>();
    downloadsByRole.forEach(d -> downloaded.put(d.role(), d.count()));
    List<RoleUses> rows = new ArrayList<>();
    playsByRole.forEach(
        p -> rows.add(new RoleUses(p.role(), p.count(), downloaded.getOrDefault(p.role(), 0L))));
    downloaded.forEach(
        (role, n) -> {
          if (rows.stream().noneMatch(r -> r.role().equals(role))) {
            rows.add(new RoleUses(role, 0, n));
          }
        });
    return rows;
  }

  /** A role's plays and downloads. */
  public record RoleUses(String role, long played, long downloaded) {}

  /** A count for a role, by its title. */
  public record RoleCount(String role, long count) {}

  /** A count of one audited action. */
  public record ActionCount(AuditAction action, long count) {
    public String label() {
      return action.label();
    }
  }

  /**
   * Counts by actor turned into counts by role: a person with two roles counts under each, and an
   * actor with no role (the system, a dock, a removed account) under {@link #NO_ROLE}. Roles in
   * their order, none left out, then those with no role if any.
   */
  public static List<RoleCount> byRole(Map<String, Long> byActor, Map<String, Set<Role>> roles) {
    Map<Role, Long> counted = new EnumMap<>(Role.class);
    long none = 0;
    for (var e : byActor.entrySet()) {
      Set<Role> held = roles.getOrDefault(e.getKey(), Set.of());
      if (held.isEmpty()) {
        none += e.getValue();
      }
      held.forEach(r -> counted.merge(r, e.getValue(), Long::sum));
    }
    List<RoleCount> shown = new ArrayList<>();
    for (Role r : Role.values()) {
      shown.add(new RoleCount(r.title(), counted.getOrDefault(r, 0L)));
    }
    if (none > 0) {
      shown.add(new RoleCount(NO_ROLE, none));
    }
    return shown;
  }

  /** The counts of the listed actions, in the list's order, each whether or not it happened. */
  public static List<ActionCount> of(List<AuditAction> actions, Map<AuditAction, Long> counts) {
    return actions.stream().map(a -> new ActionCount(a, counts.getOrDefault(a, 0L))).toList();
  }

  /** How many of the actions happened. */
  public static long total(List<ActionCount> counts) {
    return counts.stream().mapToLong(ActionCount::count).sum();
  }
}
