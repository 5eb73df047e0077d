/**
 * Staff, the six roles and the service areas they work in; signing in and account lockout.
 *
 * <p>Passwords are hashed with the container's {@code Pbkdf2PasswordHash}; the database holds only
 * the hash. An account locks after {@code evidence.login.max-failures} failed sign-ins in a row and
 * unlocks by itself after {@code evidence.login.lock-minutes}, or when an administrator unlocks it.
 * An unknown username costs the same hash work as a known one, so response time does not reveal
 * which usernames exist.
 */
package uk.council.evidence.staff;
