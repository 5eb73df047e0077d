/**
 * The audit log extract: who did what in the evidence system during a period, and whether the
 * record of it is complete and unaltered.
 *
 * <p>It is the document the council shows for the Surveillance Camera Code of Practice
 * self-assessment (restricted access to images, security against unauthorised access, and review
 * and audit: principles 7, 9 and 10), to internal audit, and with disclosure to courts. What such a
 * reader needs decides what the extract says:
 *
 * <ul>
 *   <li>its exact scope: the period to the second in UK time, the end excluded, and in UTC; how
 *       many events the period holds and whether all are listed; and whether the listed events'
 *       sequence numbers run without gaps, since a gap would call for an explanation;
 *   <li>the integrity of the log as a whole: the result of verifying the entire hash chain when the
 *       extract was made, and the sequence number and full hash of the chain's head, which anyone
 *       can later compare with a fresh verification to show the log has not been rewritten since;
 *   <li>provenance: who generated it and when, and which certificate signed it (subject and
 *       fingerprint), with the figures attached as {@code figures.json} for checking by machine;
 *   <li>handling: a protective marking (OFFICIAL-SENSITIVE) on every page, because usernames and
 *       network addresses are personal data.
 * </ul>
 *
 * <p>An extract lists at most {@link uk.council.evidence.reports.audit.AuditLogExtract#MAX_EVENTS}
 * events and says so prominently when it lists fewer than the period holds; the counts by action
 * then cover the listed events only, and say that too. Times are shown in UK local time because
 * that is what staff and courts read; during the hour that repeats when the clocks go back, the
 * sequence number gives the order. Event details are printed in full up to two thousand characters;
 * past that the print says how much is cut, and the full text stays in the log, where the event's
 * hash covers it.
 */
package uk.council.evidence.reports.audit;
