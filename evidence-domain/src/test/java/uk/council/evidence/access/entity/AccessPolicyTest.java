package uk.council.evidence.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.staff.entity.Role;

/**
 * Every cell of the access table, asked one role and one standing at a time, against the table
 * written out again here in another shape: per role, whether the action is allowed on one's own,
 * one's team's and anyone else's. A change to who may do what must change both.
 */
class AccessPolicyTest {

  /**
   * Columns: CAMERA_USER, SUPERVISOR, EVIDENCE_OFFICER, DPO, COMPLIANCE_OFFICER, ADMIN; in each,
   * own / team / other, Y allowed and - refused.
   */
  static final List<String> EXPECTED =
      List.of(
          "SEE_FOOTAGE         Y-- YY- YYY YYY YYY YYY",
          "WATCH_FOOTAGE       Y-- YY- YYY YYY --- ---",
          "NOTE_FOOTAGE        Y-- YY- YYY YYY YYY YYY",
          "ATTRIBUTE_FOOTAGE   --- -Y- YYY --- --- ---",
          "READ_CUSTODY        Y-- YY- YYY YYY YYY YYY",
          "READ_CUSTODY_DETAILS --- YY- YYY YYY YYY YYY",
          "SEE_HOLD_DETAILS    --- YY- YYY YYY YYY YYY",
          "HOLD_FOR_REVIEW     --- YY- YYY YYY --- ---",
          "HOLD                --- --- YYY YYY --- ---",
          "KEEP_LONGER         Y-- YY- YYY YYY --- ---",
          "RECATEGORISE        --- YY- YYY YYY --- ---",
          "FLAG_EVIDENCE       Y-- YY- YYY --- --- ---",
          "SEE_CASE            Y-- YY- YYY --- --- ---",
          "READ_CASE_HISTORY   --- -Y- YYY --- --- ---",
          "EDIT_CASE           --- -Y- YYY --- --- ---",
          "MANAGE_CASE         --- --- YYY --- --- ---",
          "DISCLOSE            --- --- YYY --- --- ---",
          "READ_DISCLOSURE_LOG --- --- YYY --- YYY ---",
          "READ_AUDIT_LOG      --- --- --- --- YYY YYY",
          "HANDLE_REQUEST      --- --- --- YYY --- ---",
          "HANDLE_POLICE_REQUEST --- --- YYY YYY --- ---",
          "DISCLOSE_REQUEST    --- --- YYY YYY --- ---",
          "ASSESS_CODE         --- --- --- --- YYY ---",
          "KEEP_REGISTERS      --- --- --- --- YYY YYY");

  static final Standing[] STANDINGS = {Standing.OWN, Standing.TEAM, Standing.OTHER};

  @Test
  void everyCellOfTheTableIsAsWrittenOut() {
    List<String> actual = new ArrayList<>();
    for (Action action : Action.values()) {
      StringBuilder row = new StringBuilder(String.format("%-19s", action.name()));
      for (Role role : Role.values()) {
        row.append(' ');
        for (Standing standing : STANDINGS) {
          row.append(AccessPolicy.allows(Set.of(role), action, Set.of(standing)) ? 'Y' : '-');
        }
      }
      actual.add(row.toString());
    }
    assertEquals(String.join("\n", EXPECTED), String.join("\n", actual));
  }

  @Test
  void nothingIsAllowedOnSomeoneElsesThingThatIsRefusedOnOnesOwnOrTeams() {
    for (Action action : Action.values()) {
      for (Role role : Role.values()) {
        if (AccessPolicy.allows(Set.of(role), action, Set.of())) {
          assertTrue(AccessPolicy.allows(Set.of(role), action, Set.of(Standing.OWN)));
          assertTrue(AccessPolicy.allows(Set.of(role), action, Set.of(Standing.TEAM)));
        }
      }
    }
  }

  @Test
  void noStandingMeansSomeoneElses() {
    assertFalse(AccessPolicy.allows(Set.of(Role.CAMERA_USER), Action.SEE_FOOTAGE, Set.of()));
    assertTrue(AccessPolicy.allows(Set.of(Role.DPO), Action.WATCH_FOOTAGE, Set.of()));
  }

  @Test
  void severalRolesMayDoWhatAnyOfThemMay() {
    Set<Role> adminWhoWears = EnumSet.of(Role.ADMIN, Role.CAMERA_USER);
    assertTrue(AccessPolicy.allows(adminWhoWears, Action.SEE_FOOTAGE, Set.of()));
    assertFalse(AccessPolicy.allows(adminWhoWears, Action.WATCH_FOOTAGE, Set.of()));
    assertTrue(AccessPolicy.allows(adminWhoWears, Action.WATCH_FOOTAGE, Set.of(Standing.OWN)));
    assertEquals(EnumSet.of(Standing.OWN), AccessPolicy.reach(adminWhoWears, Action.FLAG_EVIDENCE));
  }

  @Test
  void aThingBothOwnAndTeamIsAllowedIfEitherIs() {
    Set<Standing> both = EnumSet.of(Standing.OWN, Standing.TEAM);
    assertTrue(AccessPolicy.allows(Set.of(Role.SUPERVISOR), Action.EDIT_CASE, both));
    assertTrue(AccessPolicy.allows(Set.of(Role.CAMERA_USER), Action.SEE_CASE, both));
    assertFalse(
        AccessPolicy.allows(Set.of(Role.SUPERVISOR), Action.EDIT_CASE, Set.of(Standing.OWN)),
        "a supervisor follows a case their footage is in, but another area's case is not theirs"
            + " to change");
  }

  @Test
  void someoneWithoutRolesMayDoNothing() {
    for (Action action : Action.values()) {
      assertFalse(AccessPolicy.allowsAny(Set.of(), action), action.name());
    }
  }

  @Test
  void aWholeSearchIsUnlimitedOnlyForThoseWhoMaySeeAnyonesThing() {
    assertTrue(AccessPolicy.allowsAll(Set.of(Role.COMPLIANCE_OFFICER), Action.SEE_FOOTAGE));
    assertFalse(AccessPolicy.allowsAll(Set.of(Role.SUPERVISOR), Action.SEE_FOOTAGE));
    assertTrue(AccessPolicy.allowsAny(Set.of(Role.SUPERVISOR), Action.SEE_FOOTAGE));
  }
}
