package uk.council.evidence.audit.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.council.evidence.platform.entity.CouncilTime;
import uk.council.evidence.platform.entity.InvalidInput;

/**
 * A search of the audit log, as a compliance officer reviews it. Every filter is optional (blank or
 * null: any); dates are whole days in UK time, both included.
 *
 * @param actor who did it: a username, or "system", exactly
 * @param action what was done, an {@link AuditAction} name
 * @param targetType what it was done to: "recording", "case", "page"...
 * @param targetId which one, exactly: a recording's or case's number, a page's address
 */
public record AuditQuery(
    String actor, String action, String targetType, String targetId, LocalDate from, LocalDate to) {

  /** Checks each filter, saying what is wrong with each; blanks become nulls. */
  public AuditQuery {
    actor = blankToNull(actor);
    action = blankToNull(action);
    targetType = blankToNull(targetType);
    targetId = blankToNull(targetId);
    List<InvalidInput.Problem> problems = new ArrayList<>();
    if (actor != null && actor.length() > 64) {
      problems.add(new InvalidInput.Problem("who", "Enter a username of at most 64 characters."));
    }
    if (action != null) {
      String typed = action;
      String named = action.toUpperCase(Locale.ROOT).replace(' ', '_');
      var found =
          Arrays.stream(AuditAction.values())
              .filter(a -> a.name().equals(named) || a.label().equalsIgnoreCase(typed))
              .findFirst();
      if (found.isEmpty()) {
        problems.add(new InvalidInput.Problem("action", "Choose an action from the list."));
      } else {
        action = found.get().name();
      }
    }
    if (targetType != null && targetType.length() > 32) {
      problems.add(
          new InvalidInput.Problem("about", "Enter a kind of thing of at most 32 characters."));
    }
    if (targetId != null && targetType == null) {
      problems.add(
          new InvalidInput.Problem(
              "aboutId", "Say what kind of thing it is, for example recording."));
    }
    if (targetId != null && targetId.length() > 128) {
      problems.add(
          new InvalidInput.Problem("aboutId", "Enter a number or name of at most 128 characters."));
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(
          new InvalidInput.Problem("to", "The end date must be on or after the start date."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  /** Every event. */
  public static AuditQuery everything() {
    return new AuditQuery(null, null, null, null, null, null);
  }

  /** The first instant included, or null for no lower bound. */
  public Instant fromInstant() {
    return from == null ? null : from.atStartOfDay(CouncilTime.ZONE).toInstant();
  }

  /** The first instant after the period, or null for no upper bound. */
  public Instant untilInstant() {
    return to == null ? null : to.plusDays(1).atStartOfDay(CouncilTime.ZONE).toInstant();
  }

  /** Whether any filter is set. */
  public boolean filtered() {
    return actor != null
        || action != null
        || targetType != null
        || targetId != null
        || from != null
        || to != null;
  }

  /** The filters in words, for an export or a report: "by alice, action FOOTAGE_PLAYED". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (actor != null) {
      parts.add("by " + actor);
    }
    if (action != null) {
      parts.add("action ‘" + AuditAction.labelOf(action) + "’");
    }
    if (targetType != null) {
      parts.add("about " + targetType + (targetId == null ? "" : " " + targetId));
    }
    if (from != null) {
      parts.add("from " + CouncilTime.date(from));
    }
    if (to != null) {
      parts.add("to " + CouncilTime.date(to));
    }
    return parts.isEmpty() ? "every event" : String.join(", ", parts);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
