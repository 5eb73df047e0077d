package uk.council.evidence.staff.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class RoleChangeTest {

  @Test
  void aNewAccountHasItsHarmlessRolesAtOnceAndWaitsForTheOthers() {
    RoleChange change = RoleChange.forNewAccount(Set.of(Role.ADMIN, Role.DPO, Role.CAMERA_USER));
    assertEquals(Set.of(Role.ADMIN, Role.CAMERA_USER), change.effective());
    assertEquals(Set.of(Role.DPO), change.toRequest());
    assertEquals(Set.of(), change.toWithdraw());
  }

  @Test
  void anAccountAskedOnlyForAFootageRoleHasNoRoleUntilItIsApproved() {
    RoleChange change = RoleChange.forNewAccount(Set.of(Role.EVIDENCE_OFFICER));
    assertEquals(Set.of(), change.effective());
    assertEquals(Set.of(Role.EVIDENCE_OFFICER), change.toRequest());
  }

  @Test
  void aPasswordResetPutsEveryRoleThatOpensFootageBackForApproval() {
    for (Role role : Role.values()) {
      RoleChange change = RoleChange.afterPasswordReset(EnumSet.of(role, Role.CAMERA_USER));
      boolean footage =
          Set.of(Role.SUPERVISOR, Role.EVIDENCE_OFFICER, Role.DPO, Role.COMPLIANCE_OFFICER)
              .contains(role);
      assertEquals(footage, change.toRequest().contains(role), role.name());
      assertEquals(!footage, change.effective().contains(role), role.name());
      assertTrue(change.effective().contains(Role.CAMERA_USER), "own footage only: kept");
      assertEquals(Set.of(), change.toWithdraw());
    }
  }

  @Test
  void takingARoleAwayAppliesAtOnceAndARoleHeldAlreadyStays() {
    RoleChange change =
        RoleChange.of(
            Set.of(Role.SUPERVISOR, Role.CAMERA_USER), Set.of(), Set.of(Role.SUPERVISOR), false);
    assertEquals(Set.of(Role.SUPERVISOR), change.effective());
    assertEquals(Set.of(), change.toRequest());
  }

  @Test
  void aPendingRequestIsNotAskedTwiceAndUntickingItTakesItBack() {
    Set<Role> current = Set.of(Role.CAMERA_USER);
    RoleChange kept =
        RoleChange.of(current, Set.of(Role.DPO), Set.of(Role.CAMERA_USER, Role.DPO), false);
    assertEquals(Set.of(Role.CAMERA_USER), kept.effective());
    assertEquals(Set.of(), kept.toRequest());
    assertEquals(Set.of(), kept.toWithdraw());
    RoleChange takenBack = RoleChange.of(current, Set.of(Role.DPO), current, false);
    assertEquals(Set.of(Role.DPO), takenBack.toWithdraw());
  }

  @Test
  void noOneChangesTheirOwnRolesButMaySaveTheRestOfTheirAccount() {
    Set<Role> current = Set.of(Role.ADMIN);
    var refused =
        assertThrows(
            InvalidInput.class,
            () -> RoleChange.of(current, Set.of(), Set.of(Role.ADMIN, Role.DPO), true));
    assertEquals("roles", refused.problems().get(0).field());
    assertTrue(refused.getMessage().startsWith("You cannot change your own roles"));
    assertThrows(
        InvalidInput.class, () -> RoleChange.of(current, Set.of(), Set.of(Role.CAMERA_USER), true));
    RoleChange same = RoleChange.of(current, Set.of(), current, true);
    assertEquals(current, same.effective());
  }

  @Test
  void atLeastOneRoleIsTicked() {
    assertThrows(InvalidInput.class, () -> RoleChange.forNewAccount(Set.of()));
  }
}
