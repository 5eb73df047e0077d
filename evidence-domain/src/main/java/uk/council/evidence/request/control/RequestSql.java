package uk.council.evidence.request.control;

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
