/**
 * The audit log: every sign-in, view, play, download, export, hold, release and deletion, as an
 * append-only chain of events.
 *
 * <p>Each event carries the hash of the one before it and its own hash over both (see {@link
 * uk.council.evidence.audit.entity.AuditChain}); sequence numbers have no gaps. Writers take a
 * PostgreSQL transaction-scoped advisory lock so that two transactions never claim the same place
 * in the chain; the lock is held until the business transaction that wrote the event commits, which
 * keeps the event and what it describes together. The database refuses UPDATE, DELETE and TRUNCATE
 * on the table (migration V2). {@link uk.council.evidence.audit.boundary.AuditLog#verify()} walks
 * the whole chain and names the first event that does not fit.
 *
 * <p>Removing events from the end of the chain cannot be seen from the chain alone; signed reports
 * therefore print the head's sequence number and hash, so a later verification can be compared with
 * an earlier signed statement.
 */
package uk.council.evidence.audit;
