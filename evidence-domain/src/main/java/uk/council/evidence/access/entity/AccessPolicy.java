package uk.council.evidence.access.entity;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.council.evidence.staff.entity.Role;

/**
 * The one table of who may do what: for each action and role, the standings (own, own service area,
 * other) in which it is allowed. Someone with several roles may do what any of them may.
 *
 * <p>The principles behind the cells: a camera user sees and acts on their own footage; a
 * supervisor on their own and their team's; evidence officers and data protection officers see and
 * watch everything, because finding footage for a case or a request means looking; administrators
 * and compliance officers see every recording's details but never the pictures, because they run
 * and check the system rather than watch it. A wearer learns that their footage is kept, never why:
 * a hold may be for a complaint about them. Cases are the evidence officers'; a supervisor works on
 * their area's, and a wearer may follow a case their footage is in. Requests for footage are the
 * data protection officer's, who alone sees a requester's details and documents; the police's
 * requests are shared with evidence officers. A request belongs to no one's own footage or team, so
 * its cells are "any" or nothing.
 */
public final class AccessPolicy {

  /**
   * The table itself, one row per action and one column per role (in {@link Role}'s order). A cell
   * says where the action is allowed: {@code -} nowhere, {@code own}, {@code team} (own service
   * area), {@code own+team}, or {@code any}.
   */
  public static final String TABLE =
      """
      action               CAMERA_USER SUPERVISOR EVIDENCE_OFFICER DPO COMPLIANCE_OFFICER ADMIN
      SEE_FOOTAGE          own         own+team   any              any any                any
      WATCH_FOOTAGE        own         own+team   any              any -                  -
      NOTE_FOOTAGE         own         own+team   any              any any                any
      ATTRIBUTE_FOOTAGE    -           team       any              -   -                  -
      READ_CUSTODY         own         own+team   any              any any                any
      READ_CUSTODY_DETAILS -           own+team   any              any any                any
      SEE_HOLD_DETAILS     -           own+team   any              any any                any
      HOLD_FOR_REVIEW      -           own+team   any              any -                  -
      HOLD                 -           -          any              any -                  -
      KEEP_LONGER          own         own+team   any              any -                  -
      RECATEGORISE         -           own+team   any              any -                  -
      FLAG_EVIDENCE        own         own+team   any              -   -                  -
      SEE_CASE             own         own+team   any              -   -                  -
      READ_CASE_HISTORY    -           team       any              -   -                  -
      EDIT_CASE            -           team       any              -   -                  -
      MANAGE_CASE          -           -          any              -   -                  -
      DISCLOSE             -           -          any              -   -                  -
      READ_DISCLOSURE_LOG  -           -          any              -   any                -
      READ_AUDIT_LOG       -           -          -                -   any                any
      HANDLE_REQUEST       -           -          -                any -                  -
      HANDLE_POLICE_REQUEST -          -          any              any -                  -
      DISCLOSE_REQUEST     -           -          any              any -                  -
      ASSESS_CODE          -           -          -                -   any                -
      KEEP_REGISTERS       -           -          -                -   any                any
      """;

  private static final Map<Action, Map<Role, Set<Standing>>> CELLS = parse(TABLE);

  private AccessPolicy() {}

  /** The standings in which one role may take the action. */
  public static Set<Standing> reach(Role role, Action action) {
    return CELLS.get(action).get(role);
  }

  /** The standings in which someone with these roles may take the action: the union. */
  public static Set<Standing> reach(Set<Role> roles, Action action) {
    var reach = EnumSet.noneOf(Standing.class);
    roles.forEach(r -> reach.addAll(reach(r, action)));
    return reach;
  }

  /**
   * Whether someone with these roles may take the action on a thing towards which they stand so (an
   * empty set, or {@link Standing#OTHER}, for anyone else's).
   */
  public static boolean allows(Set<Role> roles, Action action, Set<Standing> standing) {
    Set<Standing> reach = reach(roles, action);
    return reach.contains(Standing.OTHER) || standing.stream().anyMatch(reach::contains);
  }

  /** Whether the action is allowed on everything, so that a search needs no limit. */
  public static boolean allowsAll(Set<Role> roles, Action action) {
    return reach(roles, action).contains(Standing.OTHER);
  }

  /** Whether the action is allowed on anything at all: for offering it on a screen. */
  public static boolean allowsAny(Set<Role> roles, Action action) {
    return !reach(roles, action).isEmpty();
  }

  private static Map<Action, Map<Role, Set<Standing>>> parse(String table) {
    List<String> lines = table.lines().filter(l -> !l.isBlank()).toList();
    List<String> header = Arrays.asList(lines.get(0).trim().split("\\s+"));
    List<String> roleNames = Arrays.stream(Role.values()).map(Role::name).toList();
    if (!header.subList(1, header.size()).equals(roleNames)) {
      throw new IllegalStateException("The access table's columns must be " + roleNames);
    }
    var cells = new EnumMap<Action, Map<Role, Set<Standing>>>(Action.class);
    for (String line : lines.subList(1, lines.size())) {
      String[] cell = line.trim().split("\\s+");
      if (cell.length != header.size()) {
        throw new IllegalStateException("The access table's row needs a cell per role: " + line);
      }
      Action action = Action.valueOf(cell[0]);
      var byRole = new EnumMap<Role, Set<Standing>>(Role.class);
      for (int i = 1; i < cell.length; i++) {
        byRole.put(Role.values()[i - 1], Collections.unmodifiableSet(standings(cell[i])));
      }
      if (cells.put(action, byRole) != null) {
        throw new IllegalStateException("The access table names " + action + " twice");
      }
    }
    for (Action action : Action.values()) {
      if (!cells.containsKey(action)) {
        throw new IllegalStateException("The access table has no row for " + action);
      }
    }
    return cells;
  }

  private static Set<Standing> standings(String cell) {
    return switch (cell) {
      case "-" -> EnumSet.noneOf(Standing.class);
      case "own" -> EnumSet.of(Standing.OWN);
      case "team" -> EnumSet.of(Standing.TEAM);
      case "own+team" -> EnumSet.of(Standing.OWN, Standing.TEAM);
      case "any" -> EnumSet.allOf(Standing.class);
      default -> throw new IllegalStateException("Not an access cell: " + cell);
    };
  }
}
