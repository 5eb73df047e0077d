-- What the application's own role may do, given again after every migration run (Flyway runs this
-- callback after each migrate, also when nothing was pending, so every start-up puts it right).
--
-- Two roles, as docs/operations.md section 3 sets them up: the schema owner runs the migrations
-- (this script runs as the owner) and the application connects as ${application_role}, which
-- owns nothing. Only a table's owner (or a superuser) can ALTER TABLE ... DISABLE TRIGGER or
-- drop a trigger, and only a superuser can SET session_replication_role = replica, so the
-- application cannot switch off audit_event's append-only triggers, whatever it runs.
--
-- The application role gets exactly: reading and writing rows in every table, but only SELECT and
-- INSERT on audit_event and only SELECT on Flyway's history (the health check reads it); the
-- sequences of identity columns; nothing else (no TRUNCATE, REFERENCES or TRIGGER). Everything is
-- revoked and granted again, so a right given by hand does not linger. This is a callback and not a
-- versioned migration because the tables a later migration creates need their grants too, and a
-- database first run with one role (below) gets them once it is given a second.
--
-- Where one role both migrates and runs the application (the older set-up, EVIDENCE_DB_OWNER_USER
-- unset), it owns every table and there is nothing to grant.
DO $grants$
DECLARE
    application text := '${application_role}';
BEGIN
    IF application = '' OR application = current_user THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = application) THEN
        RAISE EXCEPTION 'The application role % does not exist: create it (docs/operations.md, section 3)',
            application;
    END IF;
    -- Two servers starting together would otherwise update the same catalog rows at once.
    PERFORM pg_advisory_xact_lock(hashtext('bwv-evidence application grants'));
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', application);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I',
        application);
    EXECUTE format('REVOKE UPDATE, DELETE ON audit_event FROM %I', application);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON ${flyway:table} FROM %I', application);
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', application);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', application);
END
$grants$;
