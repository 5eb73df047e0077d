/**
 * What every component stands on: the one {@link java.time.Clock}, the datasource and the schema
 * migration that runs before anything else touches the database, configuration, and the demo data
 * the run command asks for.
 *
 * <p>The datasource is declared in code ({@code @DataSourceDefinition}) with its URL, user and
 * password from MicroProfile Config, so the same WAR or EAR runs against any PostgreSQL by
 * environment alone ({@code EVIDENCE_DB_URL}, ...). JPA never generates schema: Flyway applies the
 * migrations of the {@code database} module at start-up, and every other start-up bean depends on
 * {@link uk.council.evidence.platform.boundary.SchemaMigration}.
 */
package uk.council.evidence.platform;
