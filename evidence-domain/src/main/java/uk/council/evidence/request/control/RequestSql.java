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
   * The queue's requests: open ones, and closed ones with a complaint not yet acknowledged; of one
   * kind, {@code ?1}, if {@code ofOneKind}. In no order: the queue orders them by urgency. Each
   * half reads its own index (open requests by status; complaints waiting by the partial index).
   */
  public static String queue(Scope scope, boolean ofOneKind) {
    String kind = ofOneKind ? " AND kind = ?1" : "";
    return "SELECT id FROM footage_request WHERE status = 'OPEN'"
        + kind
        + scope.condition
        + " UNION SELECT r.id FROM request_complaint c JOIN footage_request r ON r.id = c.request_id"
        + " WHERE c.acknowledged_on IS NULL"
        + kind
        + scope.condition
        + " UNION SELECT id FROM footage_request"
        + " WHERE review_asked_on IS NOT NULL AND review_done_on IS NULL"
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
    String reply = "CASE WHEN r.status = 'OPEN' THEN r.clock_due_on END";
    String first = "LEAST(" + reply + ", c.due, r.review_due_on)";
    return "SELECT r.id FROM footage_request r JOIN ("
        + queue(scope, ofOneKind)
        + ") q ON q.id = r.id LEFT JOIN (SELECT request_id, min(received_on) + "
        + Complaint.DAYS_TO_ACKNOWLEDGE
        + " AS due"
        + " FROM request_complaint WHERE acknowledged_on IS NULL GROUP BY request_id) c"
        + " ON c.request_id = r.id ORDER BY "
        + first
        + " IS NULL, coalesce("
        + first
        + ", CASE WHEN r.status = 'OPEN' THEN r.clock_since END) NULLS LAST, r.received_on, r.id"
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
    return "SELECT r.status, r.clock_state, r.clock_due_on, count(*) FROM footage_request r JOIN ("
        + queue(scope, ofOneKind)
        + ") q ON q.id = r.id GROUP BY 1, 2, 3";
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

  /** Requests received per month from the day {@code ?1}: month, count. */
  public static String receivedByMonth(Scope scope) {
    return "SELECT to_char(received_on, 'YYYY-MM'), count(*) FROM footage_request"
        + " WHERE received_on >= ?1"
        + scope.condition
        + " GROUP BY 1";
  }

  /**
   * Requests answered per month from the day {@code ?1}: month, answered, in time (by the day due,
   * or with no due day because the clock was stopped), late.
   */
  public static String answeredByMonth(Scope scope) {
    return "SELECT to_char(closed_on, 'YYYY-MM'), count(*),"
        + " count(*) FILTER (WHERE due_on IS NULL OR closed_on <= due_on),"
        + " count(*) FILTER (WHERE closed_on > due_on)"
        + " FROM footage_request WHERE outcome IS NOT NULL AND closed_on >= ?1"
        + scope.condition
        + " GROUP BY 1";
  }

  /** Decisions per month answered from the day {@code ?1}: month, decision, count. */
  public static String decidedByMonth(Scope scope) {
    return "SELECT to_char(closed_on, 'YYYY-MM'), outcome, count(*) FROM footage_request"
        + " WHERE outcome IS NOT NULL AND closed_on >= ?1"
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
