package uk.council.evidence.staff.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;

class RoleGrantTest {

  static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
  static final Set<Role> COMPLIANCE = Set.of(Role.COMPLIANCE_OFFICER);

  static RoleGrant dpoForNewStarter() {
    return new RoleGrant(7, Role.DPO, "admin", T0);
  }

  @Test
  void theRolesThatOpenOtherPeoplesFootageOrApproveThemNeedApprovalAndNoOthers() {
    assertEquals(
        Set.of(Role.SUPERVISOR, Role.EVIDENCE_OFFICER, Role.DPO, Role.COMPLIANCE_OFFICER),
        RoleGrant.NEEDS_APPROVAL);
    assertFalse(RoleGrant.needsApproval(Role.CAMERA_USER), "a wearer sees only their own");
    assertFalse(RoleGrant.needsApproval(Role.ADMIN), "an administrator never sees pictures");
    assertThrows(
        IllegalArgumentException.class, () -> new RoleGrant(7, Role.CAMERA_USER, "admin", T0));
  }

  @Test
  void aComplianceOfficerApprovesAndTheDecisionIsKept() {
    RoleGrant grant = dpoForNewStarter();
    assertTrue(grant.isPending());
    grant.approve(
        "compliance", COMPLIANCE, "new.starter", "  checked with HR ", T0.plusSeconds(60));
    assertFalse(grant.isPending());
    assertEquals(GrantDecision.APPROVED, grant.getDecision().get());
    assertEquals("compliance", grant.getDecidedBy().get());
    assertEquals(T0.plusSeconds(60), grant.getDecidedAt().get());
    assertEquals("checked with HR", grant.getReason().get());
  }

  @Test
  void aDpoMayApproveButNoOtherRole() {
    dpoForNewStarter().approve("dpo", Set.of(Role.DPO), "new.starter", null, T0);
    for (Role role : Set.of(Role.ADMIN, Role.EVIDENCE_OFFICER, Role.SUPERVISOR, Role.CAMERA_USER)) {
      var refused =
          assertThrows(
              InvalidInput.class,
              () -> dpoForNewStarter().approve("someone", Set.of(role), "new.starter", null, T0));
      assertTrue(refused.getMessage().startsWith("Only a data protection officer"), role.name());
    }
  }

  @Test
  void whoeverAskedNeverDecidesEvenHoldingAnApproversRole() {
    RoleGrant grant = dpoForNewStarter();
    Set<Role> adminAndCompliance = Set.of(Role.ADMIN, Role.COMPLIANCE_OFFICER);
    var refused =
        assertThrows(
            InvalidInput.class,
            () -> grant.approve("Admin", adminAndCompliance, "new.starter", null, T0));
    assertTrue(refused.getMessage().startsWith("You asked for this role"));
    assertThrows(
        InvalidInput.class,
        () -> grant.refuse("admin", adminAndCompliance, "new.starter", "no", T0));
    assertFalse(grant.mayBeDecidedBy("admin", adminAndCompliance, "new.starter"));
    assertTrue(grant.isPending());
  }

  @Test
  void nobodyDecidesARoleForThemselves() {
    RoleGrant grant = new RoleGrant(7, Role.EVIDENCE_OFFICER, "admin", T0);
    var refused =
        assertThrows(
            InvalidInput.class, () -> grant.approve("dpo", Set.of(Role.DPO), "dpo", null, T0));
    assertTrue(refused.getMessage().startsWith("This role is for you"));
    assertFalse(grant.mayBeDecidedBy("dpo", Set.of(Role.DPO), "dpo"));
    assertTrue(grant.mayBeDecidedBy("compliance", COMPLIANCE, "dpo"));
  }

  @Test
  void aRefusalSaysWhyAndADecisionIsFinal() {
    RoleGrant grant = dpoForNewStarter();
    var noReason =
        assertThrows(
            InvalidInput.class, () -> grant.refuse("compliance", COMPLIANCE, "x.y", "  ", T0));
    assertEquals("reason", noReason.problems().get(0).field());
    grant.refuse("compliance", COMPLIANCE, "x.y", "Not in the DPO's team", T0);
    assertEquals(GrantDecision.REFUSED, grant.getDecision().get());
    var again =
        assertThrows(
            InvalidInput.class, () -> grant.approve("dpo", Set.of(Role.DPO), "x.y", null, T0));
    assertTrue(again.getMessage().contains("refused already by compliance"), again.getMessage());
    assertThrows(InvalidInput.class, () -> grant.withdraw("admin", T0));
  }

  @Test
  void anAdministratorTakesBackAPendingRequest() {
    RoleGrant grant = dpoForNewStarter();
    grant.withdraw("admin", T0.plusSeconds(5));
    assertEquals(GrantDecision.WITHDRAWN, grant.getDecision().get());
    assertThrows(
        InvalidInput.class, () -> grant.approve("compliance", COMPLIANCE, "x.y", null, T0));
  }
}
