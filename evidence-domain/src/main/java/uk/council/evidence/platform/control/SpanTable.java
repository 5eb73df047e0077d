package uk.council.evidence.platform.control;

import java.time.Instant;
import java.util.List;

/**
 * Many time spans into one native query as one parameter: a JSON array that PostgreSQL reads back
 * as rows, so that a count over hundreds of spans is one statement with one bound value instead of
 * hundreds of statements or parameters.
 */
public final class SpanTable {

  private SpanTable() {}

  /**
   * The rows {@code s(k, f, u, a)} of the spans bound as {@code ?1}: key, from, until, and a moment
   * that goes with the span (null if none).
   */
  public static final String FROM =
      "jsonb_to_recordset(CAST(?1 AS jsonb)) AS s(k bigint, f timestamptz, u timestamptz,"
          + " a timestamptz)";

  /**
   * A span of time {@code [from, until)} for something identified by {@code key}.
   *
   * @param at a moment that goes with it, or null
   */
  public record Span(long key, Instant from, Instant until, Instant at) {

    public static Span of(long key, Instant from, Instant until) {
      return new Span(key, from, until, null);
    }
  }

  /** The spans as the JSON that {@link #FROM} reads. */
  public static String json(List<Span> spans) {
    StringBuilder json = new StringBuilder("[");
    for (Span s : spans) {
      json.append(json.length() > 1 ? "," : "")
          .append("{\"k\":")
          .append(s.key())
          .append(",\"f\":\"")
          .append(SqlValues.utc(s.from()))
          .append("\",\"u\":\"")
          .append(SqlValues.utc(s.until()))
          .append('"');
      if (s.at() != null) {
        json.append(",\"a\":\"").append(SqlValues.utc(s.at())).append('"');
      }
      json.append('}');
    }
    return json.append(']').toString();
  }
}
