package uk.council.evidence.footage.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.staff.entity.Role;

class ViewerTest {

  static final long ME = 7;
  static final long OTHER = 8;
  static final Long PARKING = 1L;
  static final Long ENVIRONMENT = 2L;

  static Viewer as(Role... roles) {
    return new Viewer(ME, PARKING, Set.of(roles));
  }

  @Test
  void aCameraUserSeesOnlyTheirOwnRecordingsPicturesIncluded() {
    Viewer v = as(Role.CAMERA_USER);
    assertTrue(v.seesDetails(ME, PARKING));
    assertTrue(v.seesPictures(ME, PARKING));
    assertFalse(v.seesDetails(OTHER, PARKING));
    assertFalse(v.seesDetails(null, null));
    assertFalse(v.seesAllDetails());
  }

  @Test
  void aSupervisorSeesTheirAreaAndPooledUnattributedFootageButNotOtherAreas() {
    Viewer v = as(Role.SUPERVISOR);
    assertTrue(v.seesPictures(OTHER, PARKING));
    assertTrue(v.seesPictures(null, PARKING));
    assertTrue(v.seesPictures(null, null));
    assertFalse(v.seesDetails(OTHER, ENVIRONMENT));
    assertFalse(v.seesDetails(null, ENVIRONMENT));
    assertTrue(v.seesDetails(ME, ENVIRONMENT), "their own footage from before a move");
  }

  @Test
  void evidenceOfficersAndDposSeeEverything() {
    for (Role role : new Role[] {Role.EVIDENCE_OFFICER, Role.DPO}) {
      Viewer v = as(role);
      assertTrue(v.seesAllDetails());
      assertTrue(v.seesPictures(OTHER, ENVIRONMENT));
      assertTrue(v.seesPictures(null, null));
    }
  }

  @Test
  void administratorsAndComplianceOfficersSeeDetailsButNeverPictures() {
    for (Role role : new Role[] {Role.ADMIN, Role.COMPLIANCE_OFFICER}) {
      Viewer v = as(role);
      assertTrue(v.seesDetails(OTHER, ENVIRONMENT));
      assertFalse(v.seesPictures(OTHER, ENVIRONMENT));
      assertFalse(v.seesPictures(null, null));
    }
  }

  @Test
  void severalRolesGiveTheUnion() {
    Viewer v = as(Role.ADMIN, Role.CAMERA_USER);
    assertTrue(v.seesDetails(OTHER, ENVIRONMENT));
    assertFalse(v.seesPictures(OTHER, ENVIRONMENT));
    assertTrue(v.seesPictures(ME, PARKING));
  }

  @Test
  void aSupervisorWithoutAnAreaSeesOnlyTheirOwnAndPooledFootage() {
    Viewer v = new Viewer(ME, null, Set.of(Role.SUPERVISOR));
    assertFalse(v.seesDetails(OTHER, PARKING));
    assertTrue(v.seesDetails(null, null));
  }
}
