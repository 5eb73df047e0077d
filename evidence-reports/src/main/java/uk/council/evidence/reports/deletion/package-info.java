/**
 * The deletion certificate: which recordings the retention sweep deleted in a period, and that it
 * deleted them on time.
 *
 * <p>It is what the council shows for Surveillance Camera Code principle 6 (footage is not kept
 * longer than its purpose needs), to internal audit, and to anyone who asks whether a recording
 * still exists. What such a reader needs decides what the certificate says:
 *
 * <ul>
 *   <li>its exact scope: the period to the second in UK time, the end excluded, and in UTC; and
 *       every deletion of that period, never a selection, so that a recording not listed was not
 *       deleted then (a period with more than {@link
 *       uk.council.evidence.reports.deletion.DeletionCertificate#MAX_RECORDS} deletions must be
 *       split);
 *   <li>for each recording, what identifies it without its pictures: id, camera, wearer, service
 *       area, recorded times, size and the SHA-256 of the original file, in full and as selectable
 *       text, so that a copy found elsewhere can be matched to it; with when it fell due, when it
 *       was deleted, whether that was late (more than an hour after falling due), and under which
 *       rule, printed once when every row shares it;
 *   <li>what deletion did and did not remove, so that nobody reads more into it;
 *   <li>provenance: who generated it and when, and which certificate signed it, with the totals and
 *       the period attached as {@code figures.json};
 *   <li>handling: OFFICIAL-SENSITIVE on every page, because it names the wearers.
 * </ul>
 */
package uk.council.evidence.reports.deletion;
