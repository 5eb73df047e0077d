package uk.council.evidence.platform.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Times to and from native SQL. EclipseLink binds an {@code Instant} as bytes, so a time goes in as
 * an {@code OffsetDateTime} in UTC; what comes back depends on the driver, so any of the forms is
 * read.
 */
public final class SqlValues {

  private SqlValues() {}

  /**
   * An instant for a {@code timestamptz} column, cut to the microsecond that PostgreSQL keeps. The
   * driver would round instead, so one instant stored here and by the audit chain (which cuts)
   * could read back a microsecond apart.
   */
  public static OffsetDateTime utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /** A {@code timestamptz} column's value as an instant; null stays null. */
  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (value instanceof Instant t) {
      return t;
    }
    throw new IllegalStateException("Not a time: " + value.getClass().getName());
  }

  /**
   * A {@code timestamptz} column of a JDBC row as an instant, exact to the microsecond; null stays
   * null. Read with {@code getTimestamp}: through the container's pooled connection, {@code
   * getObject(int, Class)} is a reflective call, looked up again for every row (a third of the
   * audit chain's walk at a million events).
   */
  public static Instant instant(ResultSet row, int column) throws SQLException {
    Timestamp time = row.getTimestamp(column);
    return time == null ? null : time.toInstant();
  }
}
