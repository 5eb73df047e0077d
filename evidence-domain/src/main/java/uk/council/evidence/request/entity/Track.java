package uk.council.evidence.request.entity;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Something to blur as it moves through a recording: its box at key moments (milliseconds from the
 * recording's start), moving in a straight line between them. Before its first key moment and after
 * its last it holds its box for {@code margin} milliseconds: a face found on sampled frames was
 * probably there a little before the first sample that saw it and after the last.
 */
public final class Track {

  private final TrackKind kind;
  private final NavigableMap<Long, Box> keys;
  private final long margin;

  public Track(TrackKind kind, Map<Long, Box> keys, long margin) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("A track needs at least one box");
    }
    if (margin < 0) {
      throw new IllegalArgumentException("A track's margin cannot be negative: " + margin);
    }
    this.keys = new TreeMap<>(keys);
    if (this.keys.firstKey() < 0) {
      throw new IllegalArgumentException("A track cannot start before the recording");
    }
    this.margin = margin;
  }

  /** How long it holds its first and last box beyond them, in milliseconds. */
  public long margin() {
    return margin;
  }

  public TrackKind kind() {
    return kind;
  }

  /** The key moments and their boxes, earliest first. */
  public NavigableMap<Long, Box> keys() {
    return java.util.Collections.unmodifiableNavigableMap(keys);
  }

  /** When the track starts to apply, in milliseconds from the recording's start. */
  public long start() {
    return Math.max(0, keys.firstKey() - margin);
  }

  /** When it stops applying. */
  public long end() {
    return keys.lastKey() + margin;
  }

  /** The box at {@code ms}, or empty if the track does not apply then. */
  public Optional<Box> at(long ms) {
    if (ms < start() || ms > end()) {
      return Optional.empty();
    }
    Map.Entry<Long, Box> before = keys.floorEntry(ms);
    Map.Entry<Long, Box> after = keys.ceilingEntry(ms);
    if (before == null) {
      return Optional.of(after.getValue());
    }
    if (after == null || after.getKey().equals(before.getKey())) {
      return Optional.of(before.getValue());
    }
    double f = (double) (ms - before.getKey()) / (after.getKey() - before.getKey());
    return Optional.of(before.getValue().towards(after.getValue(), f));
  }

  /** This track with the box at {@code ms} set to {@code box} (a key moment added or moved). */
  public Track with(long ms, Box box) {
    NavigableMap<Long, Box> changed = new TreeMap<>(keys);
    changed.put(ms, box);
    return new Track(kind, changed, margin);
  }

  /** This track without the key moment at {@code ms}; the last one cannot be taken away. */
  public Track without(long ms) {
    if (keys.size() == 1) {
      throw new IllegalArgumentException("A track keeps at least one box");
    }
    NavigableMap<Long, Box> changed = new TreeMap<>(keys);
    changed.remove(ms);
    return new Track(kind, changed, margin);
  }
}
