package uk.council.evidence.audit.entity;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Says who may read the audit trail of one kind of thing. The audit log knows events, not
 * recordings or cases, so the component that owns a kind of thing implements this for it (footage
 * for recordings, casework for cases) and the audit log asks before it answers. A kind with no such
 * rule is for those who may read the whole audit log.
 */
public interface TrailAccess {

  /** The events' target type this rule is for, e.g. {@code "recording"}. */
  String targetType();

  /** Whether the caller may read the trail of the thing with this id. */
  boolean mayRead(String targetId);

  /** A target id as the number it should be, or null if it is not one: no such thing. */
  static Long numericId(String targetId) {
    try {
      return Long.valueOf(targetId);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Of the events in a trail the caller may read, those whose details they may read too; the others
   * are shown without them. All, unless the owner says otherwise.
   */
  default Predicate<AuditEvent> detailsReadable(String targetId) {
    return event -> true;
  }

  /**
   * When the thing's history begins: its creation. Events about its id from before then (refused
   * probes of an id that did not exist yet) belong to no thing and are not in its trail. Empty when
   * it is gone or the owner keeps no such time: every event.
   */
  default Optional<Instant> since(String targetId) {
    return Optional.empty();
  }

  /** What an event shows in place of details its reader may not see. */
  String WITHHELD = "(details not shown to you)";

  /**
   * Each event of the trail as the caller may see it: by default, whole, or without details they
   * may not read ({@link #detailsReadable}). An owner may show less, e.g. who by role rather than
   * by name.
   */
  default UnaryOperator<AuditEvent> shown(String targetId) {
    Predicate<AuditEvent> readable = detailsReadable(targetId);
    return event -> readable.test(event) ? event : event.withDetailsWithheld(WITHHELD);
  }
}
