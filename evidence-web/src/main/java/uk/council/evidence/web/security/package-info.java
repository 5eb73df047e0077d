/**
 * Signing in and out, and what happens to requests from people who have not.
 *
 * <p>One {@link
 * jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism} serves
 * both the portal and the API: a page request without a signed-in person is sent to the sign-in
 * page (and returned to where it was going afterwards); an API request gets 401 with a
 * problem-details body, never a redirect a machine cannot follow. The identity store checks
 * passwords against the staff table through {@link
 * uk.council.evidence.staff.boundary.StaffAccounts}, which also counts failures, locks accounts and
 * audits every attempt. A successful sign-in opens a session in the staff component whose random
 * token the HTTP session keeps; every later request asks {@link
 * uk.council.evidence.staff.boundary.StaffSessions#check} who the token stands for now, so a
 * disabled account, a reset password, changed roles or an expired session take effect on the next
 * request, in every session of the person.
 */
package uk.council.evidence.web.security;
