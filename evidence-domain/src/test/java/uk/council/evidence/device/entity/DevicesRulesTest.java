package uk.council.evidence.device.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.council.evidence.platform.entity.InvalidInput;
import uk.council.evidence.staff.entity.Role;
import uk.council.evidence.staff.entity.StaffMember;

class DevicesRulesTest {

  static final Instant SHIFT_START = Instant.parse("2026-10-25T00:30:00Z"); // the night BST ends
  static final Instant SHIFT_END = SHIFT_START.plus(Duration.ofHours(8));

  static Camera camera() {
    return new Camera(" vb4-0001 ", "Motorola", "VB400", "PK-017", null, SHIFT_START);
  }

  static StaffMember wearer(String username) {
    return new StaffMember(
        username, "Wearer " + username, null, null, Set.of(Role.CAMERA_USER), "h", SHIFT_START);
  }

  @Test
  void serialsAreStoredAsPrintedInUpperCase() {
    assertEquals("VB4-0001", camera().getSerial());
    assertThrows(InvalidInput.class, () -> Camera.normaliseSerial("a b"));
    assertThrows(InvalidInput.class, () -> Camera.normaliseSerial("x"));
  }

  @Test
  void aRetiredCameraNeverReturnsAndOnlyCamerasInServiceGoOut() {
    Camera camera = camera();
    camera.changeStatus(CameraStatus.REPAIR);
    assertFalse(camera.canBeCheckedOut());
    assertThrows(
        InvalidInput.class, () -> new CameraAssignment(camera, wearer("a1"), SHIFT_START, "sup"));
    camera.changeStatus(CameraStatus.IN_SERVICE);
    assertTrue(camera.canBeCheckedOut());
    camera.changeStatus(CameraStatus.RETIRED);
    assertThrows(InvalidInput.class, () -> camera.changeStatus(CameraStatus.IN_SERVICE));
  }

  @Test
  void anAssignmentCoversFromCheckOutUpToButNotIncludingCheckIn() {
    CameraAssignment a = new CameraAssignment(camera(), wearer("a1"), SHIFT_START, "sup");
    assertTrue(a.covers(SHIFT_START));
    assertTrue(a.covers(SHIFT_END.plus(Duration.ofDays(3))), "open: still theirs");
    a.checkIn(SHIFT_END, "sup");
    assertTrue(a.covers(SHIFT_END.minusMillis(1)));
    assertFalse(a.covers(SHIFT_END));
    assertFalse(a.covers(SHIFT_START.minusMillis(1)));
    assertThrows(InvalidInput.class, () -> a.checkIn(SHIFT_END.plusSeconds(1), "sup"));
  }

  @Test
  void aCameraIsCheckedInAfterItWasCheckedOut() {
    CameraAssignment a = new CameraAssignment(camera(), wearer("a1"), SHIFT_START, "sup");
    assertThrows(InvalidInput.class, () -> a.checkIn(SHIFT_START, "sup"));
  }

  @Test
  void backToBackShiftsDoNotOverlapButAnOpenOneOverlapsEverythingLater() {
    Camera camera = camera();
    CameraAssignment first = new CameraAssignment(camera, wearer("a1"), SHIFT_START, "sup");
    first.checkIn(SHIFT_END, "sup");
    CameraAssignment second = new CameraAssignment(camera, wearer("a2"), SHIFT_END, "sup");
    assertFalse(first.overlaps(second));
    assertFalse(second.overlaps(first));
    CameraAssignment third =
        new CameraAssignment(camera, wearer("a3"), SHIFT_END.plusSeconds(60), "sup");
    assertTrue(second.overlaps(third), "the second is still open");
  }

  @Test
  void aRecordingBelongsToWhoeverHeldTheCameraAtItsStart() {
    Camera camera = camera();
    StaffMember day = wearer("day.shift");
    StaffMember night = wearer("night.shift");
    CameraAssignment first = new CameraAssignment(camera, day, SHIFT_START, "sup");
    first.checkIn(SHIFT_END, "sup");
    CameraAssignment second =
        new CameraAssignment(camera, night, SHIFT_END.plusSeconds(600), "sup");
    List<CameraAssignment> history = List.of(first, second);

    assertEquals(day, Attribution.of(history, SHIFT_START.plusSeconds(3600)).wearer());
    assertEquals(
        day,
        Attribution.of(history, SHIFT_END.minusSeconds(1)).wearer(),
        "started before check-in");
    Attribution gap = Attribution.of(history, SHIFT_END.plusSeconds(60));
    assertFalse(gap.isAttributed(), "between shifts nobody held it");
    assertNull(gap.assignment());
    assertEquals(night, Attribution.of(history, SHIFT_END.plus(Duration.ofDays(2))).wearer());
    assertFalse(Attribution.of(List.of(), SHIFT_START).isAttributed());
  }

  @Test
  void overlappingHistoryIsNeverGuessedAt() {
    Camera camera = camera();
    CameraAssignment a = new CameraAssignment(camera, wearer("a1"), SHIFT_START, "sup");
    CameraAssignment b =
        new CameraAssignment(camera, wearer("a2"), SHIFT_START.plusSeconds(60), "sup");
    assertFalse(Attribution.of(List.of(a, b), SHIFT_START.plusSeconds(120)).isAttributed());
  }

  @Test
  void aDockAcceptsOnlyItsCurrentUnrevokedSecret() {
    Dock dock = new Dock(" Town-Hall-Dock-1 ", "Town Hall, ground floor", SHIFT_START);
    assertEquals("town-hall-dock-1", dock.getName());
    assertFalse(dock.accepts("anything"), "no credential issued yet");
    dock.issueCredential("first-secret", SHIFT_START);
    assertTrue(dock.accepts("first-secret"));
    assertFalse(dock.accepts("first-secreT"));
    dock.issueCredential("second-secret", SHIFT_END);
    assertFalse(dock.accepts("first-secret"), "reissuing replaces the old secret");
    dock.revoke("admin", SHIFT_END);
    assertFalse(dock.accepts("second-secret"));
    assertTrue(dock.isRevoked());
    dock.issueCredential("third-secret", SHIFT_END.plusSeconds(1));
    assertTrue(dock.accepts("third-secret"), "a new credential brings it back into service");
  }

  @Test
  void dockNamesAndSitesAreChecked() {
    assertThrows(InvalidInput.class, () -> new Dock("no spaces", "Site", SHIFT_START));
    assertThrows(InvalidInput.class, () -> new Dock("dock-1", " ", SHIFT_START));
  }
}
