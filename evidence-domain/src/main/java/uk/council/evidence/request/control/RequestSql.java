package uk.council.evidence.request.control;

import uk.council.evidence.request.entity.Complaint;

/**
 * The request component's SQL for its queue and its monthly figures, in one place so that the
 * library benchmark runs exactly what the portal runs. Each statement takes its values as bound
 * parameters; who may see which requests (every request, or only the police's) is part of the
 * statement, from a fixed choice.
 */
public final class RequestSql {

  private RequestSql() {}

  /** Which requests a statement covers: every one, or only the police's (for evidence officers). */
  public enum Scope {
    ALL(""),
    POLICE(" AND kind = 'THIRD_PARTY' AND requester_kind = 'POLICE'");

    private final String condition;

    Scope(String condition) {
      this.condition = condition;
    }
  }

  /**
   * The queue's requests, each once with the columns of {@code footage_request r} named in {@code
   * columns} (the first being {@code r.id}): open ones, closed ones with a complaint not yet
   * acknowledged, and those with an internal review under way; of one kind, {@code ?1}, if {@code
   * ofOneKind}. Each half reads its own index (open requests by status; complaints waiting and
   * reviews under way by their partial indexes) and carries its columns with it, so that nothing
   * joins the whole table again.
   */
  private static String queued(Scope scope, boolean ofOneKind, String columns) {
    String kind = ofOneKind ? " AND kind = ?1" : "";
    return "SELECT "
        + columns
        + " FROM footage_request r WHERE r.status = 'OPEN'"
        + kind
        + scope.condition
        + " UNION SELECT "
        + columns
        + " FROM request_complaint c JOIN footage_request r ON r.id = c.request_id"
        + " WHERE c.acknowledged_on IS NULL"
        + kind
        + scope.condition
        + " UNION SELECT "
        + columns
        + " FROM footage_request r"
        + " WHERE r.review_asked_on IS NOT NULL AND r.review_done_on IS NULL"
        + kind
        + scope.condition;
  }

  /**
   * One page of the queue, in its order: the day each is first due (its reply while open and its
   * clock runs, by the clock kept on the row; a complaint's acknowledgement; an internal review
   * under way), the soonest first; then those with nothing due, by the day their clock stopped;
   * ties by the day received. Of one kind, {@code ?1}, if {@code ofOneKind}. Only the page's ids
   * are read.
   *
   * @param offset rows to skip
   * @param limit rows to return
   */
  public static String queuePage(Scope scope, boolean ofOneKind, int offset, int limit) {
    String reply = "CASE WHEN q.status = 'OPEN' THEN q.clock_due_on END";
    String first = "LEAST(" + reply + ", c.due, q.review_due_on)";
    return "SELECT q.id FROM ("
        + queued(
            scope,
            ofOneKind,
            "r.id, r.status, r.clock_due_on, r.clock_since, r.review_due_on, r.received_on")
        + ") q LEFT JOIN (SELECT request_id, min(received_on) + "
        + Complaint.DAYS_TO_ACKNOWLEDGE
        + " AS due FROM request_complaint WHERE acknowledged_on IS NULL GROUP BY request_id) c"
        + " ON c.request_id = q.id ORDER BY "
        + first
        + " IS NULL, coalesce("
        + first
        + ", CASE WHEN q.status = 'OPEN' THEN q.clock_since END) NULLS LAST, q.received_on, q.id"
        + " OFFSET "
        + Math.max(0, offset)
        + " LIMIT "
        + Math.max(0, limit);
  }

  /**
   * The queue counted by where each request's clock stands: status, clock state, due day, count. Of
   * one kind, {@code ?1}, if {@code ofOneKind}.
   */
  public static String queueClocks(Scope scope, boolean ofOneKind) {
    return "SELECT status, clock_state, clock_due_on, count(*) FROM ("
        + queued(scope, ofOneKind, "r.id, r.status, r.clock_state, r.clock_due_on")
        + ") q GROUP BY 1, 2, 3";
  }

  /**
   * Open requests, and those with an internal review under way, whose clock kept on the row was not
   * counted on the calendar version {@code ?1} (or was emptied by a change), to be counted again
   * before the queue is read.
   */
  public static final String CLOCKS_OUT_OF_DATE =
      "SELECT id FROM footage_request WHERE (status = 'OPEN'"
          + " OR review_asked_on IS NOT NULL AND review_done_on IS NULL)"
          + " AND clock_calendar IS DISTINCT FROM ?1 ORDER BY id";

  /**
   * Requests received per month from the day {@code ?1}: the month's first day (a timestamp),
   * count. Grouped on the day truncated as a timestamp without zone: {@code to_char} of a date, or
   * a cast to one with a zone, costs more than the rest of the statement.
   */
  public static String receivedByMonth(Scope scope) {
    return "SELECT date_trunc('month', received_on::timestamp), count(*) FROM footage_request"
        + " WHERE received_on >= ?1"
        + scope.condition
        + " GROUP BY 1";
  }

  /**
   * Requests answered per month from the day {@code ?1}, by decision: the month's first day (a
   * timestamp), decision, answered, in time (by the day due, or with no due day because the clock
   * was stopped), late. One statement for the month's answers and its refusals by reason, read from
   * the answered requests' covering index alone.
   */
  public static String answeredByMonth(Scope scope) {
    return "SELECT date_trunc('month', closed_on::timestamp), outcome, count(*),"
        + " count(*) FILTER (WHERE due_on IS NULL OR closed_on <= due_on),"
        + " count(*) FILTER (WHERE closed_on > due_on)"
        + " FROM footage_request WHERE outcome IS NOT NULL AND closed_on >= ?1"
        + scope.condition
        + " GROUP BY 1, 2";
  }

  /**
   * Per kind, for the days {@code [?1, ?2)}: requests received, answered, answered in time and
   * late, and refused (the outcomes {@code refusals} names, all constants of the code's own).
   */
  public static String countsInPeriod(java.util.Collection<String> refusals) {
    String answered = "outcome IS NOT NULL AND closed_on >= ?1 AND closed_on < ?2";
    return "SELECT kind,"
        + " count(*) FILTER (WHERE received_on >= ?1 AND received_on < ?2),"
        + " count(*) FILTER (WHERE "
        + answered
        + "),"
        + " count(*) FILTER (WHERE "
        + answered
        + " AND (due_on IS NULL OR closed_on <= due_on)),"
        + " count(*) FILTER (WHERE "
        + answered
        + " AND closed_on > due_on),"
        + " count(*) FILTER (WHERE "
        + answered
        + " AND outcome IN ('"
        + String.join("', '", refusals)
        + "'))"
        + " FROM footage_request"
        + " WHERE (received_on >= ?1 AND received_on < ?2) OR (closed_on >= ?1 AND closed_on < ?2)"
        + " GROUP BY kind ORDER BY kind";
  }
}
