/**
 * Retention: when footage falls due for deletion. A recording's due date is fixed when it arrives
 * ({@link uk.council.evidence.retention.entity.RetentionRule}); holds, the deletion sweep and
 * policy changes build on it.
 */
package uk.council.evidence.retention;
