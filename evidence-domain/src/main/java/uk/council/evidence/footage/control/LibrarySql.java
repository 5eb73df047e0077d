package uk.council.evidence.footage.control;

import static uk.council.evidence.platform.control.SqlValues.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.council.evidence.access.entity.Action;
import uk.council.evidence.access.entity.Caller;
import uk.council.evidence.access.entity.Standing;
import uk.council.evidence.footage.entity.LibraryPage;
import uk.council.evidence.footage.entity.LibraryQuery;
import uk.council.evidence.footage.entity.RecordedTimes;

/**
 * The library's SQL for one search: who may see what becomes part of the WHERE clause, so the
 * database returns only the page asked for and never a row the viewer may not see. Every filter is
 * a bound parameter; the ORDER BY comes from a fixed list, never from input. The indexes on
 * recording (recorded_start, wearer, camera, area, deletion due, unattributed) serve each filter
 * and order.
 *
 * @param select the page of rows
 * @param count the matches, counted up to one past {@link LibraryPage#COUNT_LIMIT}
 * @param parameters the values of {@code ?1}, {@code ?2}... in the select
 * @param countParameters the values of those in the count: the same but for the last
 */
public record LibrarySql(
    String select, String count, List<Object> parameters, List<Object> countParameters) {

  static final String COLUMNS =
      "r.id, r.recorded_start, r.recorded_end, r.duration_ms, r.size_bytes, c.serial,"
          + " w.display_name, a.name, r.deletion_due_at, r.has_thumbnail, r.wearer_id,"
          + " r.service_area_id";

  /**
   * Whether recording {@code r} is held at the time bound to {@code ?%d}, by the copy of
   * retention's answer that retention keeps on the row ({@code RecordingRegistry.heldUntil}).
   */
  static final String HELD = "coalesce(r.held_until > ?%d, FALSE)";

  /** The opposite of {@link #HELD}. */
  static final String NOT_HELD = "(r.held_until IS NULL OR r.held_until <= ?%d)";

  public static LibrarySql of(LibraryQuery query, Caller caller, Instant now) {
    var where = new ArrayList<String>();
    var parameters = new ArrayList<Object>();
    // A recording the deletion sweep has claimed is no longer footage anyone can look at.
    where.add("r.deleting_since IS NULL");
    scope(caller, where, parameters);
    if (query.from() != null) {
      where.add("r.recorded_start >= ?" + add(parameters, utc(query.from())));
    }
    if (query.to() != null) {
      where.add("r.recorded_start < ?" + add(parameters, utc(query.to())));
    }
    if (query.wearerId() != null) {
      where.add("r.wearer_id = ?" + add(parameters, query.wearerId()));
    }
    if (query.cameraId() != null) {
      where.add("r.camera_id = ?" + add(parameters, query.cameraId()));
    }
    if (query.areaId() != null) {
      where.add("r.service_area_id = ?" + add(parameters, query.areaId()));
    }
    switch (query.attribution()) {
      case ATTRIBUTED -> where.add("r.wearer_id IS NOT NULL");
      case UNATTRIBUTED -> where.add("r.wearer_id IS NULL");
      case ANY -> {}
    }
    if (query.dueWithinDays() != null) {
      // "Due soon" means footage that will go unless someone acts: held footage will not.
      Instant limit = now.plus(Duration.ofDays(query.dueWithinDays()));
      where.add("r.deletion_due_at < ?" + add(parameters, utc(limit)));
      where.add(String.format(NOT_HELD, add(parameters, utc(now))));
    }
    List<Object> countParameters = List.copyOf(parameters);
    int nowParameter = add(parameters, utc(now));
    String condition = " WHERE " + String.join(" AND ", where);
    String order =
        switch (query.sort()) {
          case NEWEST -> "r.recorded_start DESC, r.id DESC";
          case OLDEST -> "r.recorded_start, r.id";
          case DUE_SOONEST -> "r.deletion_due_at, r.id";
        };
    String select =
        rows(nowParameter)
            + condition
            + " ORDER BY "
            + order
            + " LIMIT "
            + LibraryQuery.PAGE_SIZE
            + " OFFSET "
            + query.offset();
    String count =
        "SELECT count(*) FROM (SELECT 1 FROM recording r"
            + condition
            + " LIMIT "
            + (LibraryPage.COUNT_LIMIT + 1)
            + ") matches";
    return new LibrarySql(select, count, List.copyOf(parameters), countParameters);
  }

  /**
   * The recordings the viewer may see that overlap a window (began before its end, ended after its
   * start), narrowed to a wearer, camera or service area where one is given, oldest first, at most
   * {@code limit} of them: the footage a request for that window asks about. The columns are those
   * of a search.
   */
  public static LibrarySql overlapping(
      Caller caller,
      Instant now,
      Instant from,
      Instant until,
      Long wearerId,
      Long cameraId,
      Long areaId,
      int limit) {
    var where = new ArrayList<String>();
    var parameters = new ArrayList<Object>();
    where.add("r.deleting_since IS NULL");
    scope(caller, where, parameters);
    where.add("r.recorded_start < ?" + add(parameters, utc(until)));
    // Every recording lasts at most a day, so one that overlaps began at most a day before.
    where.add("r.recorded_start >= ?" + add(parameters, utc(from.minus(RecordedTimes.LONGEST))));
    where.add("r.recorded_end > ?" + add(parameters, utc(from)));
    if (wearerId != null) {
      where.add("r.wearer_id = ?" + add(parameters, wearerId));
    }
    if (cameraId != null) {
      where.add("r.camera_id = ?" + add(parameters, cameraId));
    }
    if (areaId != null) {
      where.add("r.service_area_id = ?" + add(parameters, areaId));
    }
    int nowParameter = add(parameters, utc(now));
    String select =
        rows(nowParameter)
            + " WHERE "
            + String.join(" AND ", where)
            + " ORDER BY r.recorded_start, r.id LIMIT "
            + limit;
    return new LibrarySql(select, "", List.copyOf(parameters), List.of());
  }

  /** Those of the recordings with these ids that the viewer may see, oldest first. */
  public static LibrarySql withIds(Caller caller, Instant now, List<Long> ids) {
    var where = new ArrayList<String>();
    var parameters = new ArrayList<Object>();
    where.add("r.deleting_since IS NULL");
    scope(caller, where, parameters);
    var marks = new ArrayList<String>();
    ids.forEach(id -> marks.add("?" + add(parameters, id)));
    where.add(marks.isEmpty() ? "FALSE" : "r.id IN (" + String.join(", ", marks) + ")");
    int nowParameter = add(parameters, utc(now));
    String select =
        rows(nowParameter)
            + " WHERE "
            + String.join(" AND ", where)
            + " ORDER BY r.recorded_start, r.id";
    return new LibrarySql(select, "", List.copyOf(parameters), List.of());
  }

  /**
   * Unheld recordings the viewer may see that fall due within {@code days}, counted per wearer and
   * service area (with the soonest due date of each group): the "due for deletion soon" view.
   * Columns: wearer id, wearer name, area id, area name, count, soonest due.
   */
  public static LibrarySql dueSoon(Caller caller, Instant now, int days) {
    var where = new ArrayList<String>();
    var parameters = new ArrayList<Object>();
    where.add("r.deleting_since IS NULL");
    scope(caller, where, parameters);
    where.add("r.deletion_due_at < ?" + add(parameters, utc(now.plus(Duration.ofDays(days)))));
    where.add(String.format(NOT_HELD, add(parameters, utc(now))));
    String select =
        "SELECT r.wearer_id, w.display_name, r.service_area_id, a.name, count(*),"
            + " min(r.deletion_due_at) FROM recording r"
            + " LEFT JOIN staff_name w ON w.id = r.wearer_id"
            + " LEFT JOIN area_name a ON a.id = r.service_area_id WHERE "
            + String.join(" AND ", where)
            + " GROUP BY r.wearer_id, w.display_name, r.service_area_id, a.name"
            + " ORDER BY min(r.deletion_due_at)";
    return new LibrarySql(select, "", List.copyOf(parameters), List.of());
  }

  /**
   * Limits the rows to the recordings the access policy lets the caller see (nothing, if they may
   * see none): their own, their team's, or all.
   */
  private static void scope(Caller caller, List<String> where, List<Object> parameters) {
    Set<Standing> reach = caller.reach(Action.SEE_FOOTAGE);
    if (reach.contains(Standing.OTHER)) {
      return;
    }
    var any = new ArrayList<String>();
    if (reach.contains(Standing.OWN) && caller.staffId() != null) {
      any.add("r.wearer_id = ?" + add(parameters, caller.staffId()));
    }
    if (reach.contains(Standing.TEAM)) {
      if (caller.areaId() != null) {
        any.add("r.service_area_id = ?" + add(parameters, caller.areaId()));
      }
      any.add("(r.wearer_id IS NULL AND r.service_area_id IS NULL)");
    }
    where.add(any.isEmpty() ? "FALSE" : "(" + String.join(" OR ", any) + ")");
  }

  /** A search's columns, held at the time bound to {@code ?now}, and the tables they come from. */
  private static String rows(int now) {
    return "SELECT "
        + COLUMNS
        + ", "
        + String.format(HELD, now)
        + " FROM recording r JOIN camera_serial c ON c.id = r.camera_id"
        + " LEFT JOIN staff_name w ON w.id = r.wearer_id"
        + " LEFT JOIN area_name a ON a.id = r.service_area_id";
  }

  private static int add(List<Object> parameters, Object value) {
    parameters.add(value);
    return parameters.size();
  }
}
