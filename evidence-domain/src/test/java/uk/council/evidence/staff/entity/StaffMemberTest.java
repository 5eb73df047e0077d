package uk.council.evidence.staff.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

  static final Instant T0 = Instant.parse("2026-03-31T08:00:00Z");
  static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(30));

  static StaffMember member() {
    return new StaffMember(
        " J.Smith ", "Jane Smith", "jane@council.gov.uk", null, Set.of(Role.CAMERA_USER), "h", T0);
  }

  @Test
  void usernameIsTrimmedAndLowerCased() {
    assertEquals("j.smith", member().getUsername());
  }

  @Test
  void usernameWithSpacesOrSymbolsIsRefusedWithAMessage() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> StaffMember.normaliseUsername("j smith"));
    assertTrue(e.getMessage().startsWith("A username is 2 to 64 characters"));
    assertThrows(IllegalArgumentException.class, () -> StaffMember.normaliseUsername("x"));
    assertThrows(IllegalArgumentException.class, () -> StaffMember.normaliseUsername(".dot"));
    assertThrows(IllegalArgumentException.class, () -> StaffMember.normaliseUsername(null));
  }

  @Test
  void locksOnTheFailureThatReachesTheLimitAndNotBefore() {
    StaffMember m = member();
    assertFalse(m.recordFailedSignIn(T0, POLICY));
    assertFalse(m.recordFailedSignIn(T0.plusSeconds(1), POLICY));
    assertFalse(m.isLockedAt(T0.plusSeconds(2)));
    assertTrue(m.recordFailedSignIn(T0.plusSeconds(2), POLICY));
    assertTrue(m.isLockedAt(T0.plusSeconds(3)));
    assertEquals(T0.plusSeconds(2).plus(Duration.ofMinutes(30)), m.getLockedUntil().get());
  }

  @Test
  void lockEndsByItselfExactlyWhenThePolicySays() {
    StaffMember m = member();
    for (int i = 0; i < 3; i++) {
      m.recordFailedSignIn(T0, POLICY);
    }
    Instant end = T0.plus(Duration.ofMinutes(30));
    assertTrue(m.isLockedAt(end.minusNanos(1000)));
    assertFalse(m.isLockedAt(end));
  }

  @Test
  void failuresWhileLockedDoNotExtendTheLock() {
    StaffMember m = member();
    for (int i = 0; i < 3; i++) {
      m.recordFailedSignIn(T0, POLICY);
    }
    assertFalse(m.recordFailedSignIn(T0.plus(Duration.ofMinutes(29)), POLICY));
    assertEquals(T0.plus(Duration.ofMinutes(30)), m.getLockedUntil().get());
  }

  @Test
  void afterALockRunsOutCountingStartsAfresh() {
    StaffMember m = member();
    for (int i = 0; i < 3; i++) {
      m.recordFailedSignIn(T0, POLICY);
    }
    Instant later = T0.plus(Duration.ofHours(1));
    assertFalse(m.recordFailedSignIn(later, POLICY));
    assertEquals(1, m.getFailedSignIns());
    assertFalse(m.isLockedAt(later));
  }

  @Test
  void successClearsFailuresAndUnlockLiftsTheLock() {
    StaffMember m = member();
    m.recordFailedSignIn(T0, POLICY);
    m.recordFailedSignIn(T0, POLICY);
    m.recordSuccessfulSignIn(T0.plusSeconds(5));
    assertEquals(0, m.getFailedSignIns());
    assertEquals(T0.plusSeconds(5), m.getLastSignInAt().get());
    for (int i = 0; i < 3; i++) {
      m.recordFailedSignIn(T0.plusSeconds(10), POLICY);
    }
    assertTrue(m.isLockedAt(T0.plusSeconds(11)));
    m.unlock();
    assertFalse(m.isLockedAt(T0.plusSeconds(11)));
  }

  @Test
  void anAccountNeedsARoleANameAndAPlausibleEmail() {
    StaffMember m = member();
    assertThrows(IllegalArgumentException.class, () -> StaffMember.checkRoles(Set.of()));
    assertThrows(IllegalArgumentException.class, () -> m.rename("  ", null));
    assertThrows(IllegalArgumentException.class, () -> m.rename("Jane", "not-an-email"));
    m.rename("Jane Smith-Jones", "");
    assertEquals(null, m.getEmail());
  }

  @Test
  void aOneTimePasswordMustBeChangedAndAnAccountSetUpInCodeNeedNot() {
    StaffMember m = member();
    assertFalse(m.mustChangePassword(), "demo accounts and the first administrator");
    m.issueOneTimePassword("one-time-hash");
    assertTrue(m.mustChangePassword());
    assertEquals("one-time-hash", m.getPasswordHash());
    m.changeOwnPassword("own-hash");
    assertFalse(m.mustChangePassword());
    assertEquals("own-hash", m.getPasswordHash());
  }

  @Test
  void anApprovedRoleIsAddedToTheRolesTheAccountHas() {
    StaffMember m = member();
    m.assignRoles(RoleChange.of(m.getRoles(), Set.of(), Set.of(Role.CAMERA_USER, Role.DPO), false));
    assertEquals(Set.of(Role.CAMERA_USER), m.getRoles());
    m.grant(Role.DPO);
    assertEquals(Set.of(Role.CAMERA_USER, Role.DPO), m.getRoles());
  }
}
