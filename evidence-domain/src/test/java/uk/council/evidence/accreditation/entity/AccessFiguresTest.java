package uk.council.evidence.accreditation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.audit.entity.AuditAction;
import uk.council.evidence.staff.entity.Role;

class AccessFiguresTest {

  @Test
  void countsByWhoDidItBecomeCountsByRoleEachRoleShownAndTheRestTogether() {
    var roles =
        Map.of(
            "sam", Set.of(Role.CAMERA_USER),
            "pat", Set.of(Role.SUPERVISOR, Role.EVIDENCE_OFFICER),
            "dpo", Set.of(Role.DPO));
    var plays = AccessFigures.byRole(Map.of("sam", 5L, "pat", 2L, "gone.user", 4L), roles);
    assertEquals(Role.values().length + 1, plays.size());
    assertEquals(new AccessFigures.RoleCount("Camera user", 5), plays.get(0));
    assertEquals(new AccessFigures.RoleCount("Supervisor", 2), plays.get(1));
    assertEquals(new AccessFigures.RoleCount("Evidence officer", 2), plays.get(2));
    assertEquals(new AccessFigures.RoleCount("Data protection officer", 0), plays.get(3));
    assertEquals(new AccessFigures.RoleCount(AccessFigures.NO_ROLE, 4), plays.get(6));

    var downloads = AccessFigures.byRole(Map.of("dpo", 3L), roles);
    assertEquals(Role.values().length, downloads.size(), "no row for no role when none");
    var figures =
        new AccessFigures(plays, downloads, List.of(), null, List.of(), List.of(), List.of());
    var uses = figures.uses();
    assertEquals(new AccessFigures.RoleUses("Camera user", 5, 0), uses.get(0));
    assertEquals(new AccessFigures.RoleUses("Data protection officer", 0, 3), uses.get(3));
    assertEquals(new AccessFigures.RoleUses(AccessFigures.NO_ROLE, 4, 0), uses.get(6));
  }

  @Test
  void everyListedActionIsCountedInOrderWhetherOrNotItHappened() {
    var counts =
        AccessFigures.of(
            AccessFigures.SIGN_IN_FAILURES,
            Map.of(AuditAction.LOGIN_FAILED, 7L, AuditAction.FOOTAGE_PLAYED, 100L));
    assertEquals(AccessFigures.SIGN_IN_FAILURES.size(), counts.size());
    assertEquals(new AccessFigures.ActionCount(AuditAction.LOGIN_FAILED, 7), counts.get(0));
    assertEquals(0, counts.get(1).count());
    assertEquals(7, AccessFigures.total(counts));
  }
}
