package uk.council.evidence.audit.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.LongFunction;
import org.postgresql.PGConnection;
import uk.council.evidence.audit.entity.AuditChain;
import uk.council.evidence.audit.entity.AuditEntry;

/**
 * Generated audit events for the benchmarks (chain-bench.sh, review-bench.sh): appended to the
 * chain from its head (the genesis if empty) with the application's own hashing, and loaded with
 * COPY in batches of 100,000, so that the chain verifies as intact.
 */
public final class GeneratedChain {

  private static final String COLUMNS =
      "seq, occurred_at, actor, action, target_type, target_id, details, source_address,"
          + " prev_hash, hash";

  /**
   * Appends {@code events} events, the {@code n}th (from 0) made by {@code event}; its time is
   * stored as the application stores it.
   *
   * @return the last event's number
   */
  public static long append(Connection c, long events, LongFunction<AuditEntry> event)
      throws Exception {
    long seq = 0;
    String previous = AuditChain.GENESIS;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")) {
      if (r.next()) {
        seq = r.getLong(1);
        previous = r.getString(2).strip();
      }
    }
    var copy = c.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder batch = new StringBuilder(32 << 20);
    for (long n = 0; n < events; n++) {
      seq++;
      AuditEntry made = event.apply(n);
      AuditEntry entry =
          new AuditEntry(
              made.actor(),
              made.action(),
              made.targetType(),
              made.targetId(),
              made.details(),
              made.sourceAddress(),
              AuditChain.storable(made.occurredAt()));
      String hash = AuditChain.hash(seq, previous, entry);
      batch.append(seq).append('\t').append(entry.occurredAt()).append('\t')
          .append(entry.actor()).append('\t').append(entry.action().name()).append('\t')
          .append(entry.targetType()).append('\t').append(entry.targetId()).append('\t')
          .append(entry.details()).append('\t').append(entry.sourceAddress()).append('\t')
          .append(previous).append('\t').append(hash).append('\n');
      previous = hash;
      if ((n + 1) % 100_000 == 0 || n + 1 == events) {
        copy.copyIn(
            "COPY audit_event (" + COLUMNS + ") FROM STDIN", new StringReader(batch.toString()));
        batch.setLength(0);
      }
    }
    return seq;
  }

  private GeneratedChain() {}
}
