/**
 * The JAX-RS API under {@code /api/v1}: versioned in the path so that docks in the field keep
 * working when a v2 arrives. Every resource declares its roles; errors are problem details (RFC
 * 9457). A request without credentials gets 401 from {@link
 * uk.council.evidence.web.security.PortalAuthentication}, never a redirect.
 */
package uk.council.evidence.web.api;
