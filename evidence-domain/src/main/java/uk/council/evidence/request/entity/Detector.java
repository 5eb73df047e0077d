package uk.council.evidence.request.entity;

import java.util.List;

/**
 * Finds things to blur on a frame: faces, say. One small interface, so that a better model can take
 * the place of today's without anything else changing. An instance may keep native resources and
 * need not be safe to share between threads: give each worker its own, and close it.
 */
public interface Detector extends AutoCloseable {

  /** The boxes around what it found, in the picture's pixels; empty if nothing. */
  List<Box> find(Picture picture);

  @Override
  void close();
}
