/**
 * Cameras, the docks they upload through, and who wore which camera when.
 *
 * <p>A recording belongs to whoever held its camera at the recorded start ({@link
 * uk.council.evidence.device.entity.Attribution}); when nobody did, it is "unattributed" for a
 * supervisor to resolve, never dropped. Assignments cannot overlap, per camera or per person: the
 * rule is in {@link uk.council.evidence.device.entity.CameraAssignment} and again in the database
 * (exclusion constraints, migration V3), which also holds under concurrent check-outs.
 *
 * <p>A dock authenticates to the API with its name and a secret issued once: 32 random bytes, shown
 * to the administrator a single time and stored only as its SHA-256. A token of that strength needs
 * no slow password hash, so checking it on every upload costs microseconds. Revoking a dock refuses
 * its credential from the next request on.
 */
package uk.council.evidence.device;
