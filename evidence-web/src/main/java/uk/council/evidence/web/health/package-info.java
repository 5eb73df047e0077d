/**
 * MicroProfile Health checks, served by Payara at {@code /health}: the database answers, every
 * migration is applied, and the footage storage root is writable. Load balancers and the run and
 * test commands poll it.
 */
package uk.council.evidence.web.health;
