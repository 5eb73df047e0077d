/**
 * Staff, the six roles and the service areas they work in; signing in and account lockout.
 *
 * <p>Passwords are hashed with the container's {@code Pbkdf2PasswordHash}; the database holds only
 * the hash. An account locks after {@code evidence.login.max-failures} failed sign-ins in a row and
 * unlocks by itself after {@code evidence.login.lock-minutes}, or when an administrator unlocks it.
 * An unknown username costs the same hash work as a known one, so response time does not reveal
 * which usernames exist.
 *
 * <p>Each sign-in opens a {@code staff_session}; every request is checked against it and the
 * account as they are now (not a copy taken at sign-in), so disabling an account or resetting its
 * password ends its sessions and new roles apply from the next request. A session ends after {@code
 * evidence.session.idle} without a request or {@code evidence.session.lifetime} after signing in;
 * the last-seen time is written at most once a minute so that a page of thumbnails is not a page of
 * UPDATEs. Every end but signing out (audited as LOGOUT) is audited as SESSION_ENDED.
 */
package uk.council.evidence.staff;
