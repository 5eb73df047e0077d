package uk.council.evidence.request.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links what a detector found on sampled frames into tracks: a box found near where a track was
 * last seen, not longer ago than the coasting time, continues that track; any other starts a new
 * one; "near" is near where the track's last two boxes say it should be by then. A face the
 * detector misses on a few samples (turned away, in shadow, blurred by movement) keeps its track
 * through the gap, the box moving in a straight line between the samples that saw it. Give the
 * samples in time order.
 */
public final class Tracker {

  /** Boxes that overlap at least this much (intersection over union) are the same thing. */
  static final double SAME_IOU = 0.1;

  /**
   * Or whose centres are at most this many times the larger box's width apart: a small face moving
   * fast overlaps its last box little.
   */
  static final double SAME_DISTANCE = 0.75;

  private final TrackKind kind;
  private final long coast;
  private final long margin;
  private final List<TreeMap<Long, Box>> building = new ArrayList<>();

  /**
   * @param coast how long a track waits for its thing to be found again, in milliseconds
   * @param margin how long each track holds its box before the first sample and after the last that
   *     found it: at least the time between samples
   */
  public Tracker(TrackKind kind, long coast, long margin) {
    this.kind = kind;
    this.coast = coast;
    this.margin = margin;
  }

  /** What was found on the frame at {@code ms}. */
  public void add(long ms, List<Box> found) {
    List<Box> largestFirst = new ArrayList<>(found);
    largestFirst.sort(Comparator.comparingLong(Box::area).reversed());
    Set<TreeMap<Long, Box>> continued = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Box box : largestFirst) {
      TreeMap<Long, Box> best = null;
      double bestScore = 0;
      for (TreeMap<Long, Box> track : building) {
        if (continued.contains(track) || ms - track.lastKey() > coast || ms <= track.lastKey()) {
          continue;
        }
        // Where it was last seen, and where its motion says it should be: a face that stops or
        // turns back is near the first, one crossing the frame near the second.
        double score = 0;
        for (Box last : List.of(track.lastEntry().getValue(), predicted(track, ms))) {
          double iou = last.iou(box);
          double distance = last.centreDistance(box);
          boolean near = distance <= SAME_DISTANCE * Math.max(last.width(), box.width());
          if (iou >= SAME_IOU || near) {
            score = Math.max(score, iou > 0 ? 1 + iou : 1 - distance / 1e6);
          }
        }
        if (score > bestScore) {
          best = track;
          bestScore = score;
        }
      }
      if (best == null) {
        best = new TreeMap<>();
        building.add(best);
      }
      best.put(ms, box);
      continued.add(best);
    }
  }

  /**
   * Where the track's thing should be at {@code ms}, had it gone on as between its last two boxes:
   * a face crossing the frame is looked for ahead of where it was last seen.
   */
  private static Box predicted(TreeMap<Long, Box> track, long ms) {
    var last = track.lastEntry();
    var before = track.lowerEntry(last.getKey());
    if (before == null) {
      return last.getValue();
    }
    double f = (double) (ms - last.getKey()) / (last.getKey() - before.getKey());
    return before.getValue().towards(last.getValue(), 1 + f);
  }

  /** The tracks so far, in the order they began. */
  public List<Track> tracks() {
    return building.stream().map(keys -> new Track(kind, keys, margin)).toList();
  }
}
