/**
 * MicroProfile Health checks, served by Payara at {@code /health}: the database answers, every
 * migration is applied, and the footage storage root is writable. Load balancers and the run and
 * test commands poll it. And MicroProfile Metrics, at {@code /metrics?scope=application}: what the
 * server did (uploads, sweeps, fixity runs) and the request queue by urgency, for the council's
 * monitoring.
 */
package uk.council.evidence.web.health;
