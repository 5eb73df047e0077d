package uk.council.evidence.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.staff.entity.Role;

/** How a caller stands towards footage and cases, and what that lets them do. */
class CallerTest {

  static final long ME = 7;
  static final long OTHER = 8;
  static final Long PARKING = 1L;
  static final Long ENVIRONMENT = 2L;

  static Caller as(Role... roles) {
    return new Caller("me", ME, PARKING, Set.of(roles));
  }

  @Test
  void footageIsOwnIfWornAndTeamIfOfTheAreaOrPooledWithoutOne() {
    Caller c = as(Role.CAMERA_USER);
    assertEquals(EnumSet.of(Standing.OWN, Standing.TEAM), c.standingTowardsFootage(ME, PARKING));
    assertEquals(EnumSet.of(Standing.OWN), c.standingTowardsFootage(ME, ENVIRONMENT));
    assertEquals(EnumSet.of(Standing.TEAM), c.standingTowardsFootage(OTHER, PARKING));
    assertEquals(EnumSet.of(Standing.TEAM), c.standingTowardsFootage(null, null));
    assertEquals(Set.of(), c.standingTowardsFootage(OTHER, ENVIRONMENT));
    assertEquals(Set.of(), c.standingTowardsFootage(null, ENVIRONMENT));
  }

  @Test
  void aCameraUserSeesOnlyTheirOwnRecordingsPicturesIncluded() {
    Caller c = as(Role.CAMERA_USER);
    assertTrue(c.may(Action.WATCH_FOOTAGE, c.standingTowardsFootage(ME, PARKING)));
    assertFalse(c.may(Action.SEE_FOOTAGE, c.standingTowardsFootage(OTHER, PARKING)));
    assertFalse(c.may(Action.SEE_FOOTAGE, c.standingTowardsFootage(null, null)));
    assertFalse(c.mayAll(Action.SEE_FOOTAGE));
  }

  @Test
  void aSupervisorSeesTheirAreaAndPooledUnattributedFootageButNotOtherAreas() {
    Caller c = as(Role.SUPERVISOR);
    assertTrue(c.may(Action.WATCH_FOOTAGE, c.standingTowardsFootage(OTHER, PARKING)));
    assertTrue(c.may(Action.WATCH_FOOTAGE, c.standingTowardsFootage(null, PARKING)));
    assertTrue(c.may(Action.WATCH_FOOTAGE, c.standingTowardsFootage(null, null)));
    assertFalse(c.may(Action.SEE_FOOTAGE, c.standingTowardsFootage(OTHER, ENVIRONMENT)));
    assertFalse(c.may(Action.SEE_FOOTAGE, c.standingTowardsFootage(null, ENVIRONMENT)));
    assertTrue(
        c.may(Action.SEE_FOOTAGE, c.standingTowardsFootage(ME, ENVIRONMENT)),
        "their own footage from before a move");
  }

  @Test
  void aSupervisorWithoutAnAreaSeesOnlyTheirOwnAndPooledFootage() {
    Caller c = new Caller("me", ME, null, Set.of(Role.SUPERVISOR));
    assertFalse(c.may(Action.SEE_FOOTAGE, c.standingTowardsFootage(OTHER, PARKING)));
    assertTrue(c.may(Action.SEE_FOOTAGE, c.standingTowardsFootage(null, null)));
  }

  @Test
  void aCaseIsOwnIfOnesFootageIsInItAndTeamIfOfOnesArea() {
    Caller c = as(Role.SUPERVISOR);
    assertEquals(EnumSet.of(Standing.TEAM), c.standingTowardsCase(PARKING, false));
    assertEquals(EnumSet.of(Standing.OWN), c.standingTowardsCase(ENVIRONMENT, true));
    assertEquals(Set.of(), c.standingTowardsCase(ENVIRONMENT, false));
    assertTrue(c.may(Action.SEE_CASE, c.standingTowardsCase(ENVIRONMENT, true)));
    assertFalse(c.may(Action.EDIT_CASE, c.standingTowardsCase(ENVIRONMENT, true)));
  }

  @Test
  void theSystemHasNoStaffRecordAndMayDoNothing() {
    Caller system = new Caller("system", null, null, Set.of());
    assertEquals(Set.of(), system.standingTowardsFootage(OTHER, PARKING));
    assertFalse(system.mayAny(Action.SEE_FOOTAGE));
  }
}
