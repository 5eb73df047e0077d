package uk.council.evidence.request.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackerTest {

  @Test
  void boxesMeasureTheirOverlap() {
    Box a = new Box(0, 0, 10, 10);
    assertEquals(1.0, a.iou(a));
    assertEquals(0.0, a.iou(new Box(10, 0, 10, 10)), "touching is not overlapping");
    assertEquals(25.0 / 175, a.iou(new Box(5, 5, 10, 10)), 1e-9);
    assertEquals(0.25, new Box(5, 5, 10, 10).covers(a), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> new Box(0, 0, 0, 5));
  }

  @Test
  void paddingGrowsEachSideAndStaysOnThePicture() {
    assertEquals(new Box(90, 90, 30, 30), new Box(100, 100, 10, 10).padded(1, 120, 130));
    assertEquals(new Box(95, 90, 20, 40), new Box(100, 100, 10, 20).padded(0.5, 200, 200));
    assertEquals(new Box(0, 0, 15, 15), new Box(0, 0, 10, 10).padded(0.5, 20, 20));
    assertThrows(IllegalArgumentException.class, () -> new Box(50, 50, 5, 5).within(40, 40));
  }

  @Test
  void aTrackMovesInAStraightLineBetweenItsBoxesAndHoldsThemForItsMargin() {
    Track t =
        new Track(
            TrackKind.FACE,
            Map.of(1000L, new Box(0, 0, 10, 10), 2000L, new Box(100, 50, 20, 10)),
            200);
    assertEquals(800, t.start());
    assertEquals(2200, t.end());
    assertEquals(Optional.empty(), t.at(799));
    assertEquals(Optional.of(new Box(0, 0, 10, 10)), t.at(800));
    assertEquals(Optional.of(new Box(50, 25, 15, 10)), t.at(1500));
    assertEquals(Optional.of(new Box(100, 50, 20, 10)), t.at(2200));
    assertEquals(Optional.empty(), t.at(2201));
    assertEquals(0, new Track(TrackKind.FACE, Map.of(100L, new Box(0, 0, 1, 1)), 300).start());
  }

  @Test
  void aDataProtectionOfficerCanAddMoveAndTakeAwayBoxes() {
    Track t = new Track(TrackKind.DRAWN, Map.of(0L, new Box(0, 0, 10, 10)), 0);
    Track moved = t.with(1000, new Box(90, 0, 10, 10));
    assertEquals(Optional.of(new Box(45, 0, 10, 10)), moved.at(500));
    assertEquals(1000, moved.end());
    assertEquals(0, moved.without(1000).end());
    assertThrows(IllegalArgumentException.class, () -> t.without(0), "a track keeps one box");
  }

  @Test
  void nearbyBoxesContinueATrackAndFarOnesStartAnother() {
    Tracker tracker = new Tracker(TrackKind.FACE, 1500, 200);
    tracker.add(0, List.of(new Box(100, 100, 50, 50), new Box(600, 300, 40, 40)));
    tracker.add(200, List.of(new Box(110, 100, 50, 50), new Box(590, 300, 40, 40)));
    // The second face is missed for a second, then found again; a third appears.
    tracker.add(400, List.of(new Box(120, 100, 50, 50)));
    tracker.add(1400, List.of(new Box(200, 100, 50, 50), new Box(560, 302, 40, 40)));
    tracker.add(1600, List.of(new Box(900, 500, 60, 60)));
    List<Track> tracks = tracker.tracks();
    assertEquals(3, tracks.size());
    assertEquals(List.of(0L, 200L, 400L, 1400L), List.copyOf(tracks.get(0).keys().keySet()));
    assertEquals(List.of(0L, 200L, 1400L), List.copyOf(tracks.get(1).keys().keySet()));
    assertTrue(tracks.get(1).at(800).isPresent(), "coasts through the missed samples");
    assertEquals(1400, tracks.get(2).start());
  }

  @Test
  void aFaceThatTurnsBackKeepsItsTrack() {
    Tracker tracker = new Tracker(TrackKind.FACE, 1500, 200);
    // Moving right 30 pixels a sample, missed for a second while it stops and turns, then left.
    int[] xs = {100, 130, 160, 190};
    for (int i = 0; i < xs.length; i++) {
      tracker.add(i * 200L, List.of(new Box(xs[i], 100, 50, 50)));
    }
    tracker.add(1600, List.of(new Box(185, 100, 50, 50)));
    tracker.add(1800, List.of(new Box(160, 100, 50, 50)));
    assertEquals(1, tracker.tracks().size(), "one face, one track");
  }

  @Test
  void aTrackLostForLongerThanTheCoastingTimeEndsAndANewOneBegins() {
    Tracker tracker = new Tracker(TrackKind.FACE, 1500, 200);
    tracker.add(0, List.of(new Box(100, 100, 50, 50)));
    tracker.add(1600, List.of(new Box(100, 100, 50, 50)));
    assertEquals(2, tracker.tracks().size());
  }

  @Test
  void twoBoxesOnOneFrameNeverContinueTheSameTrack() {
    Tracker tracker = new Tracker(TrackKind.FACE, 1500, 200);
    tracker.add(0, List.of(new Box(100, 100, 50, 50)));
    tracker.add(200, List.of(new Box(100, 100, 50, 50), new Box(105, 100, 50, 50)));
    assertEquals(2, tracker.tracks().size());
  }
}
